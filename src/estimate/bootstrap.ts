// The non-parametric bootstrap with the whole model selection repeated on every replicate
// (Chan, Silverman & Vincent 2021; Silverman, Chan & Vincent 2024; mse.md §4.7). Replicate r uses
// its own random stream (seed, r), so any split of the replicates over workers gives the same
// numbers. This file is the per-replicate work; parallel/ spreads it over threads.
import { jackknifeAcceleration } from './bca.js';
import type { ExistenceChecker } from './existence.js';
import type { HierarchicalModel } from './hierarchical-model.js';
import { prepareCounts } from './loglinear-fit.js';
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

function candidateModels(task: Pick<BootstrapTask, 'lists' | 'candidates'>): HierarchicalModel[] | undefined {
  return task.candidates?.map((terms) => ({ t: task.lists.length, terms }));
}

export function bootstrapReplicates(task: BootstrapTask, checker: ExistenceChecker): Float64Array {
  const candidates = candidateModels(task);
  const out = new Float64Array(task.to - task.from);
  for (let r = task.from; r < task.to; r++) {
    const counts = resampleCounts(task.counts, randomStream(task.seed, r));
    out[r - task.from] = selectedEstimate(
      prepareCounts(task.lists, counts),
      checker,
      task.options,
      candidates,
    );
  }
  return out;
}

export function selectionAcceleration(
  task: Pick<BootstrapTask, 'lists' | 'counts' | 'options' | 'candidates' | 'candidateStarts'>,
  checker: ExistenceChecker,
): number {
  const candidates = candidateModels(task);
  return jackknifeAcceleration(task.counts, (cell) => {
    const counts = [...task.counts];
    counts[cell] -= 1;
    return selectedEstimate(
      prepareCounts(task.lists, counts),
      checker,
      task.options,
      candidates,
      task.candidateStarts,
    );
  });
}
