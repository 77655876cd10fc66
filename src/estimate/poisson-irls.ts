// Poisson regression by iteratively reweighted least squares (IRLS), specialised to log-linear
// designs on the subset lattice: cell ω (a bit mask) has design entry 1 for term θ iff θ ⊆ ω.
//
// Why a specialised solver: every entry of the weighted cross-product X'WX is then a sum of weights
// over the cells containing θi ∪ θj, so one superset-sum transform of the weights (t·2^t additions)
// gives the whole matrix. The normal equations are solved by a Cholesky factorisation after
// symmetric diagonal scaling (which removes the dependence on the scale of the weights, the main
// source of ill-conditioning here); rank deficiency is detected on the unweighted design, as R's
// glm does through its pivoted QR, and reported rather than hidden.
//
// Start and stop follow R's glm.fit (mse.md §4.2): μ = y + 0.1, stop when
// |dev − dev_old| / (|dev| + 0.1) < ε; we use a tighter ε so that estimates agree to 1e-8.
import gammaln from '@stdlib/math-base-special-gammaln';

/** Largest change of any linear predictor in the last step for a fit to count as converged. */
const ETA_TOLERANCE = 1e-7;

export type IrlsOptions = {
  /** Relative deviance change at which to stop (R uses 1e-8). */
  tolerance?: number;
  maxIterations?: number;
  /**
   * Give up (converged = false) once some fitted mean has fallen below 1e-9 after this many
   * iterations: the signature of a fit running off to a non-existent MLE. Model searches use it
   * to avoid spending the full iteration budget on such models; the LP then decides.
   */
  boundaryExitAfter?: number;
  /** Fitted means to start from (warm start); defaults to y + 0.1 as in R. */
  start?: ArrayLike<number>;
};

export type LatticeFit = {
  /** Coefficients in the order of `terms` (terms[0] must be 0, the intercept). */
  coefficients: Float64Array;
  /** Fitted means for every cell of the lattice; 0 for inactive cells. */
  mu: Float64Array;
  deviance: number;
  /** Σ (y log μ − μ − log y!) over active cells. */
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  /** Diagonal entry i of (X'WX)⁻¹ at the fitted weights: the unscaled variance of coefficient i.
   * Computed on demand (one triangular solve pair), since searches need at most one or two. */
  variance: (index: number) => number;
  /** Change of each cell's linear predictor in the last iteration (0 for inactive cells). */
  lastStep: Float64Array;
};

export type LatticeFitResult =
  | { ok: true; fit: LatticeFit }
  | { ok: false; reason: 'rank_deficient' | 'diverged' };

const logFactorials: number[] = [0, 0];

/** log y! — memoised for whole counts, which every fit of every replicate asks for again. */
function logFactorial(y: number): number {
  if (!Number.isInteger(y) || y > 100_000) return gammaln(y + 1);
  while (logFactorials.length <= y)
    logFactorials.push(logFactorials[logFactorials.length - 1] + Math.log(logFactorials.length));
  return logFactorials[y];
}

/** In place: a[mask] ← Σ_{sup ⊇ mask} a[sup]. */
export function supersetTransform(a: Float64Array): void {
  const size = a.length;
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let mask = 0; mask < size; mask++) if (!(mask & bit)) a[mask] += a[mask | bit];
  }
}

/** In place: a[mask] ← Σ_{sub ⊆ mask} a[sub]. */
export function subsetTransform(a: Float64Array): void {
  const size = a.length;
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let mask = 0; mask < size; mask++) if (mask & bit) a[mask] += a[mask ^ bit];
  }
}

/**
 * Cholesky of a symmetric positive definite p×p matrix after scaling it to unit diagonal.
 * Returns the scaled factor L (row-major lower) and the scale, or null when a pivot is below
 * `pivotTolerance` relative to 1 (numerically singular).
 */
function scaledCholesky(
  m: Float64Array,
  p: number,
  pivotTolerance: number,
): { factor: Float64Array; scale: Float64Array } | null {
  const scale = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    const d = m[i * p + i];
    if (!(d > 0)) return null;
    scale[i] = 1 / Math.sqrt(d);
  }
  const factor = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i * p + j] * scale[i] * scale[j];
      for (let k = 0; k < j; k++) sum -= factor[i * p + k] * factor[j * p + k];
      if (i === j) {
        if (sum <= pivotTolerance) return null;
        factor[i * p + i] = Math.sqrt(sum);
      } else {
        factor[i * p + j] = sum / factor[j * p + j];
      }
    }
  }
  return { factor, scale };
}

function choleskySolve(
  chol: { factor: Float64Array; scale: Float64Array },
  rhs: Float64Array,
  p: number,
): Float64Array {
  const { factor, scale } = chol;
  const x = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = rhs[i] * scale[i];
    for (let k = 0; k < i; k++) sum -= factor[i * p + k] * x[k];
    x[i] = sum / factor[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let sum = x[i];
    for (let k = i + 1; k < p; k++) sum -= factor[k * p + i] * x[k];
    x[i] = sum / factor[i * p + i];
  }
  for (let i = 0; i < p; i++) x[i] *= scale[i];
  return x;
}

function crossProduct(weights: Float64Array, terms: readonly number[], out: Float64Array): void {
  const p = terms.length;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const v = weights[terms[i] | terms[j]];
      out[i * p + j] = v;
      out[j * p + i] = v;
    }
  }
}

/** Whether the 0/1 design (active cells × terms) has full column rank. */
export function designHasFullRank(active: Uint8Array, terms: readonly number[]): boolean {
  const ones = new Float64Array(active.length);
  for (let mask = 0; mask < active.length; mask++) ones[mask] = active[mask];
  supersetTransform(ones);
  const p = terms.length;
  const m = new Float64Array(p * p);
  crossProduct(ones, terms, m);
  return scaledCholesky(m, p, 1e-10) !== null;
}

function poissonDeviance(y: ArrayLike<number>, mu: Float64Array, active: Uint8Array): number {
  let deviance = 0;
  for (let mask = 0; mask < active.length; mask++) {
    if (!active[mask]) continue;
    const yi = y[mask];
    const mi = mu[mask];
    deviance += yi > 0 ? yi * Math.log(yi / mi) - (yi - mi) : mi;
  }
  return 2 * deviance;
}

/**
 * Fits log μ_ω = Σ_{θ ∈ terms, θ ⊆ ω} β_θ to the counts y over the active cells.
 * `y` and `active` are indexed by cell mask over the whole lattice (length 2^t).
 */
export function fitPoissonLattice(
  y: ArrayLike<number>,
  active: Uint8Array,
  terms: readonly number[],
  options: IrlsOptions = {},
): LatticeFitResult {
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 60;
  const size = active.length;
  const p = terms.length;
  // Rank: with positive weights X'WX has the rank of X'X, so the first factorisation (at μ = y + 0.1
  // or a warm start) decides, with a pivot tolerance far above rounding noise (~1e-15) and far
  // below what the scaled matrices of full-rank designs produce.

  const mu = new Float64Array(size);
  const eta = new Float64Array(size);
  for (let mask = 0; mask < size; mask++) {
    if (!active[mask]) continue;
    mu[mask] = options.start ? options.start[mask] : y[mask] + 0.1;
    if (!(mu[mask] > 0)) mu[mask] = y[mask] + 0.1;
    eta[mask] = Math.log(mu[mask]);
  }
  let deviance = poissonDeviance(y, mu, active);
  const weights = new Float64Array(size);
  const weightedResponse = new Float64Array(size);
  const m = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  const lattice = new Float64Array(size);
  const lastStep = new Float64Array(size);
  let coefficients: Float64Array = new Float64Array(p);
  let chol: ReturnType<typeof scaledCholesky> = null;
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    for (let mask = 0; mask < size; mask++) {
      if (!active[mask]) {
        weights[mask] = 0;
        weightedResponse[mask] = 0;
        continue;
      }
      const w = mu[mask];
      weights[mask] = w;
      weightedResponse[mask] = w * eta[mask] + (y[mask] - w);
    }
    supersetTransform(weights);
    supersetTransform(weightedResponse);
    crossProduct(weights, terms, m);
    for (let i = 0; i < p; i++) rhs[i] = weightedResponse[terms[i]];
    chol = scaledCholesky(m, p, iterations === 1 ? 1e-11 : 1e-14);
    if (!chol) return { ok: false, reason: iterations === 1 ? 'rank_deficient' : 'diverged' };
    coefficients = choleskySolve(chol, rhs, p);
    lattice.fill(0);
    for (let i = 0; i < p; i++) lattice[terms[i]] = coefficients[i];
    subsetTransform(lattice);
    let etaChange = 0;
    for (let mask = 0; mask < size; mask++) {
      if (!active[mask]) continue;
      lastStep[mask] = lattice[mask] - eta[mask];
      etaChange = Math.max(etaChange, Math.abs(lastStep[mask]));
      eta[mask] = lattice[mask];
      mu[mask] = Math.exp(lattice[mask]);
    }
    const previous = deviance;
    deviance = poissonDeviance(y, mu, active);
    if (!Number.isFinite(deviance)) return { ok: false, reason: 'diverged' };
    // R stops on the deviance alone; we also require the linear predictor to have settled, so
    // that small fitted means are accurate and a fit drifting towards a non-existent MLE (where
    // some η decrease by about one per step for ever) is never reported as converged.
    if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < tolerance && etaChange < ETA_TOLERANCE) {
      converged = true;
      break;
    }
    if (options.boundaryExitAfter !== undefined && iterations >= options.boundaryExitAfter) {
      let smallest = Number.POSITIVE_INFINITY;
      for (let mask = 0; mask < size; mask++) if (active[mask] && mu[mask] < smallest) smallest = mu[mask];
      if (smallest < 1e-9) break;
    }
  }
  // Covariance at the final weights (R reports it from the last IRLS weights; the difference at
  // convergence is negligible).
  for (let mask = 0; mask < size; mask++) weights[mask] = active[mask] ? mu[mask] : 0;
  supersetTransform(weights);
  crossProduct(weights, terms, m);
  const finalChol = scaledCholesky(m, p, 1e-300) ?? chol;
  const variance = (index: number): number => {
    if (!finalChol) return Number.NaN;
    const unit = new Float64Array(p);
    unit[index] = 1;
    return choleskySolve(finalChol, unit, p)[index];
  };
  let logLikelihood = 0;
  for (let mask = 0; mask < size; mask++) {
    if (!active[mask]) continue;
    const yi = y[mask];
    logLikelihood += (yi > 0 ? yi * Math.log(mu[mask]) : 0) - mu[mask] - logFactorial(yi);
  }
  return {
    ok: true,
    fit: { coefficients, mu, deviance, logLikelihood, converged, iterations, variance, lastStep },
  };
}
