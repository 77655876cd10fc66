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

function common(rule: Rule, value: Truth): Finding {
  const finding: Finding = { id: rule.id, kind: rule.kind, label: rule.label, value };
  if (rule.cite) finding.cite = rule.cite;
  if (rule.note) finding.note = rule.note;
  return finding;
}

/** The full finding tree. */
export function evaluate(rule: Rule, read: FactReader): Finding {
  switch (rule.kind) {
    case 'fact': {
      const values = rule.paths.map(read);
      const finding = common(rule, rule.evaluate(values));
      finding.test = rule.test;
      finding.facts = rule.paths.map((path, i) => ({ path, value: values[i] ?? null }));
      return finding;
    }
    case 'all':
    case 'any': {
      const children = rule.children.map((child) => evaluate(child, read));
      const values = children.map((child) => child.value);
      return { ...common(rule, rule.kind === 'all' ? and(values) : or(values)), children };
    }
    case 'atLeast': {
      const children = rule.children.map((child) => evaluate(child, read));
      return {
        ...common(
          rule,
          atLeastOf(
            rule.n,
            children.map((child) => child.value),
          ),
        ),
        n: rule.n,
        children,
      };
    }
    case 'not': {
      const child = evaluate(rule.child, read);
      return { ...common(rule, negate(child.value)), children: [child] };
    }
    case 'unless': {
      const base = evaluate(rule.base, read);
      const exception = evaluate(rule.exception, read);
      return {
        ...common(rule, combineUnless(base.value, exception.value, rule.outcome)),
        outcome: rule.outcome,
        children: [base, exception],
      };
    }
  }
}
