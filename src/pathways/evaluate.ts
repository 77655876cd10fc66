// Evaluate a protection regime on a case from its identification day: the same case cooperating
// with the police and not, each to its end state, with the facts that decide it.
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, translator } from '../i18n/index.js';
import { holdsOn } from '../law/dated.js';
import { context, type Regime, runBranch } from './machine.js';
import type { Branch, Decision, PathwayResult } from './types.js';

function outsideBranch(regime: Regime, cooperating: boolean, basis: string, decidedBy: Decision[]): Branch {
  return {
    cooperating,
    stages: [],
    endState: regime.outside,
    endDay: 0,
    decidedBy,
    notes: [`Outside the regime: ${basis}.`],
  };
}

/** The regime on a case identified on `start`; stage names in `lang` (English by default, as the JSON has them). */
export function evaluatePathway(regime: Regime, facts: CaseFacts, start: string, lang?: Lang): PathwayResult {
  const decisions: Decision[] = [];
  const ctx = context(facts, start, facts.authorities?.willingToCooperate === true, decisions);
  const eligibility = regime.eligibility(ctx);
  // The facts that decided who the regime protects decide every branch too.
  const branch = (cooperating: boolean): Branch => {
    if (eligibility.value === 'not_met')
      return outsideBranch(regime, cooperating, eligibility.basis, [...decisions]);
    const run = runBranch(regime, facts, start, cooperating, translator(lang));
    return { ...run, decidedBy: [...decisions, ...run.decidedBy] };
  };
  const inForce = holdsOn(regime, start);
  const notes = [...(regime.notes ?? [])];
  if (!inForce) {
    notes.unshift(
      `Not in force on ${start} (in force ${regime.from}${regime.until ? ` to ${regime.until}` : ' onwards'}): shown for comparison.`,
    );
  }
  if (eligibility.value === 'undetermined') {
    notes.unshift(
      `Whether the person falls within the regime is not settled (${eligibility.basis}); shown as if identified.`,
    );
  }
  const willing = facts.authorities?.willingToCooperate;
  return {
    regime: {
      id: regime.id,
      title: regime.title,
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
