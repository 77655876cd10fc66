// A rule laid out for evaluation: its nodes in the order they are valued (children before their
// parent, a node shared by several parents once), each node's children and a leaf's facts as
// positions, worked out once per rule. Valuing every node is then one pass over arrays, without
// looking a node up, and so is valuing again, with one fact changed, the nodes that read it (the
// pivotal-fact search). The values are the table of kinds' (kinds.ts), as every evaluator's are.
import { childrenOf, rows, type Valuation } from './kinds.js';
import type { Rule } from './rule.js';
import type { Truth } from './truth.js';

/** Reads the value at a dotted path; absent anywhere on the way → undefined (unknown). */
export type FactReader = (path: string) => unknown;

export type Plan = {
  /** The nodes in the order they are valued; the rule itself is the last. */
  nodes: Rule[];
  /** Each node's children, as positions in `nodes`. */
  children: number[][];
  index: Map<Rule, number>;
  /** The fact paths the rule reads, each once, and each one's position there. */
  paths: string[];
  slotOf: Map<string, number>;
  /** For each leaf, the positions of its paths in `paths` (for other nodes, none). */
  slots: number[][];
  /** Each node's row of the table of kinds. */
  rows: Array<(typeof rows)[Rule['kind']]>;
  /** Per fact (position in `paths`), the nodes that read it, themselves or below, in plan order (made when first asked for). */
  readers?: number[][];
};

const plans = new WeakMap<Rule, Plan>();

/** The plan of a rule (made once: rules are immutable). */
export function planOf(rule: Rule): Plan {
  let plan = plans.get(rule);
  if (!plan) {
    const nodes: Rule[] = [];
    const children: number[][] = [];
    const index = new Map<Rule, number>();
    const paths: string[] = [];
    const slots: number[][] = [];
    const slotOf = new Map<string, number>();
    const slot = (path: string): number => {
      let at = slotOf.get(path);
      if (at === undefined) {
        at = paths.push(path) - 1;
        slotOf.set(path, at);
      }
      return at;
    };
    const visit = (node: Rule): number => {
      const known = index.get(node);
      if (known !== undefined) return known;
      const below = childrenOf(node).map(visit);
      index.set(node, nodes.length);
      nodes.push(node);
      children.push(below);
      slots.push(node.kind === 'fact' ? node.paths.map(slot) : []);
      return nodes.length - 1;
    };
    visit(rule);
    plan = { nodes, children, index, paths, slotOf, slots, rows: nodes.map((node) => rows[node.kind]) };
    plans.set(rule, plan);
  }
  return plan;
}

/** Per fact, the nodes that read it (see `Plan.readers`). */
function readersOf(plan: Plan): number[][] {
  if (!plan.readers) {
    const readers: number[][] = plan.paths.map(() => []);
    // The facts read at or below each node; children come first, so theirs are known.
    const below: Array<Set<number>> = [];
    plan.nodes.forEach((_, i) => {
      const reads = new Set(plan.slots[i]);
      for (const child of plan.children[i]) for (const slot of below[child]) reads.add(slot);
      below.push(reads);
      for (const slot of reads) readers[slot].push(i);
    });
    plan.readers = readers;
  }
  return plan.readers;
}

/**
 * The values of a plan's nodes, in its order, with the facts they were valued on: read by rule, or
 * iterated (each node once, with its value).
 */
export class PlanValues {
  constructor(
    readonly plan: Plan,
    /** The facts the rule reads, as the plan lists its paths. */
    readonly facts: unknown[],
    readonly values: Truth[],
  ) {}

  get(rule: Rule): Truth | undefined {
    const i = this.plan.index.get(rule);
    return i === undefined ? undefined : this.values[i];
  }

  *[Symbol.iterator](): Iterator<[Rule, Truth]> {
    const { nodes } = this.plan;
    for (let i = 0; i < nodes.length; i++) yield [nodes[i], this.values[i]];
  }
}

/**
 * While a plan is valued: the facts its rule reads (in the plan's order), the values so far, and
 * the node being valued (its children, or a leaf's paths, as positions).
 */
type PlanRun = { facts: unknown[]; values: Truth[]; children: number[]; slots: number[] };

/** Leaves from the facts; a child's value from the array, by its position among its parent's children. */
const fromPlan: Valuation<PlanRun> = {
  leaf: (leaf, run) => {
    const { slots, facts } = run;
    const read: unknown[] = new Array(slots.length);
    for (let i = 0; i < slots.length; i++) read[i] = facts[slots[i]];
    return leaf.evaluate(read);
  },
  value: (_rule, run, position) => run.values[run.children[position]],
};

/** Values the nodes at `order` (positions, children before parents; null: every node) into `run.values`. */
function valueNodes(plan: Plan, run: PlanRun, order: readonly number[] | null): void {
  const { nodes, children, slots, rows: row } = plan;
  const n = order ? order.length : nodes.length;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k] : k;
    run.children = children[i];
    run.slots = slots[i];
    run.values[i] = row[i].combine(nodes[i], fromPlan, run);
  }
}

/** Every node's value, in one pass over the rule's plan, each fact read once. */
export function valuesOf(rule: Rule, read: FactReader): PlanValues {
  const plan = planOf(rule);
  const facts = plan.paths.map(read);
  const run: PlanRun = { facts, values: new Array(plan.nodes.length), children: [], slots: [] };
  valueNodes(plan, run, null);
  return new PlanValues(plan, facts, run.values);
}

/**
 * The rule's value with the fact at `path` set to each of `candidates` in turn, every other fact as
 * it was: only the nodes that read it are valued again, the others keep their values.
 */
export function valuesWith(values: PlanValues, path: string, candidates: readonly unknown[]): Truth[] {
  const { plan } = values;
  const slot = plan.slotOf.get(path);
  const root = plan.nodes.length - 1;
  if (slot === undefined) return candidates.map(() => values.values[root]);
  const order = readersOf(plan)[slot];
  // Valued in place, and put back as they were after.
  const run: PlanRun = { facts: values.facts, values: values.values, children: [], slots: [] };
  const fact = values.facts[slot];
  const before = order.map((i) => values.values[i]);
  try {
    return candidates.map((candidate) => {
      run.facts[slot] = candidate;
      valueNodes(plan, run, order);
      return run.values[root];
    });
  } finally {
    values.facts[slot] = fact;
    order.forEach((i, k) => {
      values.values[i] = before[k];
    });
  }
}
