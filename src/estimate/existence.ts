// Existence and identifiability of the (extended) MLE of a log-linear model (mse.md §4.3,
// Fienberg & Rinaldo 2012).
//
// After −∞ terms and their cells are removed, let A be the incidence matrix of retained terms ×
// retained cells (θ ⊆ ω) and s = A·n the observed sufficient statistics. The MLE exists iff s lies
// in the relative interior of the marginal cone, i.e. iff some non-negative table x with A x = s has
// every cell strictly positive: maximise min_ω x_ω as a linear program and test the optimum > 0.
// The model is identifiable iff A has full row rank. Codes: bit 1 = no MLE, bit 2 = not
// identifiable (0 ok, 1, 2, 3), as in the reference packages.
//
// The LP solver is passed in (see highs-lp.ts) so that this module stays synchronous and pure.
import type { HierarchicalModel } from './hierarchical-model.js';
import { boundaryStructure, type PreparedTable } from './loglinear-fit.js';
import { designHasFullRank } from './poisson-irls.js';

/** An equality-constrained LP: maximise the smallest x_j subject to rows·x = rhs, x ≥ 0. */
export type MaxMinCellProblem = {
  /** rows[i] = the column indices j with coefficient 1 in constraint i. */
  readonly rows: readonly (readonly number[])[];
  readonly rhs: readonly number[];
  readonly columns: number;
};

/** Returns the optimal value of the smallest cell, or NaN when the solver fails. */
export type MaxMinCellSolver = (problem: MaxMinCellProblem) => number;

export type ExistenceCode = 0 | 1 | 2 | 3;

export type Existence = { code: ExistenceCode; mleExists: boolean; identifiable: boolean };

/** Optimum below this counts as zero: LP feasibility tolerances are ~1e-7 absolute. */
const ZERO_OPTIMUM = 1e-6;

export function checkExistence(
  prepared: PreparedTable,
  model: HierarchicalModel,
  solver: MaxMinCellSolver,
): Existence {
  const { fittedTerms, active } = boundaryStructure(prepared, model);
  const identifiable = designHasFullRank(active, fittedTerms);
  const cells: number[] = [];
  let smallest = Number.POSITIVE_INFINITY;
  for (let mask = 1; mask < active.length; mask++) {
    if (!active[mask]) continue;
    cells.push(mask);
    smallest = Math.min(smallest, prepared.y[mask]);
  }
  // When every retained cell is already positive, x = n itself is interior: no LP needed.
  let mleExists = smallest > 0;
  if (!mleExists) {
    const rows = fittedTerms.map((term) => cells.flatMap((cell, j) => ((cell & term) === term ? [j] : [])));
    const rhs = fittedTerms.map((term) => (term === 0 ? prepared.n : prepared.nstar[term]));
    const optimum = solver({ rows, rhs, columns: cells.length });
    mleExists = optimum > ZERO_OPTIMUM;
  }
  const code = ((mleExists ? 0 : 1) | (identifiable ? 0 : 2)) as ExistenceCode;
  return { code, mleExists, identifiable };
}

/** Cached answers kept at most (a long-lived server thread sees table after table). */
const CACHE_LIMIT = 200_000;

/**
 * Existence depends only on which cells are zero, so results are cached by (model, zero pattern);
 * bootstrap replicates share zero patterns heavily (mse.md §4.3, `check_extended_MLE_batch`).
 */
export function cachedExistenceChecker(solver: MaxMinCellSolver) {
  const cache = new Map<string, Existence>();
  return {
    check(prepared: PreparedTable, model: HierarchicalModel): Existence {
      let zeros = '';
      for (let mask = 1; mask < prepared.y.length; mask++) zeros += prepared.y[mask] === 0 ? '0' : '1';
      const key = `${model.terms.join(',')}|${zeros}`;
      let result = cache.get(key);
      if (!result) {
        result = checkExistence(prepared, model, solver);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(key, result);
      }
      return result;
    },
    get size(): number {
      return cache.size;
    },
  };
}

export type ExistenceChecker = ReturnType<typeof cachedExistenceChecker>;
