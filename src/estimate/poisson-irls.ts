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
  /**
   * Extra design columns beyond the lattice terms, each a value per cell mask — e.g. Rcapture's
   * heterogeneity columns (Darroch k²/2) or an indicator of one history. Their coefficients follow
   * the term coefficients.
   */
  extraColumns?: readonly Float64Array[];
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

// Both transforms visit, for each bit, the masks without it block by block (the lower half of each
// run of 2·bit masks) rather than testing every mask: the same additions, without the branch that
// made them a fifth of every IRLS iteration.

/** In place: a[mask] ← Σ_{sup ⊇ mask} a[sup]. */
export function supersetTransform(a: Float64Array): void {
  const size = a.length;
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let base = 0; base < size; base += bit << 1) {
      for (let mask = base, end = base + bit; mask < end; mask++) a[mask] += a[mask + bit];
    }
  }
}

/** In place: a[mask] ← Σ_{sub ⊆ mask} a[sub]. */
export function subsetTransform(a: Float64Array): void {
  const size = a.length;
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let base = 0; base < size; base += bit << 1) {
      for (let mask = base, end = base + bit; mask < end; mask++) a[mask + bit] += a[mask];
    }
  }
}

/**
 * Cholesky of a symmetric positive definite p×p matrix after scaling it to unit diagonal, written
 * into `factor` (row-major lower L) and `scale`. False when a pivot is below `pivotTolerance`
 * relative to 1 (numerically singular).
 */
function scaledCholesky(
  m: Float64Array,
  p: number,
  pivotTolerance: number,
  factor: Float64Array,
  scale: Float64Array,
): boolean {
  for (let i = 0; i < p; i++) {
    const d = m[i * p + i];
    if (!(d > 0)) return false;
    scale[i] = 1 / Math.sqrt(d);
  }
  for (let i = 0; i < p; i++) {
    const rowI = i * p;
    for (let j = 0; j <= i; j++) {
      const rowJ = j * p;
      let sum = m[rowI + j] * scale[i] * scale[j];
      for (let k = 0; k < j; k++) sum -= factor[rowI + k] * factor[rowJ + k];
      if (i === j) {
        if (sum <= pivotTolerance) return false;
        factor[rowI + i] = Math.sqrt(sum);
      } else {
        factor[rowI + j] = sum / factor[rowJ + j];
      }
    }
  }
  return true;
}

/** Solves (S⁻¹ L Lᵀ S⁻¹) x = rhs into `x`, given the scaled factor of scaledCholesky. */
function choleskySolve(
  factor: Float64Array,
  scale: Float64Array,
  rhs: Float64Array,
  p: number,
  x: Float64Array,
): void {
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
}

/** Fits are kept by the thousand (a model search keeps every one it ranks), and a typed array of
 * its own per fit is a separate backing store for the garbage collector to track: they are cut
 * instead from shared blocks, each fit holding a view of its own part (never written by another). */
const SLAB_LENGTH = 16_384;
let slab = new Float64Array(SLAB_LENGTH);
let slabUsed = 0;

function keptSlab(length: number): Float64Array {
  if (length > SLAB_LENGTH / 4) return new Float64Array(length);
  if (slabUsed + length > SLAB_LENGTH) {
    slab = new Float64Array(SLAB_LENGTH);
    slabUsed = 0;
  }
  const view = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return view;
}

/** Scratch arrays reused across fits of the same shape: model searches fit thousands of models,
 * and allocating typed arrays dominated the cost of these small problems. */
type Workspace = {
  eta: Float64Array;
  /** For a unit right-hand side and its solution (the intercept's variance). */
  unit: Float64Array;
  unitSolution: Float64Array;
  weights: Float64Array;
  weightedResponse: Float64Array;
  lattice: Float64Array;
  cross: Float64Array;
  rhs: Float64Array;
  solution: Float64Array;
  factor: Float64Array;
  scale: Float64Array;
};

const workspaces = new Map<number, Workspace>();

function workspace(size: number, p: number): Workspace {
  const key = size * 4096 + p;
  let ws = workspaces.get(key);
  if (!ws) {
    ws = {
      eta: new Float64Array(size),
      unit: new Float64Array(p),
      unitSolution: new Float64Array(p),
      weights: new Float64Array(size),
      weightedResponse: new Float64Array(size),
      lattice: new Float64Array(size),
      cross: new Float64Array(p * p),
      rhs: new Float64Array(p),
      solution: new Float64Array(p),
      factor: new Float64Array(p * p),
      scale: new Float64Array(p),
    };
    workspaces.set(key, ws);
  }
  return ws;
}

function crossProduct(
  weights: Float64Array,
  terms: readonly number[],
  out: Float64Array,
  stride = terms.length,
): void {
  const p = terms.length;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const v = weights[terms[i] | terms[j]];
      out[i * stride + j] = v;
      out[j * stride + i] = v;
    }
  }
}

/**
 * X'WX into `m` (p×p, row-major) for the cell weights `cellWeights` (by cell mask; turned into
 * their superset sums in place), the lattice terms first, then the extra columns.
 */
function assembleCross(
  cellWeights: Float64Array,
  terms: readonly number[],
  extras: readonly Float64Array[],
  extraWeights: Float64Array[],
  m: Float64Array,
  p: number,
): void {
  const size = cellWeights.length;
  const termCount = terms.length;
  // Extra columns first, while the weights are still per cell.
  extras.forEach((column, e) => {
    const row = termCount + e;
    for (let mask = 0; mask < size; mask++) extraWeights[e][mask] = cellWeights[mask] * column[mask];
    for (let f = 0; f <= e; f++) {
      let sum = 0;
      for (let mask = 0; mask < size; mask++) sum += extraWeights[e][mask] * extras[f][mask];
      m[row * p + termCount + f] = sum;
      m[(termCount + f) * p + row] = sum;
    }
    supersetTransform(extraWeights[e]);
    for (let i = 0; i < termCount; i++) {
      m[row * p + i] = extraWeights[e][terms[i]];
      m[i * p + row] = extraWeights[e][terms[i]];
    }
  });
  supersetTransform(cellWeights);
  crossProduct(cellWeights, terms, m, p);
}

/** Whether the 0/1 design (active cells × terms) has full column rank. */
export function designHasFullRank(active: Uint8Array, terms: readonly number[]): boolean {
  const ones = new Float64Array(active.length);
  for (let mask = 0; mask < active.length; mask++) ones[mask] = active[mask];
  supersetTransform(ones);
  const p = terms.length;
  const m = new Float64Array(p * p);
  crossProduct(ones, terms, m);
  return scaledCholesky(m, p, 1e-10, new Float64Array(p * p), new Float64Array(p));
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
  // The options are read here, in a function small enough to recompile at once when callers pass
  // them in a new shape; the fit itself then sees the same kinds of values on every call (the V8
  // compiler threw away the whole solver whenever an options object of a new shape came by, and
  // model searches ran unoptimised while it was rebuilt).
  return fitLattice(
    y,
    active,
    terms,
    options.tolerance ?? 1e-10,
    options.maxIterations ?? 60,
    options.boundaryExitAfter ?? -1,
    options.start,
    options.extraColumns ?? NO_COLUMNS,
  );
}

const NO_COLUMNS: readonly Float64Array[] = [];

/** μ and η at the start: `start` where it is positive, else y + 0.1 (R's start). */
function startMeans(
  y: ArrayLike<number>,
  active: Uint8Array,
  start: ArrayLike<number> | undefined,
  mu: Float64Array,
  eta: Float64Array,
): void {
  for (let mask = 0; mask < active.length; mask++) {
    if (!active[mask]) continue;
    mu[mask] = start ? start[mask] : y[mask] + 0.1;
    if (!(mu[mask] > 0)) mu[mask] = y[mask] + 0.1;
    eta[mask] = Math.log(mu[mask]);
  }
}

function fitLattice(
  y: ArrayLike<number>,
  active: Uint8Array,
  terms: readonly number[],
  tolerance: number,
  maxIterations: number,
  boundaryExitAfter: number,
  start: ArrayLike<number> | undefined,
  extras: readonly Float64Array[],
): LatticeFitResult {
  const size = active.length;
  const termCount = terms.length;
  const p = termCount + extras.length;
  const extraWeights = extras.map(() => new Float64Array(size));
  // Rank: with positive weights X'WX has the rank of X'X, so the first factorisation (at μ = y + 0.1
  // or a warm start) decides, with a pivot tolerance far above rounding noise (~1e-15) and far
  // below what the scaled matrices of full-rank designs produce.

  const ws = workspace(size, p);
  const { weights, weightedResponse, cross: m, rhs, lattice, solution, factor, scale, eta } = ws;
  // What the fit keeps — its means, its last step, the weights of its last factorisation and its
  // coefficients — in one allocation: at these sizes creating typed arrays cost more than filling
  // them (a third of the solver's own time when each had its own).
  const kept = keptSlab(3 * size + p);
  const mu = kept.subarray(0, size);
  const lastStep = kept.subarray(size, 2 * size);
  const lastWeights = kept.subarray(2 * size, 3 * size);
  startMeans(y, active, start, mu, eta);
  let deviance = poissonDeviance(y, mu, active);
  // The deviance is a sum of terms as large as the counts, so it carries rounding of about
  // ε·Σy; a change below that is no change (with millions of people, R's relative test on a
  // deviance near 0 could never be met, and a converged fit was reported as diverged).
  let total = 0;
  for (let mask = 0; mask < size; mask++) if (active[mask]) total += y[mask];
  const roundingFloor = 64 * Number.EPSILON * total;
  let pivotTolerance = 0;
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
    // The weights of this factorisation, kept per cell: the covariance is rebuilt from them.
    lastWeights.set(weights);
    extras.forEach((column, e) => {
      let response = 0;
      for (let mask = 0; mask < size; mask++) response += weightedResponse[mask] * column[mask];
      rhs[termCount + e] = response;
    });
    assembleCross(weights, terms, extras, extraWeights, m, p);
    supersetTransform(weightedResponse);
    for (let i = 0; i < termCount; i++) rhs[i] = weightedResponse[terms[i]];
    pivotTolerance = iterations === 1 ? 1e-11 : 1e-14;
    if (!scaledCholesky(m, p, pivotTolerance, factor, scale)) {
      return { ok: false, reason: iterations === 1 ? 'rank_deficient' : 'diverged' };
    }
    choleskySolve(factor, scale, rhs, p, solution);
    lattice.fill(0);
    for (let i = 0; i < termCount; i++) lattice[terms[i]] = solution[i];
    subsetTransform(lattice);
    extras.forEach((column, e) => {
      const beta = solution[termCount + e];
      for (let mask = 0; mask < size; mask++) lattice[mask] += beta * column[mask];
    });
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
    const change = Math.abs(deviance - previous);
    if (
      (change / (Math.abs(deviance) + 0.1) < tolerance || change < roundingFloor) &&
      etaChange < ETA_TOLERANCE
    ) {
      converged = true;
      break;
    }
    if (boundaryExitAfter >= 0 && iterations >= boundaryExitAfter) {
      let smallest = Number.POSITIVE_INFINITY;
      for (let mask = 0; mask < size; mask++) if (active[mask] && mu[mask] < smallest) smallest = mu[mask];
      if (smallest < 1e-9) break;
    }
  }
  return finishFit(y, active, terms, extras, kept, p, pivotTolerance, deviance, converged, iterations, ws);
}

/** The fit's coefficients, variances and log-likelihood once the iterations have stopped. */
function finishFit(
  y: ArrayLike<number>,
  active: Uint8Array,
  terms: readonly number[],
  extras: readonly Float64Array[],
  kept: Float64Array,
  p: number,
  pivotTolerance: number,
  deviance: number,
  converged: boolean,
  iterations: number,
  ws: Workspace,
): LatticeFitResult {
  const size = active.length;
  const { solution, factor, scale, unit: scratchUnit, unitSolution: scratchSolution } = ws;
  const mu = kept.subarray(0, size);
  const lastStep = kept.subarray(size, 2 * size);
  const lastWeights = kept.subarray(2 * size, 3 * size);
  // Covariance from the last iteration's weights, as R's summary.glm does. Every fit's intercept
  // variance is wanted (the standard error of N̂), so it is solved now, from the factor still in the
  // workspace; another coefficient's (rarely asked for: a Wald test) from the factor rebuilt from
  // the same weights by the same operations, hence the same to the last bit. Copying the factor
  // out of the workspace for every fit cost model searches a tenth of their time.
  const coefficients = kept.subarray(3 * size);
  coefficients.set(solution);
  const unitSolve = (
    finalFactor: Float64Array,
    finalScale: Float64Array,
    index: number,
    unit: Float64Array = new Float64Array(p),
    out: Float64Array = new Float64Array(p),
  ): number => {
    unit.fill(0);
    unit[index] = 1;
    choleskySolve(finalFactor, finalScale, unit, p, out);
    return out[index];
  };
  const firstVariance = unitSolve(factor, scale, 0, scratchUnit, scratchSolution);
  let rebuilt: { factor: Float64Array; scale: Float64Array } | undefined;
  const variance = (index: number): number => {
    if (index === 0) return firstVariance;
    if (!rebuilt) {
      const again = { factor: new Float64Array(p * p), scale: new Float64Array(p) };
      const cross = new Float64Array(p * p);
      assembleCross(
        lastWeights.slice(),
        terms,
        extras,
        extras.map(() => new Float64Array(size)),
        cross,
        p,
      );
      scaledCholesky(cross, p, pivotTolerance, again.factor, again.scale);
      rebuilt = again;
    }
    return unitSolve(rebuilt.factor, rebuilt.scale, index);
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
