// Pivotal facts: for an undetermined result, the unknown facts whose value alone would settle it.
// Each unknown fact is tried with each candidate value; only the nodes that read the fact are
// re-evaluated, every other node keeps the value it had.
import { evaluate, type FactReader, type NodeValues } from './evaluate.js';
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

const none: ReadonlySet<Rule> = new Set();

const readersCache = new WeakMap<Rule, Map<string, Set<Rule>>>();

/**
 * Per fact path, the nodes of `rule` that read it (themselves or below): what a change of that fact
 * can reach. Looked up once per fact tried, rather than asking every node visited for the paths
 * below it (cached: rules are immutable).
 */
function readersByPath(rule: Rule): Map<string, Set<Rule>> {
  let readers = readersCache.get(rule);
  if (!readers) {
    const byPath = new Map<string, Set<Rule>>();
    const seen = new Set<Rule>();
    const visit = (node: Rule): void => {
      if (seen.has(node)) return;
      seen.add(node);
      for (const path of pathsBelow(node)) {
        let nodes = byPath.get(path);
        if (!nodes) {
          nodes = new Set();
          byPath.set(path, nodes);
        }
        nodes.add(node);
      }
      for (const child of childrenOf(node)) visit(child);
    };
    visit(rule);
    readers = byPath;
    readersCache.set(rule, readers);
  }
  return readers;
}

/**
 * What a re-evaluation knows: the fact set, its new value, the facts, every node's previous value,
 * and the nodes that read the fact.
 */
type Change = {
  path: string;
  value: unknown;
  read: FactReader;
  values: NodeValues;
  readers: ReadonlySet<Rule>;
};

/** Only the nodes that read the changed fact are evaluated again; every other node keeps its value. */
const withChange: Valuation<Change> = {
  leaf: (leaf, change) =>
    leaf.evaluate(leaf.paths.map((p) => (p === change.path ? change.value : change.read(p)))),
  value: (node, change) =>
    change.readers.has(node) ? combine(node, withChange, change) : (change.values.get(node) as Truth),
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
  values?: NodeValues,
): Pivot[] {
  let nodeValues = values;
  if (!nodeValues) {
    const map = new Map<Rule, Truth>();
    evaluate(rule, read, map);
    nodeValues = map;
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
  const readers = readersByPath(rule);
  for (const [path, candidateValues] of candidates) {
    if (!open.has(path)) continue;
    const settles: Pivot['settles'] = [];
    const change = {
      path,
      value: undefined as unknown,
      read,
      values: nodeValues,
      readers: readers.get(path) ?? none,
    };
    for (const value of candidateValues) {
      change.value = value;
      // The root has no parent: its position is never read.
      const verdict = withChange.value(rule, change, 0);
      if (verdict !== 'undetermined') settles.push({ value, verdict });
    }
    if (settles.length > 0) pivots.push({ path, settles });
  }
  return pivots;
}
