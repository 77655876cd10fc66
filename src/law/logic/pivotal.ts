// Pivotal facts: for an undetermined result, the unknown facts whose value alone would settle it.
// Each unknown fact is tried with each candidate value; only the nodes that read the fact are
// re-evaluated, every other node keeps the value it had.
import { evaluate, type FactReader } from './evaluate.js';
import { childrenOf, combine, type Valuation } from './kinds.js';
import type { Rule } from './rule.js';
import type { Truth } from './truth.js';

export type Pivot = { path: string; settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }> };

const readsCache = new WeakMap<Rule, Set<string>>();

/** The fact paths a node reads, itself or below (cached: rules are immutable). */
export function pathsBelow(rule: Rule): Set<string> {
  let paths = readsCache.get(rule);
  if (!paths) {
    paths = new Set(
      rule.kind === 'fact' ? rule.paths : childrenOf(rule).flatMap((child) => [...pathsBelow(child)]),
    );
    readsCache.set(rule, paths);
  }
  return paths;
}

/** Candidate values per path, merged over all the leaves that read it. */
export function candidatesByPath(rule: Rule): Map<string, unknown[]> {
  const byPath = new Map<string, unknown[]>();
  const visit = (node: Rule): void => {
    if (node.kind === 'fact') {
      node.paths.forEach((path, i) => {
        const known = byPath.get(path) ?? [];
        for (const value of node.candidates[i] ?? [true, false]) {
          if (!known.some((k) => JSON.stringify(k) === JSON.stringify(value))) known.push(value);
        }
        byPath.set(path, known);
      });
      return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(rule);
  return byPath;
}

/** What a re-evaluation knows: the fact set, its new value, the facts, every node's previous value. */
type Change = { path: string; value: unknown; read: FactReader; values: Map<Rule, Truth> };

/** Only the nodes that read the changed fact are evaluated again; every other node keeps its value. */
const withChange: Valuation<Change> = {
  leaf: (leaf, change) =>
    leaf.evaluate(leaf.paths.map((p) => (p === change.path ? change.value : change.read(p)))),
  value: (node, change) =>
    pathsBelow(node).has(change.path)
      ? combine(node, withChange, change)
      : (change.values.get(node) as Truth),
};

/**
 * The unknown facts that, set to some value, make an undetermined rule met or not_met. Returns []
 * when the rule is already determined. Ordered as `candidates` lists them (the order the rule reads
 * them). `values`, when given, holds every node's value from a previous `evaluate` with `read`.
 */
export function pivotalFacts(
  rule: Rule,
  read: FactReader,
  candidates = candidatesByPath(rule),
  values?: Map<Rule, Truth>,
): Pivot[] {
  let nodeValues = values;
  if (!nodeValues) {
    nodeValues = new Map();
    evaluate(rule, read, nodeValues);
  }
  if (nodeValues.get(rule) !== 'undetermined') return [];
  // Leaves are monotone: a determined leaf stays as it is whatever its unknown facts turn out to be,
  // so only the unknown facts of undetermined leaves (and of exceptions read only where shown) can matter.
  const open = new Set<string>();
  for (const [node, value] of nodeValues) {
    if (node.kind !== 'fact' || (value !== 'undetermined' && !node.defeasible)) continue;
    for (const path of node.paths) if (read(path) === undefined) open.add(path);
  }
  const pivots: Pivot[] = [];
  for (const [path, candidateValues] of candidates) {
    if (!open.has(path)) continue;
    const settles: Pivot['settles'] = [];
    for (const value of candidateValues) {
      const verdict = withChange.value(rule, { path, value, read, values: nodeValues });
      if (verdict !== 'undetermined') settles.push({ value, verdict });
    }
    if (settles.length > 0) pivots.push({ path, settles });
  }
  return pivots;
}
