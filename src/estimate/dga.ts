// Bayesian model averaging over decomposable graphical models (Madigan & York 1997; the dga
// package; mse.md §6). For each graph and each candidate number missing, the marginal likelihood
// under a hyper-Dirichlet prior factorises over cliques and separators; with a prior on N it gives
// a joint posterior over (graph, N), from which model probabilities and the posterior of N follow.
// Unlike dga 2.0.x we subtract the maximum log weight before exponentiating (§6 caveat).
import gammaln from '@stdlib/math-base-special-gammaln';
import type { CaptureTable } from './capture-table.js';
import { type DecomposableGraph, decomposableGraphs } from './decomposable-graphs.js';
import { popcount } from './hierarchical-model.js';
import type { Monitor } from './options.js';

export type DgaOptions = {
  /** Candidate numbers of missing people. */
  missing: readonly number[];
  /** Prior weight per cell of the full table (δ). */
  delta: number;
  /** log p(N) for total N; default −log N (p(N) ∝ 1/N). */
  logPrior?: (total: number) => number;
};

export type DgaResult = {
  graphs: DecomposableGraph[];
  /** weights[g][k]: posterior probability of graph g and missing[k]. */
  weights: number[][];
  modelProbabilities: number[];
  /** Posterior of N = n + missing[k]. */
  posterior: number[];
  totals: number[];
  n: number;
};

/** Marginal table of the lists in `component`: counts by sub-pattern (mask within the component). */
function marginalTable(counts: readonly number[], component: number): Map<number, number> {
  const table = new Map<number, number>();
  for (let mask = 1; mask < counts.length; mask++) {
    const key = mask & component;
    table.set(key, (table.get(key) ?? 0) + counts[mask]);
  }
  return table;
}

export function dgaPosterior(table: CaptureTable, options: DgaOptions, monitor?: Monitor): DgaResult {
  const p = table.lists.length;
  const counts = table.counts;
  let n = 0;
  let logFactorials = 0;
  for (let mask = 1; mask < counts.length; mask++) {
    n += counts[mask];
    logFactorials += gammaln(counts[mask] + 1);
  }
  const priorMass = 2 ** p * options.delta;
  const logPrior = options.logPrior ?? ((total: number) => -Math.log(total));
  // CompLogML(C, N_miss) for every non-empty component C, as a function of the grid.
  const componentLogMl = new Map<number, Float64Array>();
  const componentOf = (component: number): Float64Array => {
    let values = componentLogMl.get(component);
    if (values) return values;
    const size = popcount(component);
    const deltaC = options.delta * 2 ** (p - size);
    const marginal = marginalTable(counts, component);
    let rest = 0;
    let absent = 0;
    const cellCount = 2 ** size;
    let seen = 0;
    for (const [key, value] of marginal) {
      if (key === 0) absent = value;
      else {
        rest += gammaln(value + deltaC);
        seen++;
      }
    }
    rest += (cellCount - 1 - seen) * gammaln(deltaC);
    const constant = rest - cellCount * gammaln(deltaC);
    values = Float64Array.from(options.missing, (missing) => gammaln(absent + missing + deltaC) + constant);
    componentLogMl.set(component, values);
    return values;
  };
  const graphs = decomposableGraphs(p);
  const logWeights = graphs.map((graph, index) => {
    if (monitor && (index & 15) === 0) monitor(index, graphs.length);
    const row = new Float64Array(options.missing.length);
    for (const clique of graph.cliques) {
      const values = componentOf(clique);
      for (let k = 0; k < row.length; k++) row[k] += values[k];
    }
    for (const separator of graph.separators) {
      const values = componentOf(separator);
      for (let k = 0; k < row.length; k++) row[k] -= values[k];
    }
    const factor = graph.cliques.length - graph.separators.length;
    options.missing.forEach((missing, k) => {
      const total = n + missing;
      row[k] +=
        factor * (gammaln(priorMass) - gammaln(missing + n + priorMass)) +
        gammaln(total + 1) -
        logFactorials -
        gammaln(missing + 1) +
        logPrior(total);
    });
    return row;
  });
  let max = Number.NEGATIVE_INFINITY;
  for (const row of logWeights) for (const w of row) if (w > max) max = w;
  let sum = 0;
  const weights = logWeights.map((row) =>
    Array.from(row, (w) => {
      const e = Math.exp(w - max);
      sum += e;
      return e;
    }),
  );
  for (const row of weights) for (let k = 0; k < row.length; k++) row[k] /= sum;
  const modelProbabilities = weights.map((row) => row.reduce((a, b) => a + b, 0));
  const posterior = options.missing.map((_, k) => weights.reduce((acc, row) => acc + row[k], 0));
  return { graphs, weights, modelProbabilities, posterior, totals: options.missing.map((m) => n + m), n };
}

export type PosteriorSummary = {
  bayes: number;
  mode: number;
  quantile: (q: number) => number;
  median: number;
};

/** Summaries of a discrete posterior over totals: the Madigan–York Bayes estimator E[1/N]/E[1/N²]
 * (the minimiser of relative squared error), the mode, and quantiles by linear interpolation of
 * the cumulative posterior. */
export function summarisePosterior(
  totals: readonly number[],
  probabilities: readonly number[],
): PosteriorSummary {
  const mass = probabilities.reduce((a, b) => a + b, 0);
  let inverse = 0;
  let inverseSquare = 0;
  let mode = totals[0];
  let best = -1;
  totals.forEach((total, k) => {
    const w = probabilities[k] / mass;
    inverse += w / total;
    inverseSquare += w / (total * total);
    if (w > best) {
      best = w;
      mode = total;
    }
  });
  const cumulative: number[] = [];
  let running = 0;
  for (const w of probabilities) {
    running += w / mass;
    cumulative.push(running);
  }
  const quantile = (q: number): number => {
    const k = cumulative.findIndex((c) => c >= q);
    if (k <= 0) return totals[Math.max(k, 0)];
    const span = cumulative[k] - cumulative[k - 1];
    return totals[k - 1] + ((q - cumulative[k - 1]) / (span || 1)) * (totals[k] - totals[k - 1]);
  };
  return { bayes: inverse / inverseSquare, mode, quantile, median: quantile(0.5) };
}
