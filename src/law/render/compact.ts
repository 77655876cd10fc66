// The assessment JSON contract, schemaVersion 2: compact by default. Per instrument the verdict,
// the elements that decided it (with their articles and the known facts that carry them) and the
// questions that would settle an undetermined verdict; the full finding trees only for the
// instruments asked for. Version 1 (`assess()` as it is, every tree) stays available by parameter
// for a deprecation period: its readers would break on this form (no `elements`, no `pivotal`).
//
// Every field that `assess()` gives an instrument, other than the trees and `pivotal`, is carried
// over as it is, so that what is added to the assessment (a mode, a reason, `applicability.binding`)
// reaches this form without a change here.
import type { CaseFacts } from '../../facts/schema.js';
import {
  type Assessment,
  type AssessOptions,
  assess,
  type InstrumentAssessment,
  type ParticipationOptions,
} from '../assess-core.js';
import { type Decider, decidersOf } from '../compare.js';
import type { Instrument } from '../instrument.js';
import type { Finding } from '../logic/evaluate.js';

export const COMPACT_ASSESSMENT_SCHEMA_VERSION = 2;

/** Which instruments' full finding trees to include: their ids, or every one. */
export type TreeChoice = 'all' | readonly string[];

/** An element that decided the verdict: the node of the finding tree, without the ids above it. */
export type DecidingElement = Omit<Decider, 'path'>;

/** The applicability as the compact form carries it: without the messages (see `lean`). */
type LeanApplicability = Omit<InstrumentAssessment['applicability'], 'message' | 'binding'> & {
  binding: Omit<InstrumentAssessment['applicability']['binding'], 'message'>;
};

export type CompactInstrument = Omit<
  InstrumentAssessment,
  'elements' | 'remarks' | 'pivotal' | 'applicability'
> & {
  applicability: LeanApplicability;
  /**
   * met: the satisfied branch; not met: the first failing element (per alternative) or the
   * exception that ruled it out; undetermined: the open elements; not applicable: none.
   */
  decidedBy: DecidingElement[];
  /** Only for the instruments whose trees were asked for. */
  elements?: Finding;
  remarks?: Finding[];
};

export type CompactAssessment = Omit<Assessment, 'schemaVersion' | 'instruments'> & {
  schemaVersion: typeof COMPACT_ASSESSMENT_SCHEMA_VERSION;
  instruments: CompactInstrument[];
};

export const wantsTree = (trees: TreeChoice, id: string) => trees === 'all' || trees.includes(id);

/**
 * The applicability without its messages: what a person reads of it is in `noteMessages` (each note
 * as a catalogue key and codes); its `reason` and its binding's stay in English, as in version 1,
 * whose form keeps the messages too.
 */
function lean(applies: InstrumentAssessment['applicability']): CompactInstrument['applicability'] {
  const lean = omit(applies, 'message', 'binding') as CompactInstrument['applicability'];
  lean.binding = omit(applies.binding, 'message');
  return lean;
}

/**
 * A copy of `object` without the fields named, the others in their order: what `{ a, ...rest } =
 * object` gives (the order is the JSON's), at a fraction of the cost on the request path.
 */
function omit<T extends object, K extends keyof T & string>(object: T, ...keys: K[]): Omit<T, K> {
  const copy: Record<string, unknown> = {};
  for (const key in object) {
    if (!(keys as string[]).includes(key) && Object.hasOwn(object, key)) copy[key] = object[key];
  }
  return copy as Omit<T, K>;
}

export function compactInstrument(result: InstrumentAssessment, trees: TreeChoice = []): CompactInstrument {
  // Built in place (a spread followed by more fields is a slow copy); the fields in the same order.
  const compact = omit(result, 'elements', 'remarks', 'pivotal', 'applicability') as CompactInstrument;
  compact.applicability = lean(result.applicability);
  compact.decidedBy = decidersOf(result).map((decider) => omit(decider, 'path'));
  if (wantsTree(trees, result.id)) {
    compact.elements = result.elements;
    compact.remarks = result.remarks;
  }
  return compact;
}

/** The compact form of an assessment, with the full trees of the instruments in `trees`. */
export function compactAssessment(assessment: Assessment, trees: TreeChoice = []): CompactAssessment {
  return {
    ...omit(assessment, 'schemaVersion', 'instruments'),
    schemaVersion: COMPACT_ASSESSMENT_SCHEMA_VERSION,
    instruments: assessment.instruments.map((result) => compactInstrument(result, trees)),
  };
}

/**
 * `compactAssessment(assess(facts, options), trees)`, without making the trees it does not send:
 * only the instruments in `trees` are explained whole; the others' trees are made only along the
 * branches their deciding elements and contested readings are read from. The result is the same.
 */
export function assessCompact(
  facts: CaseFacts,
  options: AssessOptions & ParticipationOptions & { instruments?: readonly Instrument[] },
  trees: TreeChoice = [],
): CompactAssessment {
  return compactAssessment(
    assess(facts, { ...options, treeOf: (instrument) => wantsTree(trees, instrument.id) }),
    trees,
  );
}
