// Fitting one hierarchical log-linear model to a capture table (mse.md §4.2).
//
// The 2^t − 1 observable cells are Poisson; N̂ = n + exp(α̂_∅), the intercept being the log of the
// expected count in the unobservable all-zero cell. A term whose sufficient statistic N*_θ is zero
// has extended MLE −∞: it is fixed there by deleting every cell that contains it (their fitted
// value is 0) and fitting the remaining terms to the remaining cells. AIC and BIC count every term
// of the model, those at −∞ and the intercept included, and BIC uses n = people observed
// (Rcapture's convention, which MultipleSystemsEstimation follows).
import gammaln from '@stdlib/math-base-special-gammaln';
import { type CaptureTable, observedTotal, supersetSums } from './capture-table.js';
import type { HierarchicalModel } from './hierarchical-model.js';
import { fitPoissonLattice, type IrlsOptions } from './poisson-irls.js';

/** A capture table with the quantities every fit needs, computed once. */
export type PreparedTable = {
  readonly t: number;
  readonly lists: readonly string[];
  /** Counts by cell mask, length 2^t; y[0] = 0. */
  readonly y: Float64Array;
  /** N*_θ by term mask. */
  readonly nstar: Float64Array;
  readonly n: number;
  /** Σ (y log y − y − log y!): the largest log-likelihood any Poisson model can reach. */
  readonly saturatedLogLikelihood: number;
};

export function prepareTable(table: CaptureTable): PreparedTable {
  return prepareCounts(table.lists, table.counts);
}

export function prepareCounts(lists: readonly string[], counts: ArrayLike<number>): PreparedTable {
  const y = new Float64Array(counts.length);
  for (let mask = 1; mask < counts.length; mask++) y[mask] = counts[mask];
  y[0] = 0;
  let saturatedLogLikelihood = 0;
  for (const count of y)
    if (count > 0) saturatedLogLikelihood += count * Math.log(count) - count - gammaln(count + 1);
  return {
    t: lists.length,
    lists,
    y,
    nstar: supersetSums(Array.from(y)),
    n: observedTotal({ lists, counts: Array.from(y) }),
    saturatedLogLikelihood,
  };
}

export type ModelFit = {
  readonly model: HierarchicalModel;
  /** N̂ = n + exp(α̂_∅). */
  readonly abundance: number;
  readonly intercept: number;
  readonly interceptVariance: number;
  /** Rcapture's delta-method standard error of N̂: sqrt(e^b0 + e^{2 b0} Var b0). */
  readonly standardError: number;
  readonly logLikelihood: number;
  readonly deviance: number;
  /** Terms of the model, intercept and −∞ terms included. */
  readonly parameterCount: number;
  readonly aic: number;
  readonly bic: number;
  /** Terms fixed at −∞ because nobody is on all their lists at once. */
  readonly infiniteTerms: readonly number[];
  /** Terms actually estimated (intercept = 0 first), with their coefficients and variances. */
  readonly fittedTerms: readonly number[];
  /** Cells kept in the fit (1) or deleted with a −∞ term (0), by mask. */
  readonly active: Uint8Array;
  readonly coefficients: Float64Array;
  /** Unscaled variance of the i-th fitted coefficient (order of fittedTerms). */
  readonly variance: (index: number) => number;
  /** Last IRLS change of each cell's linear predictor (see admissible-fit.ts). */
  readonly lastStep: Float64Array;
  readonly iterations: number;
  /** Fitted cell means by mask (0 for deleted cells and the all-zero cell). */
  readonly mu: Float64Array;
  readonly converged: boolean;
};

export type FitFailure = { ok: false; reason: 'rank_deficient' | 'diverged' };
export type FitResult = { ok: true; fit: ModelFit } | FitFailure;

/** Which terms go to −∞ and which cells remain, for a model on a table. */
export function boundaryStructure(
  prepared: PreparedTable,
  model: HierarchicalModel,
): { infiniteTerms: number[]; fittedTerms: number[]; active: Uint8Array } {
  const size = 1 << prepared.t;
  const infiniteTerms = model.terms.filter((term) => prepared.nstar[term] === 0);
  const fittedTerms = [0, ...model.terms.filter((term) => prepared.nstar[term] !== 0)];
  const active = new Uint8Array(size);
  active.fill(1, 1);
  for (const term of infiniteTerms)
    for (let mask = term; mask < size; mask++) if ((mask & term) === term) active[mask] = 0;
  return { infiniteTerms, fittedTerms, active };
}

export function fitModel(
  prepared: PreparedTable,
  model: HierarchicalModel,
  options: IrlsOptions = {},
): FitResult {
  const { infiniteTerms, fittedTerms, active } = boundaryStructure(prepared, model);
  const result = fitPoissonLattice(prepared.y, active, fittedTerms, options);
  if (!result.ok) return result;
  const { fit } = result;
  const intercept = fit.coefficients[0];
  const interceptVariance = fit.variance(0);
  const dark = Math.exp(intercept);
  const parameterCount = model.terms.length + 1 + (options.extraColumns?.length ?? 0);
  return {
    ok: true,
    fit: {
      model,
      abundance: prepared.n + dark,
      intercept,
      interceptVariance,
      standardError: Math.sqrt(dark + dark * dark * interceptVariance),
      logLikelihood: fit.logLikelihood,
      deviance: fit.deviance,
      parameterCount,
      aic: 2 * parameterCount - 2 * fit.logLikelihood,
      bic: parameterCount * Math.log(prepared.n) - 2 * fit.logLikelihood,
      infiniteTerms,
      fittedTerms,
      active,
      coefficients: fit.coefficients,
      variance: fit.variance,
      lastStep: fit.lastStep,
      iterations: fit.iterations,
      mu: fit.mu,
      converged: fit.converged,
    },
  };
}

/** Coefficient and its Wald standard error for one term (−∞ terms: −∞ and +∞). */
export function termEstimate(fit: ModelFit, term: number): { estimate: number; standardError: number } {
  const index = fit.fittedTerms.indexOf(term);
  if (index < 0) return { estimate: Number.NEGATIVE_INFINITY, standardError: Number.POSITIVE_INFINITY };
  return { estimate: fit.coefficients[index], standardError: Math.sqrt(fit.variance(index)) };
}
