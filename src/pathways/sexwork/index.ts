// The prostitution regimes, and the assessment of one case under one of them.
import type { CaseFacts } from '../../facts/schema.js';
import { at, holdsOn } from '../../law/dated.js';
import { eventDate } from '../../law/instrument.js';
import { freeMovementStates } from '../free-movement.js';
import { de } from './de.js';
import { gb } from './gb.js';
import { nl } from './nl.js';
import { nz } from './nz.js';
import { prohibitionist } from './prohibitionist.js';
import { buyerFinding, personOutcome } from './rules.js';
import { se } from './se.js';
import { classify } from './status.js';
import type { SexworkRegime, SexworkResult } from './types.js';

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

/** The regime applied to the case at its event date (or today's law, said, when there is none). */
export function assessSexwork(regime: SexworkRegime, facts: CaseFacts, date?: string): SexworkResult {
  const on = date ?? eventDate(facts) ?? null;
  const status = classify(facts, regime.country, {
    freeMovement: freeMovementStates.includes(regime.country ?? ''),
  });
  const lawDate = on ?? '9999-12-31';
  const notes = [...(regime.notes ?? [])];
  if (on === null) notes.unshift('No event date: the current law is shown.');
  if (on !== null && on < regime.from)
    notes.unshift(`The events (${on}) predate this regime (from ${regime.from}).`);
  if (regime.country && facts.jurisdiction && facts.jurisdiction !== regime.country) {
    notes.push(
      `The case is in ${facts.jurisdiction}; its recorded immigration status is read as if held in ${regime.country}.`,
    );
  }
  const industry = inSexIndustry(facts);
  if (industry === 'no') notes.unshift('The case is not in the sex industry: shown for comparison only.');
  return {
    regime: {
      id: regime.id,
      title: regime.title,
      model: regime.model,
      country: regime.country,
      from: regime.from,
      cite: regime.cite,
    },
    date: on,
    inForce: on === null || holdsOn(regime, on),
    inSexIndustry: industry,
    parties: {
      seller: at(regime.parties.seller, on),
      buyer: at(regime.parties.buyer, on),
      thirdParty: at(regime.parties.thirdParty, on),
    },
    status,
    person: personOutcome(regime, facts, status.class, lawDate),
    buyerOfThisPerson: buyerFinding(regime, facts, lawDate),
    notes,
  };
}
