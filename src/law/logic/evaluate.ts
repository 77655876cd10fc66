// Evaluation: a rule and a case's facts give a finding tree — each node's value, label, citation,
// the facts it read with their values, and its children. The tree *is* the explanation.
import type { Citation } from './citation.js';
import type { Rule } from './rule.js';
import { and, atLeastOf, negate, or, type Truth } from './truth.js';

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
  switch (rule.kind) {
    case 'fact':
      return rule.evaluate(rule.paths.map(read));
    case 'all': {
      let result: Truth = 'met';
      for (const child of rule.children) {
        const value = truthOf(child, read);
        if (value === 'not_met') return 'not_met';
        if (value === 'undetermined') result = 'undetermined';
      }
      return result;
    }
    case 'any': {
      let result: Truth = 'not_met';
      for (const child of rule.children) {
        const value = truthOf(child, read);
        if (value === 'met') return 'met';
        if (value === 'undetermined') result = 'undetermined';
      }
      return result;
    }
    case 'not':
      return negate(truthOf(rule.child, read));
    case 'atLeast':
      return atLeastOf(
        rule.n,
        rule.children.map((child) => truthOf(child, read)),
      );
    case 'unless':
      return combineUnless(truthOf(rule.base, read), truthOf(rule.exception, read), rule.outcome);
  }
}

/** The exception applies → its outcome; does not apply → the base; unknown → settled only if both agree. */
export function combineUnless(base: Truth, exception: Truth, outcome: Truth): Truth {
  if (exception === 'met') return outcome;
  if (exception === 'not_met') return base;
  return base === outcome ? outcome : 'undetermined';
}

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
  const memo = new Map<Rule, Finding>();
  const result = evaluateNode(rule, read, memo);
  if (values) for (const [node, found] of memo) values.set(node, found.value);
  return result;
}

function evaluateNode(rule: Rule, read: FactReader, memo: Map<Rule, Finding>): Finding {
  const known = memo.get(rule);
  if (known) return known;
  let result: Finding;
  switch (rule.kind) {
    case 'fact': {
      const factValues = rule.paths.map(read);
      result = finding(rule, rule.evaluate(factValues));
      result.test = rule.test;
      result.facts = rule.paths.map((path, i) => ({ path, value: factValues[i] ?? null }));
      break;
    }
    case 'all':
    case 'any': {
      const children = rule.children.map((child) => evaluateNode(child, read, memo));
      const childValues = children.map((child) => child.value);
      result = finding(rule, rule.kind === 'all' ? and(childValues) : or(childValues));
      result.children = children;
      break;
    }
    case 'atLeast': {
      const children = rule.children.map((child) => evaluateNode(child, read, memo));
      result = finding(
        rule,
        atLeastOf(
          rule.n,
          children.map((child) => child.value),
        ),
      );
      result.n = rule.n;
      result.children = children;
      break;
    }
    case 'not': {
      const child = evaluateNode(rule.child, read, memo);
      result = finding(rule, negate(child.value));
      result.children = [child];
      break;
    }
    case 'unless': {
      const base = evaluateNode(rule.base, read, memo);
      const exception = evaluateNode(rule.exception, read, memo);
      result = finding(rule, combineUnless(base.value, exception.value, rule.outcome));
      result.outcome = rule.outcome;
      result.children = [base, exception];
      break;
    }
  }
  memo.set(rule, result);
  return result;
}
