// One-fact changes to a case: answering an unknown fact, or changing a known one. Used to find the
// facts that would settle a result or move a case along the continuum. Rules are small, so trying
// every candidate value of every fact a rule reads is cheap.
import { questionFor } from '../facts/questions.js';
import type { Lang } from '../i18n/index.js';
import type { FactReader } from '../law/logic/evaluate.js';
import { candidatesByPath } from '../law/logic/pivotal.js';
import type { Rule } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';

export type Candidates = Map<string, unknown[]>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Candidate values per fact path, merged over several rules (first-read order kept). */
export function candidatesOf(rules: readonly Rule[]): Candidates {
  const merged: Candidates = new Map();
  for (const rule of rules) {
    for (const [path, values] of candidatesByPath(rule)) {
      const known = merged.get(path) ?? [];
      for (const value of values) if (!known.some((k) => same(k, value))) known.push(value);
      merged.set(path, known);
    }
  }
  return merged;
}

/** The facts as they would read with one path set to a value. */
export function withFact(read: FactReader, path: string, value: unknown): FactReader {
  return (p) => (p === path ? value : read(p));
}

export type FactChange = {
  path: string;
  question: string;
  /** The value now (null = unknown). */
  from: unknown;
  to: unknown;
  /** `answer`: an unknown fact becomes known; `change`: a known fact is different. */
  kind: 'answer' | 'change';
};

/**
 * Every single-fact change over the candidates: each unknown fact answered with each candidate
 * value, and each known yes/no observation flipped. Known enumerations (kinds, status, pay) are not
 * swapped for one another: "what if the exploitation had been of another kind" is no near change.
 */
export function* singleChanges(
  candidates: Candidates,
  read: FactReader,
  options: { answersOnly?: boolean; lang?: Lang } = {},
): Generator<FactChange & { read: FactReader }> {
  for (const [path, values] of candidates) {
    const current = read(path);
    const kind = current === undefined ? 'answer' : 'change';
    if (options.answersOnly && kind === 'change') continue;
    if (kind === 'change' && typeof current !== 'boolean') continue;
    for (const value of values) {
      if (same(current, value)) continue;
      yield {
        path,
        question: questionFor(path, options.lang),
        from: current ?? null,
        to: value,
        kind,
        read: withFact(read, path, value),
      };
    }
  }
}

export type Pivotal = { path: string; question: string; settles: Array<{ value: unknown; verdict: Truth }> };

/** For an undetermined result: the unknown facts whose value alone settles it (like law/logic pivotalFacts). */
export function pivotalOf(
  result: (read: FactReader) => Truth,
  candidates: Candidates,
  read: FactReader,
  lang?: Lang,
): Pivotal[] {
  if (result(read) !== 'undetermined') return [];
  const byPath = new Map<string, Pivotal>();
  for (const change of singleChanges(candidates, read, { answersOnly: true, lang })) {
    const verdict = result(change.read);
    if (verdict === 'undetermined') continue;
    const pivot = byPath.get(change.path) ?? { path: change.path, question: change.question, settles: [] };
    pivot.settles.push({ value: change.to, verdict });
    byPath.set(change.path, pivot);
  }
  return [...byPath.values()];
}

/** Agreement over alternatives (reasoning by cases): the common value, or undetermined. */
export function agree(values: readonly Truth[]): Truth {
  if (values.length === 0) return 'undetermined';
  return values.every((v) => v === values[0]) ? values[0] : 'undetermined';
}
