// Bayesian thresholding (Silverman 2020 §6; mse.md §4.8): fit the Poisson log-linear model with
// every pairwise interaction by MCMC, keep the interactions whose posterior mean lies at least
// `threshold` posterior standard deviations from zero, and fit the model with those alone; the
// population is n + exp(intercept) over the posterior draws. Optionally a second stage offers the
// three-list interactions whose three pairs all survived, thresholded the same way.
//
// Priors: flat (precision 10⁻⁴) on the intercept and main effects; each interaction N(0, v)
// ("proper", v = 1 by default) or flat ("improper": then an interaction that nobody shows — a
// zero sufficient statistic — is fixed at −∞ by dropping its cells, and the rest of the model must
// have a maximum likelihood estimate, the Fienberg–Rinaldo check). The sampler is random-walk
// Metropolis on all coefficients at once, started at the posterior mode, with a normal proposal
// whose covariance is tune² times the inverse negative Hessian there — the scheme MCMCpack's
// MCMCpoisson uses (burn-in 1000, 10,000 draws). MCMCpack's tune is 1.1 whatever the number of
// coefficients p; we scale by 2.38/√p, the classic optimum for random-walk Metropolis (Roberts,
// Gelman & Gilks 1997), which accepts about a third of the proposals instead of a tenth and so
// gives the same posterior with less Monte Carlo error. Our draws come from our seeded generator:
// they agree with R's in distribution, not draw for draw.
//
// An interaction whose evidence lies within Monte Carlo error of the threshold is kept or dropped
// by the luck of the draws (UK 2013, five lists: LA:PFNCA at 2.00 ± 0.05 against 2, and the
// estimate moves from about 11,500 to 12,150 with it); such interactions are reported, with their
// standard error from batch means.
import { type CaptureTable, observedTotal, supersetSums } from './capture-table.js';
import type { ExistenceChecker } from './existence.js';
import { type HierarchicalModel, modelFromGenerators, popcount } from './hierarchical-model.js';
import { prepareTable } from './loglinear-fit.js';
import type { Monitor } from './options.js';
import { randomStream } from './random.js';
import { normal } from './random-variates.js';

export type BayesThresholdOptions = {
  prior?: 'proper' | 'improper';
  /** Prior variance of each interaction under the proper prior. */
  priorVariance?: number;
  /** Keep an interaction when |posterior mean| / posterior sd ≥ this. */
  threshold?: number;
  /** 2: pairs only; 3: then the triples whose pairs all survived. */
  maxOrder?: 2 | 3;
  burnin?: number;
  draws?: number;
  /** Proposal scale; 2.38/√p by default (p = coefficients). */
  tune?: number;
  seed?: number;
};

export const BAYES_THRESHOLD_DEFAULTS: Omit<Required<BayesThresholdOptions>, 'tune'> = {
  prior: 'proper',
  priorVariance: 1,
  threshold: 2,
  maxOrder: 2,
  burnin: 1000,
  draws: 10_000,
  seed: 12345,
};

/** The options actually given (an option set to undefined keeps its default). */
export function given(options: BayesThresholdOptions): BayesThresholdOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Flat priors are normal with this precision (MCMCpack's B0 for the intercept and main effects). */
const FLAT_PRECISION = 1e-4;

export type BayesThresholdResult = {
  /** Posterior draws of the population size N = n + exp(intercept) from the final fit. */
  population: number[];
  /** The final model (main effects and the retained interactions). */
  model: HierarchicalModel;
  /** |mean| / sd of each interaction considered, by term mask, at its stage. */
  ratios: Map<number, number>;
  /** Interactions fixed at −∞ (improper prior, nobody shows them). */
  atInfinity: number[];
  /** Share of proposals accepted in the final run. */
  acceptance: number;
  /** The three-list extension was dropped: it would have left no maximum likelihood estimate. */
  pairsOnly: boolean;
  /** Monte Carlo standard error of each ratio (batch means), by term mask. */
  ratioErrors: Map<number, number>;
};

export type BayesThresholdFailure = { ok: false; reason: 'no_mle' | 'no_mode' };

/** One MCMC fit: cells (masks) kept, terms (intercept 0 first), draws of the coefficients. */
type Chain = { terms: number[]; draws: Float64Array[]; acceptance: number };

/** log p(β | y) up to a constant: Σ y η − e^η over the kept cells, minus ½ Σ precision β². */
function logPosterior(
  beta: Float64Array,
  design: readonly Uint8Array[],
  y: readonly number[],
  precision: Float64Array,
): number {
  let value = 0;
  for (let c = 0; c < design.length; c++) {
    const row = design[c];
    let eta = 0;
    for (let j = 0; j < beta.length; j++) if (row[j]) eta += beta[j];
    value += y[c] * eta - Math.exp(eta);
  }
  for (let j = 0; j < beta.length; j++) value -= 0.5 * precision[j] * beta[j] * beta[j];
  return value;
}

/** Cholesky factor (lower, row-major) of a symmetric positive definite matrix, or null. */
function cholesky(matrix: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * p + j];
      for (let k = 0; k < j; k++) sum -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * p + i] = Math.sqrt(sum);
      } else l[i * p + j] = sum / l[j * p + j];
    }
  }
  return l;
}

function solveCholesky(l: Float64Array, p: number, rhs: Float64Array): Float64Array {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < p; i++) {
    for (let k = 0; k < i; k++) x[i] -= l[i * p + k] * x[k];
    x[i] /= l[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    for (let k = i + 1; k < p; k++) x[i] -= l[k * p + i] * x[k];
    x[i] /= l[i * p + i];
  }
  return x;
}

/** Inverse of L Lᵀ, then its Cholesky factor: the proposal's shape. */
function inverseFactor(l: Float64Array, p: number): Float64Array | null {
  const inverse = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const unit = new Float64Array(p);
    unit[j] = 1;
    const column = solveCholesky(l, p, unit);
    for (let i = 0; i < p; i++) inverse[i * p + j] = column[i];
  }
  return cholesky(inverse, p);
}

/** Newton's method for the posterior mode; the Cholesky factor of the negative Hessian there. */
function posteriorMode(
  design: readonly Uint8Array[],
  y: readonly number[],
  precision: Float64Array,
  start: Float64Array,
): { mode: Float64Array; factor: Float64Array } | null {
  const p = start.length;
  let beta = Float64Array.from(start);
  let current = logPosterior(beta, design, y, precision);
  for (let iteration = 0; iteration < 200; iteration++) {
    const gradient = new Float64Array(p);
    const hessian = new Float64Array(p * p);
    for (let c = 0; c < design.length; c++) {
      const row = design[c];
      let eta = 0;
      for (let j = 0; j < p; j++) if (row[j]) eta += beta[j];
      const mu = Math.exp(eta);
      for (let i = 0; i < p; i++) {
        if (!row[i]) continue;
        gradient[i] += y[c] - mu;
        for (let j = 0; j <= i; j++) if (row[j]) hessian[i * p + j] += mu;
      }
    }
    for (let i = 0; i < p; i++) {
      gradient[i] -= precision[i] * beta[i];
      hessian[i * p + i] += precision[i];
      for (let j = 0; j < i; j++) hessian[j * p + i] = hessian[i * p + j];
    }
    const factor = cholesky(hessian, p);
    if (!factor) return null;
    const step = solveCholesky(factor, p, gradient);
    // Halve the step until the posterior does not fall (Newton can overshoot far from the mode).
    let scale = 1;
    let next = beta.map((b, j) => b + step[j]);
    let value = logPosterior(next, design, y, precision);
    while (!(value >= current - 1e-9 * Math.abs(current)) && scale > 1e-8) {
      scale /= 2;
      next = beta.map((b, j) => b + scale * step[j]);
      value = logPosterior(next, design, y, precision);
    }
    beta = next;
    current = value;
    let largest = 0;
    for (const s of step) largest = Math.max(largest, Math.abs(s * scale));
    if (largest < 1e-9) return { mode: beta, factor };
  }
  return null;
}

/** Random-walk Metropolis from the mode; the draws after burn-in. */
function sample(
  table: CaptureTable,
  terms: number[],
  cells: number[],
  precision: Float64Array,
  settings: Settings,
  stream: number,
  monitor?: Monitor,
): Chain | null {
  const p = terms.length;
  const design = cells.map((cell) => Uint8Array.from(terms, (term) => ((cell & term) === term ? 1 : 0)));
  const y = cells.map((cell) => table.counts[cell]);
  // Start from independence: the intercept at the log of a fifth of n, each list its share.
  const n = observedTotal(table);
  const start = new Float64Array(p);
  start[0] = Math.log(n / 5);
  const fitted = posteriorMode(design, y, precision, start);
  if (!fitted) return null;
  const shape = inverseFactor(fitted.factor, p);
  if (!shape) return null;
  const random = randomStream(settings.seed, stream);
  const tune = settings.tune ?? 2.38 / Math.sqrt(p);
  let beta = fitted.mode;
  let current = logPosterior(beta, design, y, precision);
  const draws = Array.from({ length: p }, () => new Float64Array(settings.draws));
  const z = new Float64Array(p);
  const proposal = new Float64Array(p);
  let accepted = 0;
  const total = settings.burnin + settings.draws;
  for (let iteration = 0; iteration < total; iteration++) {
    for (let j = 0; j < p; j++) z[j] = normal(random);
    for (let i = 0; i < p; i++) {
      let step = 0;
      for (let k = 0; k <= i; k++) step += shape[i * p + k] * z[k];
      proposal[i] = beta[i] + tune * step;
    }
    const value = logPosterior(proposal, design, y, precision);
    if (Math.log(random()) < value - current) {
      beta = Float64Array.from(proposal);
      current = value;
      if (iteration >= settings.burnin) accepted++;
    }
    if (iteration >= settings.burnin)
      for (let j = 0; j < p; j++) draws[j][iteration - settings.burnin] = beta[j];
    if (monitor && (iteration & 255) === 0) monitor(iteration, total);
  }
  return { terms, draws, acceptance: accepted / settings.draws };
}

type Settings = Omit<Required<BayesThresholdOptions>, 'tune'> & { tune?: number };

/** Posterior mean and sd of a coefficient, and the Monte Carlo error of |mean|/sd by batch means. */
function evidenceOf(draws: Float64Array): { ratio: number; error: number } {
  let mean = 0;
  for (const x of draws) mean += x;
  mean /= draws.length;
  let squares = 0;
  for (const x of draws) squares += (x - mean) ** 2;
  const sd = Math.sqrt(squares / (draws.length - 1));
  // 25 batches: the spread of their means, scaled, is the standard error of the mean.
  const batches = 25;
  const size = Math.floor(draws.length / batches);
  let spread = 0;
  for (let b = 0; b < batches; b++) {
    let batchMean = 0;
    for (let i = b * size; i < (b + 1) * size; i++) batchMean += draws[i];
    spread += (batchMean / size - mean) ** 2;
  }
  const standardError = Math.sqrt(spread / (batches - 1) / batches);
  return { ratio: Math.abs(mean) / sd, error: standardError / sd };
}

/** Pairs in MCMCpack's column order (12, 13, 23, 14, 24, 34, …) and likewise triples. */
function interactionsOfOrder(t: number, order: number): number[] {
  const all: number[] = [];
  for (let mask = 1; mask < 1 << t; mask++) if (popcount(mask) === order) all.push(mask);
  // By highest list, then the lower lists in order.
  return all.sort((a, b) => 31 - Math.clz32(a) - (31 - Math.clz32(b)) || a - b);
}

export function bayesThreshold(
  table: CaptureTable,
  checker: ExistenceChecker,
  options: BayesThresholdOptions = {},
  monitor?: Monitor,
): { ok: true; result: BayesThresholdResult } | BayesThresholdFailure {
  const settings: Settings = { ...BAYES_THRESHOLD_DEFAULTS, ...given(options) };
  const t = table.lists.length;
  const mains = Array.from({ length: t }, (_, i) => 1 << i);
  const nstar = supersetSums([...table.counts]);
  const improper = settings.prior === 'improper';
  // Improper prior: an interaction nobody shows goes to −∞ with its cells (and any term above it).
  const atInfinity = improper ? interactionsOfOrder(t, 2).filter((pair) => nstar[pair] === 0) : [];
  const blocked = (term: number) => atInfinity.some((gone) => (term & gone) === gone);
  const cells: number[] = [];
  for (let mask = 1; mask < 1 << t; mask++) if (!blocked(mask)) cells.push(mask);
  const precisionOf = (terms: number[]) =>
    Float64Array.from(terms, (term) =>
      popcount(term) <= 1 ? FLAT_PRECISION : improper ? 0 : 1 / settings.priorVariance,
    );
  // With flat priors the posterior is proper only where the maximum likelihood estimate exists
  // (the terms nobody shows at −∞): checked for all pairs, and for the three-list extension.
  const prepared = prepareTable(table);
  const mleExists = (interactions: number[]) =>
    checker.check(prepared, modelFromGenerators(t, [...interactions, ...atInfinity])).code === 0;
  let run = 0;
  const sampleModel = (interactions: number[]): Chain | null => {
    const terms = [0, ...mains, ...interactions];
    return sample(table, terms, cells, precisionOf(terms), settings, run++, monitor);
  };
  const ratios = new Map<number, number>();
  const ratioErrors = new Map<number, number>();
  const threshold = (chain: Chain, candidates: number[]) =>
    candidates.filter((term) => {
      const { ratio, error } = evidenceOf(chain.draws[chain.terms.indexOf(term)]);
      ratios.set(term, ratio);
      ratioErrors.set(term, error);
      return ratio >= settings.threshold;
    });
  const pairCandidates = interactionsOfOrder(t, 2).filter((pair) => !blocked(pair));
  if (improper && !mleExists(pairCandidates)) return { ok: false, reason: 'no_mle' };
  const first = sampleModel(pairCandidates);
  if (!first) return { ok: false, reason: 'no_mode' };
  const pairs = threshold(first, pairCandidates);
  let kept = pairs;
  let pairsOnly = false;
  if (settings.maxOrder === 3) {
    // A triple is a candidate only when its three pairs all survived (the model stays hierarchical).
    const present = new Set(pairs);
    const triples = interactionsOfOrder(t, 3).filter((triple) => {
      for (let bits = triple; bits; bits &= bits - 1) if (!present.has(triple ^ (bits & -bits))) return false;
      return !blocked(triple);
    });
    if (triples.length > 0 && improper && !mleExists([...pairs, ...triples])) {
      pairsOnly = true;
    } else if (triples.length > 0) {
      const second = sampleModel([...pairs, ...triples]);
      if (!second) return { ok: false, reason: 'no_mode' };
      kept = [...pairs, ...threshold(second, triples)];
    }
  }
  const final = sampleModel(kept);
  if (!final) return { ok: false, reason: 'no_mode' };
  const n = observedTotal(table);
  const population = Array.from(final.draws[0], (intercept) => n + Math.exp(intercept));
  return {
    ok: true,
    result: {
      population,
      model: modelFromGenerators(t, kept),
      ratios,
      ratioErrors,
      atInfinity,
      acceptance: final.acceptance,
      pairsOnly,
    },
  };
}
