// Rcapture's multinomial profile-likelihood interval for N (Cormack 1992; mse.md §5).
//
// For a trial N, the unobserved cell gets the count n0 = N − n and is fitted together with the
// observed cells (its log mean is the intercept alone). The multinomial log-likelihood of N is then
// −deviance/2 + c(N) with c = log(n0^n0 · N! / (N^N · n0!)), which turns the Poisson deviance of the
// completed table into the multinomial likelihood of the observed one. We evaluate c exactly with
// log-gamma (Rcapture uses Stirling's form for N > 100; the two differ by O(1/n0)).
// The interval is {N : loglik(N) ≥ max − χ²₁(1 − α)/2}; the lower limit is n when the likelihood
// never drops that far below the maximum, and the upper limit is +∞ when it has not dropped by 3 N̂.
import gammaln from '@stdlib/math-base-special-gammaln';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import type { HierarchicalModel } from './hierarchical-model.js';
import { boundaryStructure, type PreparedTable } from './loglinear-fit.js';
import { fitPoissonLattice } from './poisson-irls.js';

export type ProfileInterval = {
  /** The maximiser of the profile likelihood (Rcapture reports it as the point estimate). */
  estimate: number;
  lower: number;
  /** +∞ when the likelihood has not fallen far enough by 3 N̂. */
  upper: number;
  level: number;
};

function cormackCorrection(n0: number, total: number): number {
  const xlogx = n0 > 0 ? n0 * Math.log(n0) : 0;
  return xlogx + gammaln(total + 1) - total * Math.log(total) - gammaln(n0 + 1);
}

/**
 * A profile log-likelihood function of N for one model; null if the model cannot be fitted. Its
 * value at N never depends on where it was evaluated before: every fit starts from the fit at
 * N = 2n (or, failing that, from R's default start), never from the last one. A fit at N = n
 * leaves the unobserved cell's mean near 0, and starting the next fit there made IRLS overflow,
 * which the search for the lower limit took for a crossing (issue 14).
 */
export function profileLogLikelihood(
  prepared: PreparedTable,
  model: HierarchicalModel,
): ((total: number) => number) | null {
  const { fittedTerms, active } = boundaryStructure(prepared, model);
  const completed = new Uint8Array(active);
  completed[0] = 1;
  const y = Float64Array.from(prepared.y);
  const fitAt = (total: number, start?: Float64Array) => {
    y[0] = Math.max(total - prepared.n, 0);
    const warm = start ? fitPoissonLattice(y, completed, fittedTerms, { start }) : null;
    if (warm?.ok && warm.fit.converged) return warm.fit;
    const cold = fitPoissonLattice(y, completed, fittedTerms, { maxIterations: 200 });
    return cold.ok && cold.fit.converged ? cold.fit : null;
  };
  const reference = fitAt(prepared.n * 2);
  if (!reference) return null;
  const start = reference.mu;
  return (total: number): number => {
    const fit = fitAt(total, start);
    if (!fit) return Number.NaN;
    return -fit.deviance / 2 + cormackCorrection(Math.max(total - prepared.n, 0), total);
  };
}

const GOLDEN = (3 - Math.sqrt(5)) / 2;

/** Golden-section search for the maximum of a unimodal function on [a, b]. */
function maximise(f: (x: number) => number, a: number, b: number, tolerance: number): number {
  let x1 = a + GOLDEN * (b - a);
  let x2 = b - GOLDEN * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  while (b - a > tolerance) {
    if (f1 < f2) {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = b - GOLDEN * (b - a);
      f2 = f(x2);
    } else {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = a + GOLDEN * (b - a);
      f1 = f(x1);
    }
  }
  return (a + b) / 2;
}

/** Bisection for g(x) = 0 given g(a), g(b) of opposite signs; NaN if g cannot be evaluated. */
function bisect(g: (x: number) => number, a: number, b: number, tolerance: number): number {
  let ga = g(a);
  while (b - a > tolerance) {
    const mid = (a + b) / 2;
    const gm = g(mid);
    if (Number.isNaN(gm)) return Number.NaN;
    if (gm === 0) return mid;
    if (Math.sign(gm) === Math.sign(ga)) {
      a = mid;
      ga = gm;
    } else {
      b = mid;
    }
  }
  return (a + b) / 2;
}

/**
 * The interval at `level` (e.g. 0.95) around the Poisson estimate `poissonEstimate` of the model,
 * searched as Rcapture does: maximum on (n, 1.5 N̂), limits on (n, N_max) and (N_max, 3 N̂).
 */
export function profileInterval(
  prepared: PreparedTable,
  model: HierarchicalModel,
  poissonEstimate: number,
  level = 0.95,
): ProfileInterval | null {
  const loglik = profileLogLikelihood(prepared, model);
  if (!loglik) return null;
  const n = prepared.n;
  const tolerance = 1e-6 * Math.max(poissonEstimate, 1);
  const estimate = maximise(loglik, n, Math.max(1.5 * poissonEstimate, n + 1), tolerance);
  const target = loglik(estimate) - chisquareQuantile(level, 1) / 2;
  const g = (total: number) => loglik(total) - target;
  if (!Number.isFinite(target)) return null;
  const lower = g(n) >= 0 ? n : bisect(g, n, estimate, tolerance);
  const top = 3 * poissonEstimate;
  const upper = g(top) >= 0 ? Number.POSITIVE_INFINITY : bisect(g, estimate, top, tolerance);
  if (Number.isNaN(lower) || Number.isNaN(upper)) return null;
  return { estimate, lower, upper, level };
}
