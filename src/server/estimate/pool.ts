// Estimates off the event loop: one worker thread by default (estimates are rare and long; the
// assessment pool keeps the other cores), a short queue, 503 when it is full.
import { createWorkerPool, type WorkerPool } from '../worker-pool.js';
import { type EstimateAnswer, type EstimateJob, estimateJob } from './job.js';

export type EstimatePool = WorkerPool<EstimateJob, EstimateAnswer>;

export function createEstimatePool(options: { threads?: number; maxQueue?: number } = {}): EstimatePool {
  return createWorkerPool({
    threads: options.threads ?? 1,
    maxQueue: options.maxQueue ?? 20,
    worker: new URL('./estimate-worker.js', import.meta.url),
    inline: estimateJob,
    receive: (answer: EstimateAnswer) => answer,
    busyMessage: 'the server is busy estimating; try again shortly',
  });
}
