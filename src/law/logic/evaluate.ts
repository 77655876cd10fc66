// Evaluation: a rule and a case's facts give a finding tree — each node's value, label, citation,
// the facts it read with their values, and its children. The tree *is* the explanation.
import type { Citation } from './citation.js';
import {
  attributesOf,
  childrenOf,
  combine,
  describeOnto,
  outcomesOf,
  rows,
  type Valuation,
} from './kinds.js';
import { type FactReader, type Plan, type PlanValues, valuesOf } from './plan.js';
import type { Rule } from './rule.js';
import {
  leafOutcomes,
  type OpenReason,
  type Outcomes,
  openReason,
  settledOutcomes,
  type Truth,
} from './truth.js';

export type FactReading = { path: string; value: unknown };

export type Finding = {
  id: string;
  kind: Rule['kind'];
  label: string;
  value: Truth;
  /** For an undetermined node: open because facts are not recorded, or because the law is contested. */
  openBecause?: OpenReason;
  cite?: Citation;
  note?: string;
  /** For a contested reading: the authorities that divide on it. */
  citations?: Citation[];
  /** For fact leaves: how the facts are tested and what they were (null = unknown). */
  test?: string;
  facts?: FactReading[];
  /** For atLeast: how many children are needed. */
  n?: number;
  /** For unless: which outcome the exception forces. */
  outcome?: Truth;
  children?: Finding[];
};

export type { FactReader, PlanValues } from './plan.js';

const segmentCache = new Map<string, string[]>();

function segments(path: string): string[] {
  let cached = segmentCache.get(path);
  if (!cached) {
    cached = path.split('.');
    segmentCache.set(path, cached);
  }
  return cached;
}

export function readPath(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const key of segments(path)) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? undefined;
}

export function readerFor(facts: unknown): FactReader {
  return (path) => readPath(facts, path);
}

/** The value alone, without building the tree (used for pivotal-fact search and bulk work). */
export function truthOf(rule: Rule, read: FactReader): Truth {
  return combine(rule, openWorld, read);
}

/**
 * The values a rule could take once every fact is known (see `Outcomes`): why an undetermined
 * value is open. Computed node by node from the children's outcomes, as `evaluate` does.
 */
export function outcomesFor(rule: Rule, read: FactReader): Outcomes {
  const memo = new Map<Rule, Outcomes>();
  const visit = (node: Rule): Outcomes => {
    let found = memo.get(node);
    if (found === undefined) {
      found =
        node.kind === 'fact'
          ? leafOutcomes(node.evaluate(node.paths.map(read)))
          : outcomesOf(node, childrenOf(node).map(visit));
      memo.set(node, found);
    }
    return found;
  };
  return visit(rule);
}

/** Why a rule is open on these facts (call it only when `truthOf` is undetermined). */
export function openReasonOf(rule: Rule, read: FactReader): OpenReason {
  return openReason(outcomesFor(rule, read));
}

/** Values every node from the facts as they are: unknown stays unknown. */
export const openWorld: Valuation<FactReader> = {
  leaf: (leaf, read) => leaf.evaluate(leaf.paths.map(read)),
  value: (rule, read) => combine(rule, openWorld, read),
};

function finding(rule: Rule, value: Truth): Finding {
  const result: Finding = { id: rule.id, kind: rule.kind, label: rule.label, value };
  if (rule.cite) result.cite = rule.cite;
  if (rule.note) result.note = rule.note;
  return result;
}

/**
 * The full finding tree. When `values` is given, every node's value is recorded in it (pivotal-fact
 * search reuses them to re-evaluate only what a fact can reach). A rule used at several places (the
 * act in both the adult and the child rule, say) is evaluated once and its finding shared.
 */
export function evaluate(rule: Rule, read: FactReader, values?: Map<Rule, Truth>): Finding {
  const memo: Memo = { read, findings: new Map(), outcomes: new Map() };
  const result = evaluateNode(rule, memo);
  if (values) for (const [node, found] of memo.findings) values.set(node, found.value);
  return result;
}

/** The findings so far, and the outcomes of the undetermined ones (a settled one's are its value). */
type Memo = { read: FactReader; findings: Map<Rule, Finding>; outcomes: Map<Rule, Outcomes> };

/** Leaves from the facts; other nodes from their children's findings, already in the memo. */
const fromFindings: Valuation<Memo> = {
  leaf: (leaf, memo) => leaf.evaluate(leaf.paths.map(memo.read)),
  value: (rule, memo) => (memo.findings.get(rule) as Finding).value,
};

function evaluateNode(rule: Rule, memo: Memo): Finding {
  const known = memo.findings.get(rule);
  if (known) return known;
  const children = childrenOf(rule).map((child) => evaluateNode(child, memo));
  // The children are in the memo now: the row reads their values from there.
  const result = finding(rule, combine(rule, fromFindings, memo));
  describeOnto(rule, result);
  if (rule.kind === 'fact')
    result.facts = rule.paths.map((path) => ({ path, value: memo.read(path) ?? null }));
  else result.children = children;
  if (result.value === 'undetermined') {
    // Only undetermined nodes need their outcomes worked out: a settled child's are its value.
    const outcomes =
      rule.kind === 'fact'
        ? leafOutcomes(result.value)
        : outcomesOf(
            rule,
            childrenOf(rule).map(
              (child, i) => memo.outcomes.get(child) ?? settledOutcomes(children[i].value),
            ),
          );
    memo.outcomes.set(rule, outcomes);
    result.openBecause = openReason(outcomes);
  }
  memo.findings.set(rule, result);
  return result;
}

/**
 * The tree `evaluate` gives, built only where it is walked, with every node's value. The values
 * are all worked out at once (what `evaluate` records in its `values`), but a node's finding is
 * made only when its parent's `children` is first read. The compact assessment walks only the
 * branches that decided each verdict — a small part of the tree — and a whole tree costs most of
 * an assessment. Each finding made has the same fields with the same values as `evaluate`'s; its
 * `children` are an accessor, which JSON.stringify leaves out: such a tree is walked, never sent
 * (assessCompact).
 */
export function evaluateLazily(rule: Rule, read: FactReader): { finding: Finding; values: PlanValues } {
  const values = valuesOf(rule, read);
  const { plan } = values;
  const context: Lazy = {
    plan,
    facts: values.facts,
    values: values.values,
    outcomes: new Array(plan.nodes.length),
    findings: new Array(plan.nodes.length),
  };
  // The rule is the last node of its plan (children come first).
  return { finding: lazyFinding(plan.nodes.length - 1, context), values };
}

type Lazy = {
  plan: Plan;
  /** The facts the rule reads, as the plan lists its paths. */
  facts: unknown[];
  /** Every node's value, in plan order. */
  values: Truth[];
  /** The outcomes of undetermined nodes, in plan order, once worked out (a settled node's are its value). */
  outcomes: Array<Outcomes | undefined>;
  /** The findings made so far, in plan order. */
  findings: Array<Finding | undefined>;
};

/** As evaluateNode works them out: a leaf's from its value, a node's from its children's. */
function outcomesOfNode(i: number, context: Lazy): Outcomes {
  const value = context.values[i];
  if (value !== 'undetermined') return settledOutcomes(value);
  let outcomes = context.outcomes[i];
  if (outcomes === undefined) {
    const rule = context.plan.nodes[i];
    outcomes =
      rule.kind === 'fact'
        ? leafOutcomes(value)
        : outcomesOf(
            rule,
            context.plan.children[i].map((child) => outcomesOfNode(child, context)),
          );
    context.outcomes[i] = outcomes;
  }
  return outcomes;
}

function lazyFinding(i: number, context: Lazy): Finding {
  let known = context.findings[i];
  if (!known) {
    known = new LazyFinding(i, context);
    context.findings[i] = known;
  }
  return known;
}

/**
 * A finding whose children are made when first read. A class, so that every finding keeps one
 * shape (an accessor added to each object would make each a dictionary). Its fields are those
 * `evaluateNode` writes, with the same values; `children` is read through the prototype.
 */
class LazyFinding implements Finding {
  declare id: string;
  declare kind: Rule['kind'];
  declare label: string;
  declare value: Truth;
  declare openBecause?: OpenReason;
  declare cite?: Citation;
  declare note?: string;
  declare citations?: Citation[];
  declare test?: string;
  declare facts?: FactReading[];
  declare n?: number;
  declare outcome?: Truth;
  /** The node's position in its plan. */
  readonly #at: number;
  readonly #context: Lazy;
  #children: Finding[] | undefined;

  constructor(at: number, context: Lazy) {
    this.#at = at;
    this.#context = context;
    const rule = context.plan.nodes[at];
    const value = context.values[at];
    this.id = rule.id;
    this.kind = rule.kind;
    this.label = rule.label;
    this.value = value;
    if (rule.cite) this.cite = rule.cite;
    if (rule.note) this.note = rule.note;
    describeOnto(rule, this);
    if (rule.kind === 'fact') {
      const { paths, slots } = context.plan;
      this.facts = slots[at].map((slot) => ({ path: paths[slot], value: context.facts[slot] ?? null }));
    }
    if (value === 'undetermined') this.openBecause = openReason(outcomesOfNode(at, context));
  }

  get children(): Finding[] | undefined {
    if (this.kind === 'fact') return undefined;
    this.#children ??= this.#context.plan.children[this.#at].map((child) =>
      lazyFinding(child, this.#context),
    );
    return this.#children;
  }

  /** See `lazyOpenInLaw`. */
  openInLaw(): Rule[] {
    const context = this.#context;
    const { plan, values } = context;
    const found: Rule[] = [];
    const visit = (i: number): void => {
      if (values[i] !== 'undetermined') return;
      const rule = plan.nodes[i];
      if (rule.kind === 'contested' && openReason(outcomesOfNode(i, context)) === 'law') found.push(rule);
      for (const child of plan.children[i]) visit(child);
    };
    visit(this.#at);
    return found;
  }

  /**
   * `decidingFacts` (compare.ts) of this finding, walked over the rules and their values: the same
   * nodes in the same order (the witnesses of each, from its children's values and its own
   * attributes), the same facts, without making a finding for every node on the way — the walk
   * goes down every element of a met conjunction, and making those findings was a fifth of a
   * compact assessment.
   */
  decidingFacts(): FactReading[] {
    const { plan, values, facts } = this.#context;
    const found = new Map<string, FactReading>();
    const visit = (i: number, want: Truth): void => {
      if (values[i] !== want) return;
      const rule = plan.nodes[i];
      if (rule.kind === 'fact') {
        for (const slot of plan.slots[i]) {
          const value = facts[slot] ?? null;
          if (value !== null) found.set(plan.paths[slot], { path: plan.paths[slot], value });
        }
        return;
      }
      const children = plan.children[i];
      const shown = rows[rule.kind].witnesses(
        children.map((child) => values[child]),
        want,
        attributesOf(rule),
      );
      for (const [k, value] of shown) visit(children[k], value);
    };
    if (this.value !== 'undetermined') visit(this.#at, this.value);
    return [...found.values()];
  }
}

/**
 * The contested readings (`contested` rules) open in law that an undetermined finding made by
 * `evaluateLazily` turns on, reached along its undetermined branches, each time a walk of its tree
 * meets one (a shared node as often as it is met), without making the findings on the way;
 * undefined for any other finding.
 */
export function lazyOpenInLaw(finding: Finding): Rule[] | undefined {
  return finding instanceof LazyFinding ? finding.openInLaw() : undefined;
}

/** `decidingFacts` of a finding `evaluateLazily` made, without making the findings below it; undefined for any other finding. */
export function lazyDecidingFacts(finding: Finding): FactReading[] | undefined {
  return finding instanceof LazyFinding ? finding.decidingFacts() : undefined;
}
