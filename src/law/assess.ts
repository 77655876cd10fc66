// Assess one case against every instrument: per instrument the verdict, the finding tree that
// explains it, the remarks that qualify it, and the unknown facts that would settle it.
import { questionFor } from '../facts/questions.js';
import type { CaseFacts } from '../facts/schema.js';
import { eventDate, type Instrument } from './instrument.js';
import { instruments as allInstruments } from './instruments/index.js';
import type { Citation } from './logic/citation.js';
import { evaluate, type Finding, readerFor } from './logic/evaluate.js';
import { candidatesByPath, pivotalFacts } from './logic/pivotal.js';
import type { Truth } from './logic/truth.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export type Settling = {
  path: string;
  question: string;
  settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }>;
};

export type InstrumentAssessment = {
  id: string;
  title: string;
  citation: Citation;
  verdict: Truth;
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

function timeNotes(instrument: Instrument, facts: CaseFacts): string[] {
  const date = eventDate(facts);
  if (!date) return [];
  if (date < instrument.inForce.from) {
    return [
      `The events (from ${date}) predate this instrument's entry into force (${instrument.inForce.from}); it is applied here as a definition only.`,
    ];
  }
  return [];
}

export function assessInstrument(instrument: Instrument, facts: CaseFacts): InstrumentAssessment {
  const read = readerFor(facts);
  const elements = evaluate(instrument.rule, read);
  const pivots =
    elements.value === 'undetermined' ? pivotalFacts(instrument.rule, read, candidatesFor(instrument)) : [];
  return {
    id: instrument.id,
    title: instrument.title,
    citation: instrument.citation,
    verdict: elements.value,
    elements,
    pivotal: pivots.map((pivot) => pivot.path),
    questions: pivots.map((pivot) => ({ ...pivot, question: questionFor(pivot.path) })),
    remarks: (instrument.remarks ?? []).map((remark) => evaluate(remark, read)),
    notes: timeNotes(instrument, facts),
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
