// Evaluation: a rule and a case's facts give a finding tree — each node's value, label, citation,
// the facts it read with their values, and its children. The tree *is* the explanation.
import type { Citation } from './citation.js';
import { childrenOf, combine, describeOnto, outcomesOf, type Valuation } from './kinds.js';
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
