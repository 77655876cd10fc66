// Evaluate a protection regime on a case from its identification day: the same case cooperating
// with the police and not, each to its end state, with the facts that decide it.
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import { holdsOn } from '../law/dated.js';
import { context, type Regime, runBranch } from './machine.js';
import type { Branch, Decision, PathwayResult } from './types.js';
import { words } from './words.js';

function outsideBranch(
  regime: Regime,
  cooperating: boolean,
  basis: string,
  decidedBy: Decision[],
  tr: Translator,
): Branch {
  return {
    cooperating,
    stages: [],
    endState: regime.outside,
    endDay: 0,
    decidedBy,
    notes: [tr.t('pathways.text.outside', { basis })],
  };
}

/** The regime on a case identified on `start`, its texts in `lang` (English by default). */
export function evaluatePathway(regime: Regime, facts: CaseFacts, start: string, lang?: Lang): PathwayResult {
  const tr = translator(lang);
  const decisions: Decision[] = [];
  const ctx = context(facts, start, facts.authorities?.willingToCooperate === true, decisions, tr);
  const eligibility = regime.eligibility(ctx);
  // The facts that decided who the regime protects decide every branch too.
  const branch = (cooperating: boolean): Branch => {
    if (eligibility.value === 'not_met')
      return outsideBranch(regime, cooperating, eligibility.basis, [...decisions], tr);
    const run = runBranch(regime, facts, start, cooperating, tr);
    return { ...run, decidedBy: [...decisions, ...run.decidedBy] };
  };
  const inForce = holdsOn(regime, start);
  const notes = (regime.notes ?? []).map((note) => words(tr, note));
  if (!inForce) {
    const values = { start: tr.date(start), from: tr.date(regime.from) };
    notes.unshift(
      regime.until
        ? tr.t('pathways.text.notInForceBetween', { ...values, until: tr.date(regime.until) })
        : tr.t('pathways.text.notInForceFrom', values),
    );
  }
  if (eligibility.value === 'undetermined') {
    notes.unshift(tr.t('pathways.text.eligibilityOpen', { basis: eligibility.basis }));
  }
  const willing = facts.authorities?.willingToCooperate;
  return {
    regime: {
      id: regime.id,
      title: words(tr, regime.title),
      jurisdiction: regime.jurisdiction,
      from: regime.from,
      until: regime.until ?? null,
      cite: regime.cite,
      requiresCooperation: regime.requiresCooperation,
    },
    startDate: start,
    inForce,
    eligibility: { value: eligibility.value, basis: eligibility.basis, decidedBy: [...decisions] },
    actual: willing === true ? 'cooperating' : willing === false ? 'not_cooperating' : 'unknown',
    branches: { cooperating: branch(true), notCooperating: branch(false) },
    notes,
  };
}
