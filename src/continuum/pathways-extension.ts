// The protection pathways (src/pathways) as a what-if extension: for each regime in force on the
// identification date, whether the person falls within it and where each branch (cooperating with
// the police or not) ends, before and after the scenario. Without any date in the case the
// pathways cannot be placed in time and nothing is compared.
import type { CaseFacts } from '../facts/schema.js';
import { evaluatePathway } from '../pathways/evaluate.js';
import { regimesOn } from '../pathways/regimes/index.js';
import type { PathwayResult } from '../pathways/types.js';
import type { ExtensionChange, WhatIfExtension } from './whatif.js';

/** Day 0 as the pathways command reads it: identification, else the end or start of the events. */
function startOf(facts: CaseFacts): string | undefined {
  return facts.events?.identifiedOn ?? facts.events?.to ?? facts.events?.from ?? undefined;
}

function summary(result: PathwayResult): Array<[string, unknown]> {
  const { cooperating, notCooperating } = result.branches;
  return [
    ['eligibility', result.eligibility.value],
    ['end state if cooperating', cooperating.endState],
    ['day the end state is reached if cooperating', cooperating.endDay],
    ['end state if not cooperating', notCooperating.endState],
    ['day the end state is reached if not cooperating', notCooperating.endDay],
  ];
}

export const pathwaysExtension: WhatIfExtension = {
  id: 'pathways',
  compare(before, after) {
    const start = startOf(before);
    if (!start) return [];
    const changes: ExtensionChange[] = [];
    for (const regime of regimesOn(start)) {
      const was = summary(evaluatePathway(regime, before, start));
      const now = summary(evaluatePathway(regime, after, start));
      was.forEach(([what, from], i) => {
        const to = now[i][1];
        if (JSON.stringify(from) !== JSON.stringify(to))
          changes.push({ what: `${regime.id}: ${what}`, from, to });
      });
    }
    return changes;
  },
};
