// The non-parametric bootstrap with the whole model selection repeated on every replicate
// (Chan, Silverman & Vincent 2021; Silverman, Chan & Vincent 2024; mse.md §4.7). Replicate r uses
// its own random stream (seed, r), so any split of the replicates over workers gives the same
// numbers. This file is the per-replicate work; parallel/ spreads it over threads.
import { jackknifeAcceleration } from './bca.js';
import type { ExistenceChecker } from './existence.js';
import type { HierarchicalModel } from './hierarchical-model.js';
import { prepareCounts } from './loglinear-fit.js';
import type { Monitor } from './options.js';
import { randomStream, resampleCounts } from './random.js';
import { type SelectionOptions, selectedEstimate } from './selection.js';

/** Everything a worker needs, as plain data (it crosses thread boundaries). */
export type BootstrapTask = {
  lists: string[];
  counts: number[];
  options: SelectionOptions;
  /** For bic: the candidate models (term masks), the original data's top models. */
  candidates?: number[][];
  /** Their fitted means on the original data, as IRLS starting values (speed only). */
  candidateStarts?: number[][];
  seed: number;
  from: number;
  to: number;
};

/** What a range of replicates gives. */
export type ReplicateResults = {
  /** The selected estimate of each replicate (NaN: nothing could be fitted). */
  estimates: Float64Array;
  /**
   * bic among candidates: per replicate, where its choice changes as candidates are added in the
   * original order, as pairs (candidate index, estimate) — R's matrix of intervals by number of
   * top models (bicRecords). Null for the other methods.
   */
  records: number[][] | null;
};

function candidateModels(task: Pick<BootstrapTask, 'lists' | 'candidates'>): HierarchicalModel[] | undefined {
  return task.candidates?.map((terms) => ({ t: task.lists.length, terms }));
}

export function bootstrapReplicates(
  task: BootstrapTask,
  checker: ExistenceChecker,
  /** Told after each replicate, with the count done in this range. */
  monitor?: Monitor,
): ReplicateResults {
  const candidates = candidateModels(task);
  const size = task.to - task.from;
  const estimates = new Float64Array(size);
  const records: number[][] | null = candidates ? [] : null;
  for (let r = task.from; r < task.to; r++) {
    const counts = resampleCounts(task.counts, randomStream(task.seed, r));
    const selected = selectedEstimate(prepareCounts(task.lists, counts), checker, task.options, {
      candidates,
      starts: task.candidateStarts,
    });
    estimates[r - task.from] = selected.estimate;
    if (records) records.push(selected.records ?? []);
    monitor?.(r - task.from + 1, size);
  }
  return { estimates, records };
}

/** The selection repeated with one person removed from each occupied cell (mse.md §4.7). */
export type Jackknife = {
  /** Count of the cell each deletion was made from (its weight). */
  weights: number[];
  estimates: number[];
  /** As in ReplicateResults, per deletion. */
  records: number[][] | null;
};

export function selectionJackknife(
  task: Pick<BootstrapTask, 'lists' | 'counts' | 'options' | 'candidates' | 'candidateStarts'>,
  checker: ExistenceChecker,
  monitor?: Monitor,
): Jackknife {
  const candidates = candidateModels(task);
  const cells: number[] = [];
  for (let mask = 1; mask < task.counts.length; mask++) if (task.counts[mask] > 0) cells.push(mask);
  const jackknife: Jackknife = { weights: [], estimates: [], records: candidates ? [] : null };
  cells.forEach((cell, i) => {
    const counts = [...task.counts];
    counts[cell] -= 1;
    const selected = selectedEstimate(prepareCounts(task.lists, counts), checker, task.options, {
      candidates,
      starts: task.candidateStarts,
    });
    jackknife.weights.push(task.counts[cell]);
    jackknife.estimates.push(selected.estimate);
    jackknife.records?.push(selected.records ?? []);
    monitor?.(i + 1, cells.length);
  });
  return jackknife;
}

/** The BCa acceleration of the whole selection procedure (NaN when a deletion has no estimate). */
export function selectionAcceleration(
  task: Pick<BootstrapTask, 'lists' | 'counts' | 'options' | 'candidates' | 'candidateStarts'>,
  checker: ExistenceChecker,
): number {
  const { weights, estimates } = selectionJackknife(task, checker);
  return jackknifeAcceleration(weights, estimates);
}
