// The HiGHS linear-programming solver (WebAssembly, runs in Node and browsers) behind the
// MaxMinCellSolver interface used by the existence check. Loading is asynchronous; solving is not.
//
// One persistent HiGHS model is reused for every problem (passModel replaces it): creating a fresh
// solver and parsing LP text per problem cost ~1.5 ms, ten times the log-linear fit itself.
import {
  cachedExistenceChecker,
  type ExistenceChecker,
  type MaxMinCellProblem,
  type MaxMinCellSolver,
} from './existence.js';

type ModelStatusCodes = { optimal: number };
type PersistentModel = {
  passModel(data: unknown): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  options: { set(values: Record<string, boolean | number | string>): unknown };
};
type HighsInstance = {
  createModel(): PersistentModel;
  constants: { objectiveSense: { maximize: unknown }; modelStatus: ModelStatusCodes };
  infinity: number;
};
type Loader = () => Promise<HighsInstance>;
/**
 * The HiGHS module, loaded (also used by the disclosure audit of releases, src/data/disclosure-audit.ts).
 * Its JavaScript (~170 kB) is imported only here, when a model first needs the LP: most estimates
 * never do, and importing it cost every process and bootstrap worker ~30 ms of CPU.
 */
export const loadHighs: Loader = async () => {
  const highsPackage = await import('highs');
  // The package's typings describe a CommonJS module while Node loads its ES build; accept both shapes.
  const exported = highsPackage.default as unknown as Loader | { default: Loader };
  return (typeof exported === 'function' ? exported : exported.default)();
};

/**
 * With x = s·1 + u the problem "maximise s subject to A x = b, x ≥ s, s ≥ 0" becomes
 * "maximise s subject to A u + s·(A 1) = b, u ≥ 0, s ≥ 0": only the equality rows remain.
 * Column order: u_0 … u_{m−1}, s. Returned as CSC data for HiGHS.
 */
export function maxMinCellModel(problem: MaxMinCellProblem, maximize: unknown, infinity: number) {
  const m = problem.columns;
  const p = problem.rows.length;
  const byColumn: number[][] = Array.from({ length: m }, () => []);
  const rowSizes = problem.rows.map((columns) => columns.length);
  problem.rows.forEach((columns, i) => {
    for (const j of columns) byColumn[j].push(i);
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < m; j++) {
    for (const i of byColumn[j]) {
      indices.push(i);
      values.push(1);
    }
    starts.push(indices.length);
  }
  for (let i = 0; i < p; i++) {
    if (rowSizes[i] === 0) continue;
    indices.push(i);
    values.push(rowSizes[i]);
  }
  starts.push(indices.length);
  const colCost = new Array<number>(m + 1).fill(0);
  colCost[m] = 1;
  return {
    numCols: m + 1,
    numRows: p,
    sense: maximize,
    colCost,
    colLower: new Array<number>(m + 1).fill(0),
    colUpper: new Array<number>(m + 1).fill(infinity),
    rowLower: [...problem.rhs],
    rowUpper: [...problem.rhs],
    matrix: { format: 'csc', numRows: p, numCols: m + 1, starts, indices, values },
  };
}

let loading: Promise<MaxMinCellSolver> | undefined;

export function loadHighsSolver(): Promise<MaxMinCellSolver> {
  loading ??= loadHighs().then((highs) => {
    // Deliberately never disposed: one small model lives as long as the process/page.
    const model = highs.createModel();
    model.options.set({ output_flag: false });
    return (problem: MaxMinCellProblem) => {
      model.passModel(maxMinCellModel(problem, highs.constants.objectiveSense.maximize, highs.infinity));
      model.run();
      return model.getModelStatus() === highs.constants.modelStatus.optimal
        ? model.getObjectiveValue()
        : Number.NaN;
    };
  });
  return loading;
}

/** Thrown by the thread's existence checker when a model needs the LP before HiGHS is loaded. */
class SolverNotLoaded extends Error {}

let solver: MaxMinCellSolver | undefined;

/** The thread's checker: its cache is shared by every estimate the thread runs. */
const checker: ExistenceChecker = cachedExistenceChecker((problem) => {
  if (!solver) throw new SolverNotLoaded('HiGHS is not loaded yet');
  return solver(problem);
});

/**
 * Runs a synchronous computation with the thread's existence checker, loading HiGHS only if some
 * model needs the LP. Most never do: a converged fit certifies that the MLE exists, a table
 * without zeros needs no LP (admissible-fit.ts, existence.ts), and HiGHS's WebAssembly costs every
 * thread that loads it about 0.2 s of CPU. When the LP is needed, HiGHS is loaded and the
 * computation starts again from the beginning: it is deterministic, and the checker caches only
 * complete answers, so the result is the one a loaded solver gives from the start.
 */
export async function withExistenceChecker<T>(work: (checker: ExistenceChecker) => T): Promise<T> {
  if (!solver) {
    try {
      return work(checker);
    } catch (error) {
      if (!(error instanceof SolverNotLoaded)) throw error;
    }
    solver = await loadHighsSolver();
  }
  return work(checker);
}

/** The thread's existence checker with HiGHS loaded (for callers that check models directly). */
export async function sharedExistenceChecker(): Promise<ExistenceChecker> {
  solver ??= await loadHighsSolver();
  return checker;
}
