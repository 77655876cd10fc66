// A model fit that the selection procedures may use: its (extended) MLE exists and it is
// identifiable (mse.md §4.3), and the IRLS fit succeeded.
//
// The existence LP is the expensive part of model search, so the fit itself is used as a
// certificate first: a converged fit satisfies the likelihood equations A μ̂ = A n, so if every
// retained fitted mean is clearly positive, μ̂ is itself a strictly positive table with the
// observed margins and the MLE exists (Fienberg & Rinaldo 2012, Thm 3). When the MLE does not
// exist, IRLS drives some fitted means towards 0 geometrically, so small fitted means (or no
// convergence) send the model to the LP, whose answer is cached by zero pattern. "Converged" here
// includes the linear predictor settling (poisson-irls.ts), which a divergent fit never does.
import type { ExistenceChecker } from './existence.js';
import type { HierarchicalModel } from './hierarchical-model.js';
import { fitModel, type ModelFit, type PreparedTable } from './loglinear-fit.js';
import { supersetTransform } from './poisson-irls.js';

/** Iterations after which a fit with vanishing fitted means is abandoned to the LP. */
const BOUNDARY_EXIT = 12;

/** Fitted means below this are treated as possibly on their way to 0. */
const CLEARLY_POSITIVE = 1e-12;

/** Scratch for the fitted margins, by table size (every fit of a search is checked; not kept). */
const marginScratch = new Map<number, Float64Array>();

/** Whether a converged fit certifies existence: every retained μ̂ clearly positive and the
 * sufficient statistics reproduced. */
export function fitCertifiesExistence(prepared: PreparedTable, fit: ModelFit): boolean {
  if (!fit.converged) return false;
  const { active } = fit;
  let margins = marginScratch.get(fit.mu.length);
  if (!margins) {
    margins = new Float64Array(fit.mu.length);
    marginScratch.set(fit.mu.length, margins);
  }
  margins.fill(0);
  for (let mask = 1; mask < fit.mu.length; mask++) {
    if (!active[mask]) continue;
    if (!(fit.mu[mask] >= CLEARLY_POSITIVE)) return false;
    margins[mask] = fit.mu[mask];
  }
  supersetTransform(margins);
  const tolerance = 1e-7 * Math.max(1, prepared.n);
  for (const term of fit.fittedTerms) {
    const observed = term === 0 ? prepared.n : prepared.nstar[term];
    const fitted = term === 0 ? sumActive(fit.mu, active) : margins[term];
    if (Math.abs(fitted - observed) > tolerance) return false;
  }
  return true;
}

/**
 * Whether an abandoned fit certifies that the MLE does not exist. In the limit, the IRLS step
 * becomes a direction of recession d = X c of the likelihood: d ≥ 0 on every cell, d = 0 on cells
 * with positive counts, d ≠ 0 (Fienberg & Rinaldo 2012, §3). Moving along it lowers only means of
 * empty cells, so the likelihood rises for ever. We accept the last step as such a direction only
 * when it is unmistakably so (tolerance 1e-6 of its size); anything less clear goes to the LP.
 */
export function fitCertifiesNonExistence(prepared: PreparedTable, fit: ModelFit): boolean {
  if (fit.converged) return false;
  const { active } = fit;
  let largest = 0;
  for (let mask = 1; mask < active.length; mask++)
    if (active[mask]) largest = Math.max(largest, -fit.lastStep[mask]);
  if (largest < 0.1) return false;
  const tolerance = 1e-6 * largest;
  for (let mask = 1; mask < active.length; mask++) {
    if (!active[mask]) continue;
    const decrease = -fit.lastStep[mask];
    if (decrease < -tolerance) return false;
    if (prepared.y[mask] > 0 && decrease > tolerance) return false;
  }
  return true;
}

function sumActive(mu: Float64Array, active: Uint8Array): number {
  let sum = 0;
  for (let mask = 1; mask < mu.length; mask++) if (active[mask]) sum += mu[mask];
  return sum;
}

export function fitIfAdmissible(
  prepared: PreparedTable,
  model: HierarchicalModel,
  checker: ExistenceChecker,
  start?: ArrayLike<number>,
): ModelFit | null {
  let result = fitModel(prepared, model, { start, boundaryExitAfter: BOUNDARY_EXIT });
  if (!result.ok && start) result = fitModel(prepared, model, { boundaryExitAfter: BOUNDARY_EXIT });
  if (!result.ok || !Number.isFinite(result.fit.abundance)) {
    // A rank-deficient design is not identifiable; a diverged fit may still be a non-existent MLE.
    return null;
  }
  if (fitCertifiesExistence(prepared, result.fit)) return result.fit;
  if (fitCertifiesNonExistence(prepared, result.fit)) return null;
  if (checker.check(prepared, model).code !== 0) return null;
  if (result.fit.converged) return result.fit;
  // The MLE exists but the quick fit gave up or wandered from a warm start: fit again carefully.
  const careful = fitModel(prepared, model, { maxIterations: 200 });
  return careful.ok && careful.fit.converged ? careful.fit : null;
}

/** Whether the model passes the §4.3 check, using a fit as certificate when it can. */
export function isAdmissible(
  prepared: PreparedTable,
  model: HierarchicalModel,
  checker: ExistenceChecker,
): boolean {
  return fitIfAdmissible(prepared, model, checker) !== null;
}
