// Model selection by BIC (Silverman, Chan & Vincent 2024; mse.md §4.6): exhaustive enumeration of
// the hierarchical catalogue up to a maximum order, and the cheaper downhill search.
import { fitIfAdmissible } from './admissible-fit.js';
import type { ExistenceChecker } from './existence.js';
import { type HierarchicalModel, mainEffects, modelKey, popcount } from './hierarchical-model.js';
import type { ModelFit, PreparedTable } from './loglinear-fit.js';
import { hierarchicalModels, neighbourModels } from './model-catalogue.js';
import type { Monitor } from './options.js';

/** MultipleSystemsEstimation's default maximum order by number of lists (mse.md §4.6). */
export function defaultMaxOrder(t: number): number {
  if (t <= 2) return 1;
  if (t === 3) return 2;
  if (t <= 5) return 3;
  return 2;
}

export type RankOptions = {
  /** Highest interaction order of the catalogue (when `models` is not given). */
  maxOrder: number;
  /** The models to rank instead of the catalogue (in order). */
  models?: Iterable<HierarchicalModel>;
  /** Starting means per model (same order), e.g. the original-data fits for a bootstrap replicate. */
  starts?: readonly (ArrayLike<number> | undefined)[];
  /**
   * Only the best `keepBest` models are needed: skip any model whose BIC bound p log n − 2 ℓ_sat
   * cannot reach the current keepBest-th best (same top keepBest, far fewer fits at high orders).
   */
  keepBest?: number;
  /** Told after each model (progress, and a way to stop). */
  monitor?: Monitor;
};

/** Every admissible model (the best `keepBest` when given), best (lowest) BIC first; ties keep
 * catalogue order. */
export function rankByBic(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  options: RankOptions,
): ModelFit[] {
  const { starts, monitor } = options;
  const keepBest = options.keepBest ?? Number.POSITIVE_INFINITY;
  const models = [...(options.models ?? hierarchicalModels(prepared.t, options.maxOrder))];
  const fits: { fit: ModelFit; index: number }[] = [];
  // Consecutive catalogue models differ by a few terms, so the last good fit is a close start.
  let start: ArrayLike<number> | undefined;
  const logN = Math.log(prepared.n);
  // The keepBest smallest BICs so far, ascending; its last entry is the bar to beat.
  const bar: number[] = [];
  const ceiling = Number.isFinite(keepBest) ? pairCeilings(prepared, checker) : null;
  models.forEach((model, index) => {
    // Progress every 64 models: a fit takes microseconds, a report far more.
    if (monitor && (index & 63) === 0) monitor(index, models.length);
    const modelStart = starts?.[index] ?? start;
    if (ceiling && bar.length >= keepBest) {
      const bound = (model.terms.length + 1) * logN - 2 * ceiling(model);
      // A small margin keeps rounding in the fits from ever pruning a model that belongs.
      if (bound >= bar[bar.length - 1] + 1e-6) return;
    }
    const fit = fitIfAdmissible(prepared, model, checker, modelStart);
    if (fit && Number.isFinite(fit.bic)) {
      start = fit.mu;
      if (Number.isFinite(keepBest)) {
        let at = bar.length;
        while (at > 0 && bar[at - 1] > fit.bic) at--;
        bar.splice(at, 0, fit.bic);
        if (bar.length > keepBest) bar.pop();
        // Only fits that can still be among the best are kept: thousands of fits held to the end
        // were most of the search's garbage-collection time.
        if (fit.bic > bar[bar.length - 1]) return;
      }
      fits.push({ fit, index });
      if (fits.length >= 4 * keepBest) trim(fits, keepBest);
    }
  });
  monitor?.(models.length, models.length);
  trim(fits, keepBest);
  return fits.map((x) => x.fit);
}

/** Sorts by BIC (ties in catalogue order) and keeps the best `keep`. */
function trim(fits: { fit: ModelFit; index: number }[], keep: number): void {
  fits.sort((a, b) => a.fit.bic - b.fit.bic || a.index - b.index);
  if (fits.length > keep) fits.length = keep;
}

/**
 * An upper bound on the log-likelihood of any hierarchical model, from fits of a few large ones.
 * A model's log-likelihood never exceeds that of a model containing it, and a hierarchical model
 * without the pair {i, j} has no term containing both i and j: it lies inside the model of every
 * term that does not (below the full interaction), whose fit is done once per pair. So a model
 * lacking a pair the data need (most of the catalogue lacks one) is bounded by that pair's fit,
 * far below the saturated log-likelihood; the others by the saturated log-likelihood as before.
 * A pair's model whose MLE does not exist bounds nothing (the saturated value stands in).
 */
function pairCeilings(
  prepared: PreparedTable,
  checker: ExistenceChecker,
): (model: HierarchicalModel) => number {
  const { t } = prepared;
  const full = (1 << t) - 1;
  const pairs: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      const pair = (1 << i) | (1 << j);
      const terms: number[] = [];
      for (let term = 1; term < full; term++) if ((term & pair) !== pair) terms.push(term);
      terms.sort((a, b) => popcount(a) - popcount(b) || a - b);
      const fit = fitIfAdmissible(prepared, { t, terms }, checker);
      pairs.push(pair);
      without.push(
        fit ? Math.min(fit.logLikelihood, prepared.saturatedLogLikelihood) : prepared.saturatedLogLikelihood,
      );
    }
  }
  return (model) => {
    let present = 0;
    for (const term of model.terms) if (popcount(term) === 2) present |= 1 << pairs.indexOf(term);
    let ceiling = prepared.saturatedLogLikelihood;
    for (let k = 0; k < pairs.length; k++)
      if (!(present & (1 << k)) && without[k] < ceiling) ceiling = without[k];
    return ceiling;
  };
}

const unions = new WeakMap<readonly HierarchicalModel[], HierarchicalModel>();

/** The smallest model containing every candidate (a union of down-sets is a down-set). */
function unionModel(models: readonly HierarchicalModel[]): HierarchicalModel {
  let union = unions.get(models);
  if (!union) {
    const terms = new Set<number>();
    for (const model of models) for (const term of model.terms) terms.add(term);
    union = { t: models[0].t, terms: [...terms].sort((a, b) => popcount(a) - popcount(b) || a - b) };
    unions.set(models, union);
  }
  return union;
}

/**
 * Where the best model changes as the candidates are taken in order (MultipleSystemsEstimation's
 * cumulative BIC selection, mse.md §4.6): `records` holds pairs (index k, estimate), the estimate
 * chosen among candidates 0…k being that of the last record at or before k (none before the
 * first record). `best` is the lowest-BIC model of all (ties keep the earlier).
 *
 * A model's log-likelihood never exceeds that of a model containing it, so its BIC is at least
 * p log n − 2 ℓ_max, with ℓ_max from the union of the candidates when its MLE exists (otherwise
 * the saturated log-likelihood). A model whose bound cannot beat the best so far can be no new
 * record and is not fitted: the records are exact, with far fewer fits (bootstrap replicates and
 * the jackknife).
 */
export function bicRecords(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  models: readonly HierarchicalModel[],
  starts?: readonly (ArrayLike<number> | undefined)[],
): { best: ModelFit | null; records: number[] } {
  const records: number[] = [];
  if (models.length === 0) return { best: null, records };
  let ceiling = prepared.saturatedLogLikelihood;
  const union = unionModel(models);
  if (!union.terms.includes((1 << prepared.t) - 1)) {
    const fit = fitIfAdmissible(prepared, union, checker);
    if (fit) ceiling = Math.min(ceiling, fit.logLikelihood);
  }
  let best: ModelFit | null = null;
  const logN = Math.log(prepared.n);
  models.forEach((model, index) => {
    // A small margin keeps rounding in the two fits from ever pruning the true best model.
    if (best && (model.terms.length + 1) * logN - 2 * ceiling >= best.bic + 1e-6) return;
    const fit = fitIfAdmissible(prepared, model, checker, starts?.[index]);
    if (fit && Number.isFinite(fit.bic) && (!best || fit.bic < best.bic)) {
      best = fit;
      records.push(index, fit.abundance);
    }
  });
  return { best, records };
}

/** The lowest-BIC admissible model among `models` (in order; ties keep the earlier). */
export function bestByBic(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  models: readonly HierarchicalModel[],
  starts?: readonly (ArrayLike<number> | undefined)[],
): ModelFit | null {
  return bicRecords(prepared, checker, models, starts).best;
}

export type DownhillResult = { fit: ModelFit; path: ModelFit[] };

/** From `start` (main effects by default) move to the best-BIC unvisited admissible neighbour while
 * that lowers BIC, at most `maxSteps` times. May stop in a local minimum. */
export function downhillSearch(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  maxOrder: number,
  start: HierarchicalModel = mainEffects(prepared.t),
  maxSteps = 20,
): DownhillResult | null {
  let current = fitIfAdmissible(prepared, start, checker);
  if (!current) return null;
  const visited = new Set([modelKey(current.model)]);
  const path = [current];
  for (let step = 0; step < maxSteps; step++) {
    let best: ModelFit | null = null;
    for (const neighbour of neighbourModels(current.model, maxOrder)) {
      const key = modelKey(neighbour);
      if (visited.has(key)) continue;
      visited.add(key);
      const fit = fitIfAdmissible(prepared, neighbour, checker, current.mu);
      if (fit && (!best || fit.bic < best.bic)) best = fit;
    }
    if (!best || best.bic >= current.bic) break;
    current = best;
    path.push(current);
  }
  return { fit: current, path };
}
