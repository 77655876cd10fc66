// Assess one case against every instrument: per instrument the verdict, the finding tree that
// explains it, the remarks that qualify it, and the unknown facts that would settle it.
import { questionFor } from '../facts/questions.js';
import type { CaseFacts } from '../facts/schema.js';
import { notesOf, type Verdict, verdictOf } from './binding/verdict.js';
import { type Applicability, applicability, type Instrument } from './instrument.js';
import { instruments as allInstruments } from './instruments/index.js';
import type { Citation } from './logic/citation.js';
import { evaluate, type Finding, readerFor, truthOf } from './logic/evaluate.js';
import { candidatesByPath, pivotalFacts } from './logic/pivotal.js';
import type { Rule } from './logic/rule.js';
import type { Truth } from './logic/truth.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export type Settling = {
  path: string;
  question: string;
  settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }>;
};

/** A definition's value, or `not_applicable` for law not in force at the event date or outside the states it binds. */
export type { Verdict } from './binding/verdict.js';

export type InstrumentAssessment = {
  id: string;
  title: string;
  citation: Citation;
  /** `not_applicable` only for regional or national law out of force at the event date (see applicability). */
  verdict: Verdict;
  /** Whether the instrument was in force at the event date, and why it was (not) applied. */
  applicability: Applicability;
  /** The definition evaluated on the facts (also when not applicable: what it would have said). */
  elements: Finding;
  /** Unknown facts that alone would settle an undetermined verdict (paths). */
  pivotal: string[];
  /** The same, as questions with the values that settle it and how. */
  questions: Settling[];
  remarks: Finding[];
  /** About time: e.g. events before the instrument entered into force. */
  notes: string[];
};

export type Assessment = {
  schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  case: { id: string | null; title: string | null };
  instruments: InstrumentAssessment[];
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

/** An instrument's verdict and its notes about time, without the explanation tree or pivotal facts. */
export type InstrumentHeadline = Pick<
  InstrumentAssessment,
  'id' | 'title' | 'citation' | 'verdict' | 'applicability' | 'notes'
>;

/**
 * The same verdict and notes as `assessInstrument`, from the value alone (`truthOf`, no finding tree,
 * no pivotal-fact search): the web app shows these at once and works out the rest after.
 */
export function assessHeadline(instrument: Instrument, facts: CaseFacts): InstrumentHeadline {
  const applies = applicability(instrument, facts);
  return {
    id: instrument.id,
    title: instrument.title,
    citation: instrument.citation,
    verdict: verdictOf(instrument, applies, truthOf(instrument.rule, readerFor(facts))),
    applicability: applies,
    notes: notesOf(instrument, applies),
  };
}

export function assessInstrument(instrument: Instrument, facts: CaseFacts): InstrumentAssessment {
  const read = readerFor(facts);
  const values = new Map<Rule, Truth>();
  const elements = evaluate(instrument.rule, read, values);
  const applies = applicability(instrument, facts);
  const verdict = verdictOf(instrument, applies, elements.value);
  const notApplicable = verdict === 'not_applicable';
  const pivots =
    elements.value === 'undetermined' && !notApplicable
      ? pivotalFacts(instrument.rule, read, candidatesFor(instrument), values)
      : [];
  return {
    id: instrument.id,
    title: instrument.title,
    citation: instrument.citation,
    verdict,
    applicability: applies,
    elements,
    pivotal: pivots.map((pivot) => pivot.path),
    questions: pivots.map((pivot) => ({ ...pivot, question: questionFor(pivot.path) })),
    remarks: (instrument.remarks ?? []).map((remark) => evaluate(remark, read)),
    notes: notesOf(instrument, applies),
  };
}

export function assess(facts: CaseFacts, options: { instruments?: readonly Instrument[] } = {}): Assessment {
  const chosen = options.instruments ?? allInstruments;
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    case: { id: facts.id ?? null, title: facts.title ?? null },
    instruments: chosen.map((instrument) => assessInstrument(instrument, facts)),
  };
}
