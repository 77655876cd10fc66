// Rules are data, built by a few small combinators. Every node has a stable id, a label in plain
// words and, where it comes from the law, a citation. Evaluation (evaluate.ts) turns a rule and a
// case's facts into a finding tree that is the explanation.
import type { FactPath, FlagPath } from '../../facts/schema.js';
import type { Citation } from './citation.js';
import { childrenOf } from './kinds.js';
import { fromBoolean, type Truth } from './truth.js';

type Common = {
  /** Stable id, unique within an instrument (the JSON contract refers to it). */
  id: string;
  /** What the node establishes, in plain words. */
  label: string;
  cite?: Citation;
  /** Why the rule is read this way (case law, interpretative notes, ambiguity). */
  note?: string;
};

/**
 * What a leaf's test is, structurally (the compiler inlines the simple ones): `flag` true → met,
 * false → not met; `flagFalse` the reverse; `shown` met only where true (an exception read where
 * shown); `oneOf` an enumerated value among some; `constant` the same for every case; `test` any
 * other test over its facts.
 */
export type LeafForm = 'flag' | 'flagFalse' | 'shown' | 'oneOf' | 'constant' | 'test';

/** A leaf that reads one or more facts and tests them. Derived facts (e.g. "child") are leaves too. */
export type FactRule = Common & {
  kind: 'fact';
  form: LeafForm;
  paths: FactPath[];
  /** How the test reads the facts, for people: e.g. "is true", "is under 18". */
  test: string;
  evaluate: (values: unknown[]) => Truth;
  /** Values worth trying per path when looking for pivotal facts. */
  candidates: unknown[][];
  /** An exception's condition read only where shown: unknown counts as not shown (see `shown`). */
  defeasible?: boolean;
};

export type AllRule = Common & { kind: 'all'; children: Rule[] };
export type AnyRule = Common & { kind: 'any'; children: Rule[] };
export type NotRule = Common & { kind: 'not'; child: Rule };
export type AtLeastRule = Common & { kind: 'atLeast'; n: number; children: Rule[] };
/**
 * Default logic, as the law writes exceptions: the base rule holds unless the exception applies,
 * in which case the outcome is `outcome` (e.g. the child rule makes trafficking met without a means;
 * an exclusion makes forced labour not met).
 */
export type UnlessRule = Common & { kind: 'unless'; base: Rule; exception: Rule; outcome: Truth };

/**
 * Where the law itself is contested: courts or authorities divide on whether facts meeting `rule`
 * suffice. Wherever `rule` is met the node is `undetermined`, open because of the law (no further
 * fact can settle it); wherever `rule` is not met it is not met; while `rule` is open on the facts
 * it is open too. It is never met: a contested reading can keep a conclusion open, never establish
 * it. `note` says how the authorities divide, in our words; `citations` names them (judgments with
 * their paragraphs, commentaries), and `cite`, where given, the provision being read.
 *
 * Example: slavery by control alone, however harsh, is at most undetermined — the ECtHR reads
 * "ownership" narrowly (Siliadin v France, 2005, §122), the ICTY and the IACtHR more broadly
 * (Kunarac, ICTY Appeals Chamber 2002, §117–119; Brasil Verde Workers v Brazil, IACtHR 2016).
 *
 * Place it where the contested reading would support the conclusion (as an alternative under an
 * `any`, or an element under an `all`); under a `not` it would keep open that the conclusion fails.
 */
export type ContestedRule = Common & { kind: 'contested'; rule: Rule; note: string; citations: Citation[] };

export type Rule = FactRule | AllRule | AnyRule | NotRule | AtLeastRule | UnlessRule | ContestedRule;

type Meta = { cite?: Citation; note?: string };

/** Meta is either a citation or an object with a citation and/or note. */
function meta(extra?: Citation | Meta): Meta {
  if (!extra) return {};
  if ('instrument' in extra) return { cite: extra };
  return extra;
}

export function all(id: string, label: string, children: Rule[], extra?: Citation | Meta): AllRule {
  return { kind: 'all', id, label, children, ...meta(extra) };
}

export function any(id: string, label: string, children: Rule[], extra?: Citation | Meta): AnyRule {
  return { kind: 'any', id, label, children, ...meta(extra) };
}

export function not(id: string, label: string, child: Rule, extra?: Citation | Meta): NotRule {
  return { kind: 'not', id, label, child, ...meta(extra) };
}

export function atLeast(
  id: string,
  label: string,
  n: number,
  children: Rule[],
  extra?: Citation | Meta,
): AtLeastRule {
  return { kind: 'atLeast', id, label, n, children, ...meta(extra) };
}

export function unless(
  id: string,
  label: string,
  base: Rule,
  exception: Rule,
  outcome: 'met' | 'not_met',
  extra?: Citation | Meta,
): UnlessRule {
  return { kind: 'unless', id, label, base, exception, outcome, ...meta(extra) };
}

/** A reading of the law that courts divide on (see `ContestedRule`): met facts leave it open. */
export function contested(
  id: string,
  label: string,
  rule: Rule,
  extra: { note: string; citations: Citation[]; cite?: Citation },
): ContestedRule {
  const { note, citations, cite } = extra;
  return { kind: 'contested', id, label, rule, note, citations, ...(cite ? { cite } : {}) };
}

/** A general fact leaf: one or more paths, a test over their values. */
export function fact(
  id: string,
  label: string,
  spec: { paths: FactPath[]; test: string; evaluate: (values: unknown[]) => Truth; candidates?: unknown[][] },
  extra?: Citation | Meta,
  form: LeafForm = 'test',
): FactRule {
  return {
    kind: 'fact',
    form,
    id,
    label,
    paths: spec.paths,
    test: spec.test,
    evaluate: spec.evaluate,
    candidates: spec.candidates ?? spec.paths.map(() => [true, false]),
    ...meta(extra),
  };
}

/** A boolean observation: true → met, false → not_met, absent → undetermined. */
export function flag(path: FlagPath, label: string, extra?: Citation | Meta): FactRule {
  return fact(
    path,
    label,
    {
      paths: [path],
      test: 'is true',
      evaluate: ([value]) => fromBoolean(value as boolean | null | undefined),
    },
    extra,
    'flag',
  );
}

/** The observation is known to be false (the negation of a flag, read directly). */
export function flagFalse(path: FlagPath, label: string, extra?: Citation | Meta): FactRule {
  return fact(
    `${path}=false`,
    label,
    {
      paths: [path],
      test: 'is false',
      evaluate: ([value]) => (value === false ? 'met' : value === true ? 'not_met' : 'undetermined'),
    },
    extra,
    'flagFalse',
  );
}

/**
 * An exception's condition in default logic: it applies only where the facts show it (true → met);
 * false and unknown both leave the base rule alone (→ not_met). Paths read this way are listed as
 * `defeasiblePaths` by their instrument: filling them in can defeat a conclusion, by design.
 */
export function shown(path: FlagPath, label: string, extra?: Citation | Meta): FactRule {
  return defeasible(
    fact(
      `${path}:shown`,
      label,
      {
        paths: [path],
        test: 'is shown to be true',
        evaluate: ([value]) => (value === true ? 'met' : 'not_met'),
      },
      extra,
      'shown',
    ),
  );
}

/** Mark a fact leaf as an exception's condition, read only where shown (unknown → not shown). */
export function defeasible(rule: FactRule): FactRule {
  return { ...rule, defeasible: true };
}

/** An enumerated observation equals one of the given values. */
export function oneOf(
  path: FactPath,
  label: string,
  values: readonly string[],
  all: readonly string[],
  extra?: Citation | Meta,
) {
  return fact(
    `${path}∈${values.join('|')}`,
    label,
    {
      paths: [path],
      test: values.length === 1 ? `is "${values[0]}"` : `is one of ${values.map((v) => `"${v}"`).join(', ')}`,
      evaluate: ([value]) =>
        value === null || value === undefined
          ? 'undetermined'
          : values.includes(value as string)
            ? 'met'
            : 'not_met',
      candidates: [[...all]],
    },
    extra,
    'oneOf',
  );
}

/** Every node of a rule, depth first (the rule itself first). */
export function* nodes(rule: Rule): Generator<Rule> {
  yield rule;
  for (const child of childrenOf(rule)) yield* nodes(child);
}

/** Every fact path a rule reads, in first-read order. */
export function pathsRead(rule: Rule): FactPath[] {
  const seen = new Set<FactPath>();
  for (const node of nodes(rule)) if (node.kind === 'fact') for (const path of node.paths) seen.add(path);
  return [...seen];
}
