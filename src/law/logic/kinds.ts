// Everything that depends on the kind of a rule node, in one table with one row per kind: the
// node's children, how its value follows from theirs (Kleene's strong logic; default logic for
// `unless`), how it folds when some children are constants (specialisation to the facts a data set
// can carry), how it compiles to a closure over fact slots, and the words that say how it joins its
// children. Every evaluator (truthOf, the finding tree, the pivotal-fact search), the CTDC compiler
// and the renderers go through this table, so a new combinator is one new row here.
import type { Citation } from './citation.js';
import type { FactRule, Rule } from './rule.js';
import {
  atLeastOf,
  CAN_FAIL,
  CAN_MEET,
  CAN_STAY_OPEN,
  liftOutcomes,
  negate,
  type Outcomes,
  type Truth,
} from './truth.js';

export type Kind = Rule['kind'];

/**
 * How an evaluator values nodes: a leaf from the facts, any other node through its row. Rows ask
 * for their children's values lazily and in order, so `all` and `any` stop at the first deciding
 * one. `C` is what the evaluator needs to know (the facts, say), passed along rather than captured,
 * so that one valuation serves every case. Each child is asked for with its position among its
 * parent's children (as `children` lists them), so that an evaluator that keeps values in arrays
 * can find it without looking the child up.
 */
export type Valuation<C> = {
  leaf(rule: FactRule, context: C): Truth;
  value(rule: Rule, context: C, position: number): Truth;
};

/** How a specialiser folds nodes: a leaf to a constant or to itself, any other node through its row. */
export type Folding = {
  leaf(rule: FactRule): Rule | Truth;
  rule(rule: Rule): Rule | Truth;
};

/**
 * A node compiled to a closure over an array of fact values (one slot per path). A constant says
 * so, and so does a leaf that reads one slot as a plain flag: junctions read those inline.
 */
export type Compiled = ((values: readonly unknown[]) => Truth) & { constant?: Truth; flagSlot?: number };

export type Compiling = {
  leaf(rule: FactRule): Compiled;
  rule(rule: Rule): Compiled;
};

/** What a node says about itself beyond id, label, citation and note (for the JSON and the finding tree). */
export type Attributes = { test?: string; n?: number; outcome?: Truth; citations?: Citation[] };

/**
 * Which way a child is read, relative to its node, when the facts not recorded count as not
 * established (as-found mode): `same` — the child supports the node as the node supports its own
 * parent; `reversed` — under a `not`; `exception` — an `unless` exception, which applies only
 * where it is shown, whichever way it turns the node.
 */
export type Sense = 'same' | 'reversed' | 'exception';

type Row<R extends Rule> = {
  children(rule: R): readonly Rule[];
  /** The same node with other children, in the order `children` gives them. */
  withChildren(rule: R, children: readonly Rule[]): Rule;
  /** How each child is read (see `Sense`), in the order `children` gives them. */
  senses(rule: R): readonly Sense[];
  combine<C>(rule: R, valuation: Valuation<C>, context: C): Truth;
  /**
   * The values the node could take once every fact is known (see `Outcomes`), from its children's
   * (in order): `combine` lifted to sets, treating the children as independent. This is what tells
   * an undetermined that the facts can settle from one that only the law leaves open.
   */
  outcomes(rule: R, children: readonly Outcomes[]): Outcomes;
  fold(rule: R, folding: Folding): Rule | Truth;
  compile(rule: R, compiling: Compiling): Compiled;
  attributes(rule: R): Attributes;
  /** How the node joins its children, in plain words ("all of"); null for a leaf. */
  connective(attributes: Attributes): string | null;
  /** Of the children's values (in order), the positions of those that carry the node's value. */
  carriers(values: readonly Truth[], value: Truth): number[];
  /**
   * Children whose values suffice to give the node the value `want` (which it has), each with the
   * value it must show: every element of a met `all`, its first failing one when not met, and so on.
   */
  witnesses(values: readonly Truth[], want: Truth, attributes: Attributes): Array<[number, Truth]>;
};

function positions(values: readonly Truth[], keep: (value: Truth) => boolean): number[] {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i])) kept.push(i);
  return kept;
}
const every = (values: readonly Truth[]) => values.map((_, i) => i);
/** The children with the node's own value: the met ones of a met `any`, the failing ones of a failed `all`. */
const alike = (values: readonly Truth[], value: Truth) => positions(values, (v) => v === value);
const showing = (indices: number[], want: Truth): Array<[number, Truth]> => indices.map((i) => [i, want]);

const none: readonly Rule[] = [];
/** The attributes of a node that has none beyond its id, label and citation (shared: never written to). */
const noAttributes: Attributes = Object.freeze({});

/** A leaf with the same value for every case: what a specialised rule folds to. */
export function constantRule(value: Truth): FactRule {
  return {
    kind: 'fact',
    form: 'constant',
    id: `constant-${value}`,
    label: `always ${value} for these facts`,
    paths: [],
    test: 'constant',
    evaluate: () => value,
    candidates: [],
  };
}

export function constantCompiled(value: Truth): Compiled {
  return Object.assign(() => value, { constant: value });
}

const asRule = (value: Rule | Truth): Rule => (typeof value === 'string' ? constantRule(value) : value);

/** `all` and `any`: the absorbing value (not met / met) as soon as one child has it. */
function junction(kind: 'all' | 'any'): Row<Extract<Rule, { kind: 'all' | 'any' }>> {
  const absorbing: Truth = kind === 'all' ? 'not_met' : 'met';
  const neutral: Truth = kind === 'all' ? 'met' : 'not_met';
  // The flag value that is absorbing: false for `all`, true for `any`.
  const absorbingFlag = kind === 'any';
  const absorbingBit = kind === 'all' ? CAN_FAIL : CAN_MEET;
  const neutralBit = kind === 'all' ? CAN_MEET : CAN_FAIL;
  return {
    children: (rule) => rule.children,
    withChildren: (rule, children) => ({ ...rule, children: [...children] }),
    senses: (rule) => rule.children.map(() => 'same'),
    combine(rule, valuation, context) {
      let result: Truth = neutral;
      const { children } = rule;
      for (let i = 0; i < children.length; i++) {
        const value = valuation.value(children[i], context, i);
        if (value === absorbing) return absorbing;
        if (value === 'undetermined') result = 'undetermined';
      }
      return result;
    },
    fold(rule, folding) {
      const children = rule.children.map((child) => folding.rule(child));
      if (children.includes(absorbing)) return absorbing;
      const rules = children.filter((c): c is Rule => typeof c !== 'string');
      const unknown = children.includes('undetermined');
      if (rules.length === 0) return unknown ? 'undetermined' : neutral;
      if (rules.length === 1 && !unknown) return rules[0];
      return { ...rule, children: unknown ? [...rules, constantRule('undetermined')] : rules };
    },
    // The order children are read in does not matter (Kleene logic), so plain flags are read
    // first, straight from their slots, and constants are folded.
    compile(rule, compiling) {
      const flags: number[] = [];
      const rest: Compiled[] = [];
      let start: Truth = neutral;
      for (const child of rule.children) {
        const compiled = compiling.rule(child);
        if (compiled.constant !== undefined) {
          if (compiled.constant === absorbing) return constantCompiled(absorbing);
          if (compiled.constant === 'undetermined') start = 'undetermined';
        } else if (compiled.flagSlot !== undefined) flags.push(compiled.flagSlot);
        else rest.push(compiled);
      }
      return (values) => {
        let result = start;
        for (let f = 0; f < flags.length; f++) {
          const value = values[flags[f]];
          if (value === absorbingFlag) return absorbing;
          if (value !== !absorbingFlag) result = 'undetermined';
        }
        for (let c = 0; c < rest.length; c++) {
          const value = rest[c](values);
          if (value === absorbing) return absorbing;
          if (value === 'undetermined') result = 'undetermined';
        }
        return result;
      };
    },
    // All: can be met if every child can; can fail if one can; can stay open if none must fail and
    // one can stay open. Any: the same with met and not met exchanged.
    outcomes(_rule, children) {
      let canAbsorb = false; // some child can take the absorbing value
      let allNeutral = true; // every child can take the neutral one
      let noneForced = true; // no child must take the absorbing one
      let someOpen = false; // some child can stay open in law
      for (const child of children) {
        if (child & absorbingBit) canAbsorb = true;
        if (!(child & neutralBit)) allNeutral = false;
        if (child === absorbingBit) noneForced = false;
        if (child & CAN_STAY_OPEN) someOpen = true;
      }
      return (
        (canAbsorb ? absorbingBit : 0) |
        (allNeutral ? neutralBit : 0) |
        (noneForced && someOpen ? CAN_STAY_OPEN : 0)
      );
    },
    attributes: () => noAttributes,
    connective: () => (kind === 'all' ? 'all of' : 'any of'),
    // Met `all` and failed `any`: every child carries it; otherwise those with its value.
    carriers: (values, value) => (value === neutral ? every(values) : alike(values, value)),
    // Met `all` and failed `any` need every child; otherwise the first with the node's value does.
    witnesses: (values, want) =>
      want === neutral ? showing(every(values), want) : showing(alike(values, want).slice(0, 1), want),
  };
}

const table: { [K in Kind]: Row<Extract<Rule, { kind: K }>> } = {
  fact: {
    children: () => none,
    withChildren: (rule) => rule,
    senses: () => [],
    combine: (rule, valuation, context) => valuation.leaf(rule, context),
    // Unused: a leaf's outcomes come from its value on the facts (leafOutcomes in truth.ts).
    outcomes: () => CAN_MEET | CAN_FAIL,
    fold: (rule, folding) => folding.leaf(rule),
    compile: (rule, compiling) => compiling.leaf(rule),
    attributes: (rule) => ({ test: rule.test }),
    connective: () => null,
    carriers: () => [],
    witnesses: () => [],
  },
  all: junction('all'),
  any: junction('any'),
  not: {
    children: (rule) => [rule.child],
    withChildren: (rule, [child]) => ({ ...rule, child }),
    senses: () => ['reversed'],
    combine: (rule, valuation, context) => negate(valuation.value(rule.child, context, 0)),
    outcomes: (_rule, [child]) =>
      (child & CAN_MEET ? CAN_FAIL : 0) | (child & CAN_FAIL ? CAN_MEET : 0) | (child & CAN_STAY_OPEN),
    fold(rule, folding) {
      const child = folding.rule(rule.child);
      return typeof child === 'string' ? negate(child) : { ...rule, child };
    },
    compile(rule, compiling) {
      const child = compiling.rule(rule.child);
      if (child.constant !== undefined) return constantCompiled(negate(child.constant));
      return (values) => negate(child(values));
    },
    attributes: () => noAttributes,
    connective: () => 'not',
    carriers: every,
    witnesses: (_, want) => [[0, negate(want)]],
  },
  // At least n children met: met once n are certainly met, not met once n are no longer possible.
  atLeast: {
    children: (rule) => rule.children,
    withChildren: (rule, children) => ({ ...rule, children: [...children] }),
    senses: (rule) => rule.children.map(() => 'same'),
    combine: (rule, valuation, context) =>
      atLeastOf(
        rule.n,
        rule.children.map((child, i) => valuation.value(child, context, i)),
      ),
    // Met if n children can be met; not met if enough can fail that fewer than n remain; open in
    // law if fewer than n can be made met while n stay possible (those that can stay open, plus up
    // to n − 1 met ones, and no more than n − 1 children must be met).
    outcomes(rule, children) {
      const { n } = rule;
      let canMeet = 0;
      let canFail = 0;
      let canStayOpen = 0;
      let metNotOpen = 0;
      let mustMeet = 0;
      for (const child of children) {
        if (child & CAN_MEET) canMeet++;
        if (child & CAN_FAIL) canFail++;
        if (child & CAN_STAY_OPEN) canStayOpen++;
        else if (child & CAN_MEET) metNotOpen++;
        if (child === CAN_MEET) mustMeet++;
      }
      const open = mustMeet <= n - 1 && canStayOpen + Math.min(metNotOpen, n - 1) >= n;
      return (
        (canMeet >= n ? CAN_MEET : 0) |
        (canFail >= children.length - n + 1 ? CAN_FAIL : 0) |
        (open ? CAN_STAY_OPEN : 0)
      );
    },
    fold(rule, folding) {
      const children = rule.children.map((child) => folding.rule(child));
      const met = children.filter((c) => c === 'met').length;
      const rest = children.filter((c) => c !== 'met' && c !== 'not_met');
      const n = rule.n - met;
      if (n <= 0) return 'met';
      if (rest.length < n) return 'not_met';
      if (rest.every((c) => c === 'undetermined')) return 'undetermined';
      return { ...rule, n, children: rest.map(asRule) };
    },
    compile(rule, compiling) {
      const children = rule.children.map((child) => compiling.rule(child));
      const n = rule.n;
      return (values) => {
        let certain = 0;
        let possible = 0;
        for (let c = 0; c < children.length; c++) {
          const value = children[c](values);
          if (value === 'met') certain++;
          if (value !== 'not_met') possible++;
        }
        return certain >= n ? 'met' : possible < n ? 'not_met' : 'undetermined';
      };
    },
    attributes: (rule) => ({ n: rule.n }),
    connective: ({ n }) => `at least ${n} of`,
    carriers: alike,
    witnesses: (values, want) => showing(alike(values, want), want),
  },
  // Default logic: the exception applies → its outcome; it does not → the base; unknown → settled
  // only where the base already gives the outcome.
  unless: {
    children: (rule) => [rule.base, rule.exception],
    withChildren: (rule, [base, exception]) => ({ ...rule, base, exception }),
    senses: () => ['same', 'exception'],
    combine: (rule, valuation, context) =>
      combineUnless(
        valuation.value(rule.base, context, 0),
        valuation.value(rule.exception, context, 1),
        rule.outcome,
      ),
    outcomes: (rule, [base, exception]) =>
      liftOutcomes(base, exception, (b, e) => combineUnless(b, e, rule.outcome)),
    fold(rule, folding) {
      const base = folding.rule(rule.base);
      const exception = folding.rule(rule.exception);
      if (exception === 'met') return rule.outcome;
      if (exception === 'not_met') return base;
      if (typeof base === 'string' && typeof exception === 'string') {
        return base === rule.outcome ? rule.outcome : 'undetermined';
      }
      return { ...rule, base: asRule(base), exception: asRule(exception) };
    },
    compile(rule, compiling) {
      const base = compiling.rule(rule.base);
      const exception = compiling.rule(rule.exception);
      const outcome = rule.outcome;
      return (values) => {
        const applies = exception(values);
        if (applies === 'met') return outcome;
        const value = base(values);
        if (applies === 'not_met') return value;
        return value === outcome ? outcome : 'undetermined';
      };
    },
    attributes: (rule) => ({ outcome: rule.outcome }),
    connective: ({ outcome }) =>
      `unless the exception applies, which makes it ${outcome === 'met' ? 'met' : 'not met'}`,
    // The exception where it applies; the base where it does not, or where the base decides alone
    // (it already gives the outcome); both while the node is open.
    carriers: ([, exception], value) =>
      exception === 'met' ? [1] : exception === 'not_met' || value !== 'undetermined' ? [0] : [0, 1],
    // The exception that applied; else the base, and that the exception did not apply where it
    // would have changed the outcome.
    witnesses: ([base, exception], want, { outcome }) =>
      exception === 'met'
        ? [[1, 'met']]
        : [[0, want], ...(base !== outcome ? ([[1, 'not_met']] as Array<[number, Truth]>) : [])],
  },
  // A reading courts divide on: where its rule is met the law leaves it open; otherwise as its rule.
  contested: {
    children: (rule) => [rule.rule],
    withChildren: (rule, [inner]) => ({ ...rule, rule: inner }),
    senses: () => ['same'],
    combine: (rule, valuation, context) => contestedOf(valuation.value(rule.rule, context, 0)),
    outcomes: (_rule, [inner]) =>
      (inner & CAN_MEET ? CAN_STAY_OPEN : 0) | (inner & CAN_FAIL) | (inner & CAN_STAY_OPEN),
    fold(rule, folding) {
      const inner = folding.rule(rule.rule);
      return typeof inner === 'string' ? contestedOf(inner) : { ...rule, rule: inner };
    },
    compile(rule, compiling) {
      const inner = compiling.rule(rule.rule);
      if (inner.constant !== undefined) return constantCompiled(contestedOf(inner.constant));
      return (values) => contestedOf(inner(values));
    },
    attributes: (rule) => ({ citations: rule.citations }),
    connective: () => 'where met, the law is contested',
    carriers: every,
    // Never met; not met where its rule is not; open where its rule is met (or open).
    witnesses: (_, want) => [[0, want === 'undetermined' ? 'met' : want]],
  },
};

/** A contested reading: met facts leave the law open; otherwise the rule's own value. */
export function contestedOf(value: Truth): Truth {
  return value === 'met' ? 'undetermined' : value;
}

/** The exception applies → its outcome; does not apply → the base; unknown → settled only if both agree. */
export function combineUnless(base: Truth, exception: Truth, outcome: Truth): Truth {
  if (exception === 'met') return outcome;
  if (exception === 'not_met') return base;
  return base === outcome ? outcome : 'undetermined';
}

/**
 * The table indexed by any kind. Each row is typed for its own kind above; a node is only ever
 * passed to the row of its own kind, which is what makes this one widening safe.
 */
export const rows = table as unknown as Record<Kind, Row<Rule>>;

export const childrenOf = (rule: Rule): readonly Rule[] => rows[rule.kind].children(rule);
export const withChildren = (rule: Rule, children: readonly Rule[]): Rule =>
  rows[rule.kind].withChildren(rule, children);
export const sensesOf = (rule: Rule): readonly Sense[] => rows[rule.kind].senses(rule);
export const combine = <C>(rule: Rule, valuation: Valuation<C>, context: C): Truth =>
  rows[rule.kind].combine(rule, valuation, context);
export const fold = (rule: Rule, folding: Folding): Rule | Truth => rows[rule.kind].fold(rule, folding);
export const compile = (rule: Rule, compiling: Compiling): Compiled =>
  rows[rule.kind].compile(rule, compiling);
export const attributesOf = (rule: Rule): Attributes => rows[rule.kind].attributes(rule);
/** A node's outcomes from its children's (not for leaves: see leafOutcomes). */
export const outcomesOf = (rule: Rule, children: readonly Outcomes[]): Outcomes =>
  rows[rule.kind].outcomes(rule, children);

/** Writes a node's attributes onto `target` (a finding, a JSON node), in a fixed order. */
export function describeOnto(rule: Rule, target: Attributes): void {
  const { test, n, outcome, citations } = rows[rule.kind].attributes(rule);
  if (test !== undefined) target.test = test;
  if (n !== undefined) target.n = n;
  if (outcome !== undefined) target.outcome = outcome;
  if (citations !== undefined) target.citations = citations;
}

/** The children of a finding that carry its value (those that decide it). */
export function carriers<F extends { kind: Kind; value: Truth; children?: F[] }>(finding: F): F[] {
  const children = finding.children ?? [];
  const values = children.map((child) => child.value);
  return rows[finding.kind].carriers(values, finding.value).map((i) => children[i]);
}

/**
 * The children of a finding whose values suffice to give it the value `want` (which it has), each
 * with the value it shows (see the rows' `witnesses`).
 */
export function witnesses<F extends { kind: Kind; value: Truth; outcome?: Truth; children?: F[] }>(
  finding: F,
  want: Truth,
): Array<[F, Truth]> {
  const children = finding.children ?? [];
  return rows[finding.kind]
    .witnesses(
      children.map((child) => child.value),
      want,
      finding,
    )
    .map(([i, value]) => [children[i], value]);
}

/** How a node (a rule, or a finding from one) joins its children, in plain words; null for a leaf. */
export function connective(node: { kind: Kind } & Attributes): string | null {
  return rows[node.kind].connective(node);
}
