// Assess one case against every instrument: per instrument the verdict, the finding tree that
// explains it, the remarks that qualify it, and the unknown facts that would settle it. Which states
// a treaty binds is read from the participation lists it is handed (`participation`), never imported
// here: the CLI, the server and the tests call assess.ts, which hands over every list Continuum
// holds; the web app calls this module and hands them over once it has fetched them (until then,
// `null`: every treaty's binding is unknown, never "not bound").
import type { CaseFacts } from '../facts/schema.js';
import { noteMessagesOf, type Verdict, verdictOf } from './binding/verdict.js';
import { type Applicability, applicability, type Instrument } from './instrument.js';
import { instruments as allInstruments } from './instruments/index.js';
import { asFound } from './logic/as-found.js';
import type { Citation } from './logic/citation.js';
import {
  evaluate,
  evaluateLazily,
  type Finding,
  lazyOpenInLaw,
  openReasonOf,
  readerFor,
  truthOf,
} from './logic/evaluate.js';
import type { Rule } from './logic/rule.js';
import type { OpenReason, Truth } from './logic/truth.js';
import { type LawMessage, lawText } from './messages.js';
import type { ParticipationLists } from './participation/lookup.js';
import { pivotsOf, type Settling } from './settling.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

/**
 * How facts that are not recorded are read. `investigation` (the default): unknown stays unknown,
 * and an undetermined verdict lists the questions that would settle it. `as_found` (decision mode):
 * every fact not recorded counts as not established, as a court decides on its evidence; the only
 * undetermined left is the law's own (see logic/as-found.ts).
 */
export type AssessmentMode = 'investigation' | 'as_found';

export type AssessOptions = {
  /** Decide on the facts as found (mode `as_found`) instead of the investigator's view. */
  asFound?: boolean;
};

/**
 * Whether an instrument's finding tree and remarks are wanted whole (the default). When not — the
 * compact contract, which sends only the elements that decided the verdict — the tree is made only
 * as far as it is read (`evaluateLazily`) and the remarks are left out (empty): same verdict, same
 * questions, same deciding elements, a fraction of the work.
 */
export type TreeOptions = { tree?: boolean };

/**
 * The participation lists the binding of a treaty is read from (see binding/binding.ts); `null` where
 * they are not at hand yet.
 */
export type ParticipationOptions = { participation: ParticipationLists | null };

export const modeOf = (options: AssessOptions = {}): AssessmentMode =>
  options.asFound ? 'as_found' : 'investigation';

/** A reading of the law that courts divide on, on which an undetermined verdict turns. */
export type ContestedPoint = {
  id: string;
  label: string;
  note: string;
  citations: Citation[];
  cite?: Citation;
};

/** A definition's value, or `not_applicable` for law not in force at the event date or outside the states it binds. */
export type { Verdict } from './binding/verdict.js';
export type { Settling } from './settling.js';

export type InstrumentAssessment = {
  id: string;
  title: string;
  citation: Citation;
  /** `not_applicable` only for regional or national law out of force at the event date (see applicability). */
  verdict: Verdict;
  /**
   * For an undetermined verdict: `facts` — facts not recorded would settle it (see `questions`);
   * `law` — no fact would: the law is contested on these facts (see `contested`).
   */
  openBecause?: OpenReason;
  /** For an undetermined verdict: the contested readings of the law it turns on, if any. */
  contested?: ContestedPoint[];
  /** Whether the instrument was in force at the event date, and why it was (not) applied. */
  applicability: Applicability;
  /** The definition evaluated on the facts (also when not applicable: what it would have said). */
  elements: Finding;
  /** Unknown facts that alone would settle an undetermined verdict (paths). */
  pivotal: string[];
  /** The same, as questions with the values that settle it and how. */
  questions: Settling[];
  remarks: Finding[];
  /** About time and binding: e.g. events before the instrument entered into force, in English. */
  notes: string[];
  /** The same notes as messages (law-catalogue keys and their values: ISO dates, codes), for any language. */
  noteMessages: LawMessage[];
};

export type Assessment = {
  schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  /** The language of the texts it carries (titles, labels, notes, reasons): English; the messages render in any. */
  lang: 'en';
  /** How facts not recorded were read (see AssessmentMode). */
  mode: AssessmentMode;
  case: { id: string | null; title: string | null };
  instruments: InstrumentAssessment[];
};

/** An instrument's verdict and its notes about time, without the explanation tree or pivotal facts. */
export type InstrumentHeadline = Pick<
  InstrumentAssessment,
  'id' | 'title' | 'citation' | 'verdict' | 'openBecause' | 'applicability' | 'notes' | 'noteMessages'
>;

/** The notes, as messages and in English. */
function notesFields(instrument: Instrument, applies: Applicability) {
  const noteMessages = noteMessagesOf(instrument, applies);
  return { notes: noteMessages.map((note) => lawText(note)), noteMessages };
}

/** The rule an instrument is assessed by in a mode: its own, or read as found. */
export function ruleFor(rule: Rule, mode: AssessmentMode): Rule {
  return mode === 'as_found' ? asFound(rule) : rule;
}

/**
 * Why an undetermined verdict is open: the definition's own reason, or the facts where the
 * definition is met but the law applies only if the conduct went on past a date not recorded.
 */
function openBecauseOf(verdict: Verdict, value: Truth, reason: () => OpenReason): OpenReason | undefined {
  if (verdict !== 'undetermined') return undefined;
  return value === 'undetermined' ? reason() : 'facts';
}

/**
 * The contested readings an open finding turns on: those open in law along its open branches, each
 * once. One reading can be met twice in an instrument's tree (control alone under the ECHR's Art
 * 4(1) and again under the 1926 definition that its trafficking limb reads slavery by; under the
 * Modern Slavery Act in s1 and again in s3): the first met, the instrument's own limb, gives the
 * citation.
 */
export function contestedPoints(finding: Finding): ContestedPoint[] {
  const points = new Map<string, ContestedPoint>();
  // A tree made lazily is walked over its rules (the same points), without making its findings.
  const lazy = lazyOpenInLaw(finding);
  if (lazy) {
    for (const rule of lazy) {
      if (rule.kind !== 'contested' || points.has(rule.id)) continue;
      const { id, label, note, citations, cite } = rule;
      points.set(id, { id, label, note, citations, ...(cite ? { cite } : {}) });
    }
    return [...points.values()];
  }
  const visit = (node: Finding): void => {
    if (node.value !== 'undetermined') return;
    if (node.kind === 'contested' && node.openBecause === 'law' && !points.has(node.id)) {
      const { id, label, note = '', citations = [], cite } = node;
      points.set(id, { id, label, note, citations, ...(cite ? { cite } : {}) });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(finding);
  return [...points.values()];
}

/**
 * The same verdict and notes as `assessInstrument`, from the value alone (`truthOf`, no finding tree,
 * no pivotal-fact search): the web app shows these at once and works out the rest after.
 */
export function assessHeadline(
  instrument: Instrument,
  facts: CaseFacts,
  options: AssessOptions & ParticipationOptions,
): InstrumentHeadline {
  const mode = modeOf(options);
  const applies = applicability(instrument, facts, options.participation);
  const rule = ruleFor(instrument.rule, mode);
  const read = readerFor(facts);
  const value = truthOf(rule, read);
  const verdict = verdictOf(instrument, applies, value, mode);
  const openBecause = openBecauseOf(verdict, value, () => openReasonOf(rule, read));
  return {
    id: instrument.id,
    title: instrument.title,
    citation: instrument.citation,
    verdict,
    ...(openBecause ? { openBecause } : {}),
    applicability: applies,
    ...notesFields(instrument, applies),
  };
}

export function assessInstrument(
  instrument: Instrument,
  facts: CaseFacts,
  options: AssessOptions & TreeOptions & ParticipationOptions,
): InstrumentAssessment {
  const mode = modeOf(options);
  const read = readerFor(facts);
  const rule = ruleFor(instrument.rule, mode);
  const whole = options.tree !== false;
  // The lazy tree comes with every node's value, which the pivotal-fact search reuses; for a whole
  // tree the search works them out itself.
  const { finding: elements, values } = whole
    ? { finding: evaluate(rule, read), values: undefined }
    : evaluateLazily(rule, read);
  const applies = applicability(instrument, facts, options.participation);
  const verdict = verdictOf(instrument, applies, elements.value, mode);
  const notApplicable = verdict === 'not_applicable';
  // As found, no fact is unknown: there is no question to ask.
  const { pivotal, questions } =
    elements.value === 'undetermined' && !notApplicable && mode === 'investigation'
      ? pivotsOf(instrument, rule, read, values)
      : { pivotal: [], questions: [] };
  const openBecause = openBecauseOf(verdict, elements.value, () => elements.openBecause ?? 'facts');
  const contested = openBecause ? contestedPoints(elements) : [];
  return {
    id: instrument.id,
    title: instrument.title,
    citation: instrument.citation,
    verdict,
    ...(openBecause ? { openBecause } : {}),
    ...(contested.length > 0 ? { contested } : {}),
    applicability: applies,
    elements,
    pivotal,
    questions,
    remarks: whole ? (instrument.remarks ?? []).map((remark) => evaluate(ruleFor(remark, mode), read)) : [],
    ...notesFields(instrument, applies),
  };
}

export function assess(
  facts: CaseFacts,
  options: AssessOptions &
    ParticipationOptions & {
      instruments?: readonly Instrument[];
      /** The instruments whose trees are wanted whole (see TreeOptions); default: every one. */
      treeOf?: (instrument: Instrument) => boolean;
    },
): Assessment {
  const chosen = options.instruments ?? allInstruments;
  const { treeOf } = options;
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    lang: 'en',
    mode: modeOf(options),
    case: { id: facts.id ?? null, title: facts.title ?? null },
    instruments: chosen.map((instrument) =>
      assessInstrument(instrument, facts, treeOf ? { ...options, tree: treeOf(instrument) } : options),
    ),
  };
}
