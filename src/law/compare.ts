// One case across every instrument, international and national, as one row each: its verdict and
// the element that decided it, so that a reader sees at a glance where the same facts are
// trafficking in one legal system and not in another, and why. Pure: the CLI (`continuum compare`)
// and the web app's Compare view both show these rows.
import type { CaseFacts } from '../facts/schema.js';
import type {
  Assessment,
  AssessmentMode,
  ContestedPoint,
  InstrumentAssessment,
  Verdict,
} from './assess-core.js';
import { findInstrument } from './instruments/index.js';
import type { Citation } from './logic/citation.js';
import { type FactReading, type Finding, lazyDecidingFacts } from './logic/evaluate.js';
import { witnesses } from './logic/kinds.js';
import type { OpenReason, Truth } from './logic/truth.js';
import type { LawMessage } from './messages.js';

export const COMPARE_SCHEMA_VERSION = 1;

/** One node of the finding tree that decided a verdict, with the branch that leads to it. */
export type Decider = {
  id: string;
  label: string;
  value: Finding['value'];
  /** Its own citation, else that of the provision around it (null only when neither has one). */
  cite: Citation | null;
  /** Ids from the root down to this node. */
  path: string[];
  /** An exception that defeated the rule (e.g. no exploitation at all; a C029 Art 2(2) exclusion). */
  exception?: true;
  /** The instrument's own alternative it lies in, where its definition has several (UK s1/s2, US (A)/(B)). */
  branch?: string;
  /** That alternative's label, in words. */
  branchLabel?: string;
  /** The known facts that carry the node's value (none for an undetermined node). */
  facts: FactReading[];
};

export type CompareRow = {
  id: string;
  title: string;
  level: string;
  verdict: Verdict;
  /** For undetermined: open because facts are not recorded, or because the law is contested. */
  openBecause?: OpenReason;
  /** For undetermined: the contested readings of the law it turns on, if any. */
  contested?: ContestedPoint[];
  /** met: the satisfied branch; not_met: the first failing element (per alternative); undetermined: the open elements. */
  decidedBy: Decider[];
  /** For undetermined: unknown facts that alone would settle it. */
  pivotal: string[];
  /** For not_applicable (and assumed dates): why, in English. */
  reason: string | null;
  /** The same as a message (a law-catalogue key and its values), for any language. */
  reasonMessage: LawMessage | null;
  /** Whether the instrument bound the state of the case (see `applicability.binding` in the assessment). */
  binding: { status: 'party' | 'not_party' | 'unknown'; reason: string; message: LawMessage };
};

export type Comparison = {
  schemaVersion: typeof COMPARE_SCHEMA_VERSION;
  /** The language of the texts it carries (titles, labels, reasons): English; the messages render in any. */
  lang: 'en';
  /** How facts not recorded were read (see AssessmentMode). */
  mode: AssessmentMode;
  case: { id: string | null; title: string | null; jurisdiction: string | null; eventDate: string | null };
  rows: CompareRow[];
};

function decider(finding: Finding, path: string[], citeAbove: Citation | null): Decider {
  return {
    id: finding.id,
    label: finding.label,
    value: finding.value,
    // An element without a citation of its own belongs to the provision of the rule around it.
    cite: finding.cite ?? citeAbove,
    path: [...path, finding.id],
    facts: decidingFacts(finding),
  };
}

/**
 * The known facts that give a met or not-met finding its value, along the branches that decide it
 * (as `decisiveNodes` chooses them: every child of a met `all`, its first failing child when not
 * met; the first met child of an `any`, every child when none is met). None for an undetermined one.
 */
export function decidingFacts(finding: Finding): FactReading[] {
  // A finding made lazily (the compact assessment) is walked over its rules: the same result.
  const fromRules = lazyDecidingFacts(finding);
  if (fromRules) return fromRules;
  const found = new Map<string, FactReading>();
  const visit = (node: Finding, want: Truth): void => {
    if (node.value !== want) return;
    for (const fact of node.facts ?? []) if (fact.value !== null) found.set(fact.path, fact);
    for (const [child, value] of witnesses(node, want)) visit(child, value);
  };
  if (finding.value !== 'undetermined') visit(finding, finding.value);
  return [...found.values()];
}

/**
 * Walk the finding tree to the nodes that decided its value. Alternatives (`any`, and the two
 * sides of an `unless`) are opened only at the top, where they are the instrument's own branches
 * (Palermo's adult and child rules, UK s1 and s2, US (A) and (B)); below a conjunction, an element
 * is reported whole.
 */
export function decisiveNodes(
  finding: Finding,
  path: string[] = [],
  top = true,
  citeAbove: Citation | null = null,
): Decider[] {
  const children = finding.children ?? [];
  const here = [...path, finding.id];
  const cite = finding.cite ?? citeAbove;
  const below = (child: Finding, atTop: boolean) => decisiveNodes(child, here, atTop, cite);
  switch (finding.value) {
    case 'met': {
      if (finding.kind === 'any') {
        const met = children.find((child) => child.value === 'met');
        return met ? below(met, top) : [decider(finding, path, citeAbove)];
      }
      if (finding.kind === 'unless') {
        const [base, exception] = children;
        return exception.value === 'met' ? below(exception, false) : below(base, false);
      }
      return [decider(finding, path, citeAbove)];
    }
    case 'not_met': {
      if (finding.kind === 'all') {
        const failing = children.find((child) => child.value === 'not_met');
        return failing ? below(failing, false) : [decider(finding, path, citeAbove)];
      }
      if (finding.kind === 'any' && top) {
        return children.flatMap((child) => below(child, false));
      }
      if (finding.kind === 'unless') {
        const [base, exception] = children;
        // An exception that defeats the rule decided it; otherwise the base failed and, where the
        // exception could have rescued it (the child rule), why it did not.
        if (exception.value === 'met') return [{ ...decider(exception, here, cite), exception: true }];
        const rescue = finding.outcome === 'met' ? below(exception, false) : [];
        return [...below(base, top), ...rescue];
      }
      return [decider(finding, path, citeAbove)];
    }
    case 'undetermined': {
      if ((finding.kind === 'any' && top) || finding.kind === 'unless') {
        return unique(
          children
            .filter((child) => child.value === 'undetermined')
            .flatMap((child) => below(child, top && finding.kind === 'unless')),
        );
      }
      if (finding.kind === 'all') {
        return unique(
          children
            .filter((child) => child.value === 'undetermined')
            .flatMap((child) =>
              child.kind === 'unless' ? below(child, false) : [decider(child, here, cite)],
            ),
        );
      }
      return [decider(finding, path, citeAbove)];
    }
  }
}

/** The same element reached along two branches (e.g. the purpose, for adults and children) once. */
function unique(deciders: Decider[]): Decider[] {
  return deciders.filter((d, i) => deciders.findIndex((other) => other.id === d.id) === i);
}

/**
 * The elements that decided an instrument's verdict (none when the law did not apply), each with
 * the instrument's own alternative it lies in where the definition is a choice between several.
 */
export function decidersOf(result: Pick<InstrumentAssessment, 'verdict' | 'elements'>): Decider[] {
  if (result.verdict === 'not_applicable') return [];
  const root = result.elements;
  return decisiveNodes(root).map((d) => {
    if (root.kind !== 'any' || d.path.length <= 2) return d;
    const branch = root.children?.find((child) => child.id === d.path[1]);
    return { ...d, branch: d.path[1], ...(branch ? { branchLabel: branch.label } : {}) };
  });
}

/** Why an instrument does not apply: outside its time in force, else outside the states it binds. */
function reasonOf(result: InstrumentAssessment): { reason: string; message: LawMessage } {
  const applies = result.applicability;
  const outOfTime = !applies.inForce && !applies.assumed && !applies.endUnknown;
  return !outOfTime && applies.binding.status === 'not_party' ? applies.binding : applies;
}

function reasonFields(why: { reason: string; message: LawMessage } | null) {
  return why ? { reason: why.reason, reasonMessage: why.message } : { reason: null, reasonMessage: null };
}

function row(result: InstrumentAssessment): CompareRow {
  const level = findInstrument(result.id)?.level ?? 'international';
  const notApplicable = result.verdict === 'not_applicable';
  return {
    id: result.id,
    title: result.title,
    level,
    verdict: result.verdict,
    ...(result.openBecause ? { openBecause: result.openBecause } : {}),
    ...(result.contested ? { contested: result.contested } : {}),
    decidedBy: decidersOf(result),
    pivotal: result.pivotal,
    ...reasonFields(notApplicable || result.applicability.assumed ? reasonOf(result) : null),
    binding: {
      status: result.applicability.binding.status,
      reason: result.applicability.binding.reason,
      message: result.applicability.binding.message,
    },
  };
}

/**
 * The comparison of one case across every instrument, from its assessment (`assess(facts)`, which
 * the web app has already computed for the Assess view, with the participation lists it holds).
 */
export function compareCase(facts: CaseFacts, assessment: Assessment): Comparison {
  const eventDate = assessment.instruments[0]?.applicability.eventDate ?? null;
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    lang: 'en',
    mode: assessment.mode,
    case: {
      id: facts.id ?? null,
      title: facts.title ?? null,
      jurisdiction: facts.jurisdiction ?? null,
      eventDate,
    },
    rows: assessment.instruments.map(row),
  };
}
