// Forward stepwise selection of pairwise interactions with a one-sided Poisson p-value threshold
// (Chan, Silverman & Vincent 2021 §3.2; mse.md §4.4). Default threshold 0.02, the value their
// simulation study found best.
import poissonCdf from '@stdlib/stats-base-dists-poisson-cdf';
import { fitIfAdmissible } from './admissible-fit.js';
import type { ExistenceChecker } from './existence.js';
import { allPairs, type HierarchicalModel, hasTerm, mainEffects, withTerm } from './hierarchical-model.js';
import type { ModelFit, PreparedTable } from './loglinear-fit.js';

export const DEFAULT_P_THRESHOLD = 0.02;

export type StepCandidate = {
  pair: number;
  /** N*_ij and λ* under the current model. */
  observed: number;
  expected: number;
  pValue: number;
  /** Checked only for candidates that could be chosen; unchecked ones are left undefined. */
  admissible?: boolean;
};
export type Step = { candidates: StepCandidate[]; added: number | null };
export type StepwiseResult = { fit: ModelFit; steps: Step[] };

/** p = min(P(X ≤ N*), P(X ≥ N*)) for X ~ Poisson(λ*): one-sided in the observed direction. */
export function oneSidedPoissonP(observed: number, expected: number): number {
  const lower = poissonCdf(observed, expected);
  const upper = observed <= 0 ? 1 : 1 - poissonCdf(observed - 1, expected);
  return Math.min(lower, upper);
}

function pairsInOrder(t: number): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < t; i++) for (let j = i + 1; j < t; j++) pairs.push((1 << i) | (1 << j));
  return pairs;
}

/** Returns null when not even the main-effects model can be fitted. */
export function stepwiseSelect(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  threshold = DEFAULT_P_THRESHOLD,
): StepwiseResult | null {
  const start = fitIfAdmissible(prepared, mainEffects(prepared.t), checker);
  if (!start) return null;
  if (threshold <= 0) return { fit: start, steps: [] };
  if (threshold >= 1) {
    const saturatedPairs = fitIfAdmissible(prepared, allPairs(prepared.t), checker);
    if (saturatedPairs) return { fit: saturatedPairs, steps: [] };
  }
  const steps: Step[] = [];
  let current = start;
  const pairs = pairsInOrder(prepared.t);
  for (;;) {
    const candidates: StepCandidate[] = [];
    for (const pair of pairs) {
      if (hasTerm(current.model, pair)) continue;
      let expected = 0;
      for (let mask = 1; mask < current.mu.length; mask++)
        if ((mask & pair) === pair) expected += current.mu[mask];
      const observed = prepared.nstar[pair];
      candidates.push({ pair, observed, expected, pValue: oneSidedPoissonP(observed, expected) });
    }
    // The reference gives inadmissible candidates p = 1 and takes the smallest p (ties: first
    // pair). Visiting candidates in that order and stopping at the first admissible one selects the
    // same pair while fitting only what is needed; the fit found is the next model.
    const order = candidates
      .map((c, index) => ({ c, index }))
      .sort((a, b) => a.c.pValue - b.c.pValue || a.index - b.index);
    let next: ModelFit | null = null;
    for (const { c } of order) {
      if (c.pValue >= threshold) break;
      next = fitIfAdmissible(prepared, withTerm(current.model, c.pair), checker, current.mu);
      c.admissible = next !== null;
      if (!next) {
        c.pValue = 1;
        continue;
      }
      steps.push({ candidates, added: c.pair });
      break;
    }
    if (!next) {
      steps.push({ candidates, added: null });
      return { fit: current, steps };
    }
    current = next;
  }
}

export function isMainEffects(model: HierarchicalModel): boolean {
  return model.terms.length === model.t;
}
