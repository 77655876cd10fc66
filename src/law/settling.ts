// The questions that would settle an undetermined verdict: the pivotal-fact search over an
// instrument's rule. Whether the instrument applies at all (time in force, the states it binds) is
// not worked out here but given: it is read from the participation lists (instrument.ts), and the
// web app's settling worker, which runs this search, is handed that answer by the page instead of
// carrying the lists a second time.
import { questionFor } from '../facts/questions.js';
import type { CaseFacts } from '../facts/schema.js';
import type { Instrument } from './instrument.js';
import { type FactReader, readerFor } from './logic/evaluate.js';
import { candidatesByPath, type Pivot, pivotalFacts } from './logic/pivotal.js';
import type { PlanValues } from './logic/plan.js';
import type { Rule } from './logic/rule.js';

export type Settling = {
  path: string;
  question: string;
  settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }>;
};

const candidateCache = new WeakMap<Instrument, ReturnType<typeof candidatesByPath>>();

function candidatesFor(instrument: Instrument) {
  let cached = candidateCache.get(instrument);
  if (!cached) {
    // Exceptions raised only where shown are not questions to ask: leave them out of the search.
    cached = candidatesByPath(instrument.rule);
    for (const path of instrument.defeasiblePaths ?? []) cached.delete(path);
    candidateCache.set(instrument, cached);
  }
  return cached;
}

const asQuestions = (pivots: Pivot[]): Settling[] =>
  pivots.map((pivot) => ({ ...pivot, question: questionFor(pivot.path) }));

/**
 * The pivots of `rule` (the instrument's own, read in investigation mode), reusing the node values a
 * lazy evaluation already found (`values`, when given), as paths and as questions.
 */
export function pivotsOf(
  instrument: Instrument,
  rule: Rule,
  read: FactReader,
  values: PlanValues | undefined,
): { pivotal: string[]; questions: Settling[] } {
  const pivots = pivotalFacts(rule, read, candidatesFor(instrument), values);
  return { pivotal: pivots.map((pivot) => pivot.path), questions: asQuestions(pivots) };
}

/**
 * The questions that would settle the instrument's verdict on these facts, in investigation mode —
 * exactly `assessInstrument(instrument, facts).questions` — given whether its verdict is
 * `not_applicable` (then there is nothing to ask).
 */
export function settlingOf(instrument: Instrument, facts: CaseFacts, notApplicable: boolean): Settling[] {
  if (notApplicable) return [];
  return asQuestions(pivotalFacts(instrument.rule, readerFor(facts), candidatesFor(instrument)));
}
