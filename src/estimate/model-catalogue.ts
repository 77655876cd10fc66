// The catalogue of hierarchical models over t lists with interactions up to `maxOrder`, generated
// level by level rather than typed in (mse.md §4.1: 1, 8, 64, 113, 1024, 6212, 6893 and 32,768
// models for (t, maxorder) = (2,1), (3,2), (4,2), (4,3), (5,2), (5,3), (5,4), (6,2)).
//
// A hierarchical model is a down-set of interaction terms: a k-way term may be present only if all
// its (k−1)-way subsets are. So choose any set of pairs; then any set among the triples whose three
// pairs were chosen; and so on. The saturated model (all 2^t − 1 terms) is never included: it has
// as many parameters as there are observable cells plus one, and cannot be identified.
import { type HierarchicalModel, popcount } from './hierarchical-model.js';

function subsetsOfSize(t: number, k: number): number[] {
  const out: number[] = [];
  for (let mask = 1; mask < 1 << t; mask++) if (popcount(mask) === k) out.push(mask);
  return out;
}

/** Whether every (k−1)-subset of `term` of size ≥ 2 is present (`present` indexed by term mask). */
function isBoundaryTerm(term: number, present: Uint8Array): boolean {
  if (popcount(term) <= 2) return true;
  for (let bits = term; bits; bits &= bits - 1) {
    const lowest = bits & -bits;
    if (!present[term ^ lowest]) return false;
  }
  return true;
}

/**
 * Every hierarchical model up to `maxOrder`, in catalogue order: depth first, the terms of each
 * order chosen by the bits of a counter over that order's candidates. One table of present terms
 * and one stack of chosen terms serve the whole walk (undone on the way back): copying them for
 * every branch, through nested generators, made listing the 6,893 models of five lists cost more
 * than fitting them.
 */
export function hierarchicalModels(t: number, maxOrder: number): HierarchicalModel[] {
  const models: HierarchicalModel[] = [];
  const mains = Array.from({ length: t }, (_, i) => 1 << i);
  const full = (1 << t) - 1;
  const top = Math.min(maxOrder, t);
  const present = new Uint8Array(1 << t);
  for (const term of mains) present[term] = 1;
  const chosen: number[] = [];
  const emit = () => {
    if (!present[full]) models.push({ t, terms: [...mains, ...chosen] });
  };
  const level = (k: number): void => {
    if (k > top) {
      emit();
      return;
    }
    const candidates = subsetsOfSize(t, k).filter((term) => isBoundaryTerm(term, present));
    const count = candidates.length;
    const base = chosen.length;
    // Nothing at this order means nothing at higher orders either.
    emit();
    for (let pick = 1; pick < 2 ** count; pick++) {
      for (let c = 0; c < count; c++) {
        if (pick & (1 << c)) {
          chosen.push(candidates[c]);
          present[candidates[c]] = 1;
        }
      }
      level(k + 1);
      for (let i = base; i < chosen.length; i++) present[chosen[i]] = 0;
      chosen.length = base;
    }
  };
  level(2);
  return models;
}

/** The neighbours of a model used by downhill search (mse.md §4.6): add one term whose subsets are
 * all present (order ≤ maxOrder), or remove one interaction generator. */
export function neighbourModels(model: HierarchicalModel, maxOrder: number): HierarchicalModel[] {
  const present = new Uint8Array(1 << model.t);
  for (const term of model.terms) present[term] = 1;
  const out: HierarchicalModel[] = [];
  const full = (1 << model.t) - 1;
  for (let term = 1; term <= full; term++) {
    const order = popcount(term);
    if (order < 2 || order > maxOrder || present[term] || term === full) continue;
    if (isBoundaryTerm(term, present)) {
      out.push({
        t: model.t,
        terms: [...model.terms, term].sort((a, b) => popcount(a) - popcount(b) || a - b),
      });
    }
  }
  for (const term of model.terms) {
    if (popcount(term) < 2) continue;
    const isGenerator = !model.terms.some((other) => other !== term && (other & term) === term);
    if (isGenerator) out.push({ t: model.t, terms: model.terms.filter((x) => x !== term) });
  }
  return out;
}
