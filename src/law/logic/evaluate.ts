// Evaluation: a rule and a case's facts give a finding tree — each node's value, label, citation,
// the facts it read with their values, and its children. The tree *is* the explanation.
import type { Citation } from './citation.js';
import { childrenOf, combine, describeOnto, type Valuation } from './kinds.js';
import type { Rule } from './rule.js';
import type { Truth } from './truth.js';

export type FactReading = { path: string; value: unknown };

export type Finding = {
  id: string;
  kind: Rule['kind'];
  label: string;
  value: Truth;
  cite?: Citation;
  note?: string;
  /** For fact leaves: how the facts are tested and what they were (null = unknown). */
  test?: string;
  facts?: FactReading[];
  /** For atLeast: how many children are needed. */
  n?: number;
  /** For unless: which outcome the exception forces. */
  outcome?: Truth;
  children?: Finding[];
};

/** Reads the value at a dotted path; absent anywhere on the way → undefined (unknown). */
export type FactReader = (path: string) => unknown;

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
  const memo: Memo = { read, findings: new Map() };
  const result = evaluateNode(rule, memo);
  if (values) for (const [node, found] of memo.findings) values.set(node, found.value);
  return result;
}

type Memo = { read: FactReader; findings: Map<Rule, Finding> };

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
  memo.findings.set(rule, result);
  return result;
}
