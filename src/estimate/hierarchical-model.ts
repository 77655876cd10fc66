// Hierarchical log-linear models over t lists. A model is the set of its non-empty terms (bit
// masks: {1,2} = lists 1 and 2 interact); hierarchical means every subset of a term is a term
// too, so a model is named by its maximal terms, its generators: `[12,13,3]` (mse.md §4.1).
import type { Problem } from '../facts/problems.js';
import type { Result } from './capture-table.js';

export type HierarchicalModel = {
  readonly t: number;
  /** All non-empty terms, ordered by size then mask; the intercept (∅) is implicit. */
  readonly terms: readonly number[];
};

export function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

function byOrderThenMask(a: number, b: number): number {
  return popcount(a) - popcount(b) || a - b;
}

/** Every non-empty subset of every generator, plus all main effects. */
export function modelFromGenerators(t: number, generators: readonly number[]): HierarchicalModel {
  const terms = new Set<number>();
  for (let i = 0; i < t; i++) terms.add(1 << i);
  for (const g of generators) {
    // Enumerate the non-empty submasks of g.
    for (let sub = g; sub; sub = (sub - 1) & g) terms.add(sub);
  }
  return { t, terms: [...terms].sort(byOrderThenMask) };
}

export function mainEffects(t: number): HierarchicalModel {
  return modelFromGenerators(t, []);
}

/** All pairwise interactions (the usual upper bound of stepwise searches). */
export function allPairs(t: number): HierarchicalModel {
  const pairs: number[] = [];
  for (let i = 0; i < t; i++) for (let j = i + 1; j < t; j++) pairs.push((1 << i) | (1 << j));
  return modelFromGenerators(t, pairs);
}

export function hasTerm(model: HierarchicalModel, term: number): boolean {
  return model.terms.includes(term);
}

/** Maximal terms: those contained in no other term of the model. */
export function generatorsOf(model: HierarchicalModel): number[] {
  return model.terms.filter((a) => !model.terms.some((b) => b !== a && (a & b) === a));
}

export function withTerm(model: HierarchicalModel, term: number): HierarchicalModel {
  return modelFromGenerators(model.t, [...generatorsOf(model), term]);
}

/** The model without one of its generators (its proper subsets stay). */
export function withoutGenerator(model: HierarchicalModel, generator: number): HierarchicalModel {
  return { t: model.t, terms: model.terms.filter((term) => term !== generator) };
}

function termDigits(term: number, t: number): string {
  let s = '';
  for (let i = 0; i < t; i++) if (term & (1 << i)) s += String(i + 1);
  return s;
}

/**
 * The reference packages' notation: interaction generators in lexicographic order of their digit
 * strings, then the main effects not covered by any interaction, e.g. `[123,25,34]`, `[15,2,3,4]`.
 */
export function formatModel(model: HierarchicalModel): string {
  const generators = generatorsOf(model);
  const interactions = generators
    .filter((g) => popcount(g) > 1)
    .map((g) => termDigits(g, model.t))
    .sort();
  const singles = generators
    .filter((g) => popcount(g) === 1)
    .sort((a, b) => a - b)
    .map((g) => termDigits(g, model.t));
  return `[${[...interactions, ...singles].join(',')}]`;
}

/** Names of a model's interactions with list names, e.g. `LA:NG, PF:NCA`. */
export function describeInteractions(model: HierarchicalModel, lists: readonly string[]): string[] {
  return model.terms
    .filter((term) => popcount(term) > 1)
    .map((term) => lists.filter((_, i) => term & (1 << i)).join(':'));
}

export function parseModel(t: number, text: string): Result<HierarchicalModel> {
  const problem = (message: string): Result<HierarchicalModel> => ({
    ok: false,
    problems: [
      {
        path: 'model',
        code: 'invalid_model',
        message,
        expected: 'e.g. [12,13,3]',
        found: text,
      } satisfies Problem,
    ],
  });
  const match = /^\s*\[(.*)\]\s*$/.exec(text);
  if (!match) return problem('a model is written as its generators in brackets');
  const generators: number[] = [];
  for (const part of match[1].split(',').map((s) => s.trim())) {
    if (part === '') continue;
    if (!/^[1-9]+$/.test(part)) return problem(`"${part}" is not a set of list numbers`);
    let mask = 0;
    for (const digit of part) {
      const list = Number(digit);
      if (!Number.isInteger(list) || list < 1 || list > t)
        return problem(`list ${digit} does not exist (t = ${t})`);
      mask |= 1 << (list - 1);
    }
    generators.push(mask);
  }
  return { ok: true, value: modelFromGenerators(t, generators) };
}

export function modelKey(model: HierarchicalModel): string {
  return model.terms.join(',');
}
