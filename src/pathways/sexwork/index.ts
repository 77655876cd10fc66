// The prostitution regimes, and the assessment of one case under one of them.
import type { CaseFacts } from '../../facts/schema.js';
import { type Lang, translator } from '../../i18n/index.js';
import { at, holdsOn } from '../../law/dated.js';
import { eventDate } from '../../law/instrument.js';
import { freeMovementStates } from '../free-movement.js';
import { words } from '../words.js';
import { de } from './de.js';
import { gb } from './gb.js';
import { nl } from './nl.js';
import { nz } from './nz.js';
import { prohibitionist } from './prohibitionist.js';
import { buyerFinding, personOutcome } from './rules.js';
import { se } from './se.js';
import { classify } from './status.js';
import type { BuyerFinding, PartyRule, SexworkRegime, SexworkResult } from './types.js';

export const sexworkRegimes: readonly SexworkRegime[] = [se, nl, de, nz, gb, prohibitionist];

export function findSexworkRegime(id: string): SexworkRegime | undefined {
  return sexworkRegimes.find((regime) => regime.id === id);
}

function inSexIndustry(facts: CaseFacts): SexworkResult['inSexIndustry'] {
  const sector = facts.exploitation?.sector;
  const kinds = facts.exploitation?.kinds;
  if (
    sector === 'sex_industry' ||
    kinds?.includes('sexual') ||
    facts.exploitation?.thirdPartyProfitsFromProstitution
  ) {
    return 'yes';
  }
  if ((sector !== null && sector !== undefined) || Array.isArray(kinds)) return 'no';
  return 'unknown';
}

/**
 * The regime applied to the case at its event date (or today's law, said, when there is none), its
 * texts in `lang` (English by default).
 */
export function assessSexwork(
  regime: SexworkRegime,
  facts: CaseFacts,
  options: { date?: string; lang?: Lang } = {},
): SexworkResult {
  const tr = translator(options.lang);
  const on = options.date ?? eventDate(facts) ?? null;
  const status = classify(facts, regime.country, {
    freeMovement: freeMovementStates.includes(regime.country ?? ''),
    tr,
  });
  const lawDate = on ?? '9999-12-31';
  const notes = (regime.notes ?? []).map((note) => words(tr, note));
  if (on === null) notes.unshift(tr.t('pathways.sexwork.note.noDate'));
  if (on !== null && on < regime.from)
    notes.unshift(tr.t('pathways.sexwork.note.predates', { date: tr.date(on), from: tr.date(regime.from) }));
  if (regime.country && facts.jurisdiction && facts.jurisdiction !== regime.country) {
    notes.push(
      tr.t('pathways.sexwork.note.statusElsewhere', {
        jurisdiction: tr.country(facts.jurisdiction),
        country: tr.country(regime.country),
      }),
    );
  }
  const industry = inSexIndustry(facts);
  if (industry === 'no') notes.unshift(tr.t('pathways.sexwork.note.notInIndustry'));
  const party = (rules: readonly PartyRule[]) => {
    const rule = at(rules, on);
    return { ...rule, summary: words(tr, rule.summary) };
  };
  const person = personOutcome(regime, facts, status.class, lawDate);
  const buyer: BuyerFinding | null = buyerFinding(regime, facts, lawDate);
  return {
    regime: {
      id: regime.id,
      title: words(tr, regime.title),
      model: words(tr, regime.model),
      country: regime.country,
      from: regime.from,
      cite: regime.cite,
    },
    date: on,
    inForce: on === null || holdsOn(regime, on),
    inSexIndustry: industry,
    parties: {
      seller: party(regime.parties.seller),
      buyer: party(regime.parties.buyer),
      thirdParty: party(regime.parties.thirdParty),
    },
    status,
    person: { ...person, summary: words(tr, person.summary) },
    buyerOfThisPerson: buyer && { ...buyer, reason: words(tr, buyer.reason) },
    notes,
  };
}
