// Assessments off the event loop. One assessment of the example cases is ~5 ms of rule evaluation
// and ~10 ms of JSON.stringify (half a megabyte of finding trees); done on the request thread,
// 200 clients asking at once starve every other request (logins, case reads, the web app). The
// pool runs them on worker threads (piscina) and keeps its own first-come-first-served queue, so
// a request whose client has gone away is dropped before it costs anything, and a full queue is
// refused at once (503) instead of growing without bound.
import { availableParallelism } from 'node:os';
import { createWorkerPool, type WorkerPool } from '../worker-pool.js';
import { type AssessJob, assessToJson } from './job.js';

export { PoolAbortedError, PoolBusyError } from '../worker-pool.js';

/** The assessment as UTF-8 JSON. */
export type AssessPool = WorkerPool<AssessJob, Buffer>;

export type AssessPoolOptions = {
  /** Worker threads (default: defaultAssessThreads()); 0 = none. */
  threads?: number;
  /** Jobs allowed to wait for a worker (default 1000). */
  maxQueue?: number;
  /** Jobs each worker holds at once (default 4; see ASSESS_TASKS_PER_WORKER). */
  tasksPerWorker?: number;
};

/**
 * Each worker is handed up to four assessments at once. An assessment takes a worker about 0.3 ms;
 * handed one at a time, a worker that finished went idle until the request's thread, busy reading
 * and writing other requests, handed it the next and woke it (the machine was 15% idle under load
 * while requests waited). Under 100 clients on 2 cores, in four alternating runs of each: one at a
 * time, 1,651–1,871 req/s with p99 93–105 ms; four, 1,824–2,341 req/s with p99 73–87 ms
 * (4 Dec 2026; bench/README.md).
 */
export const ASSESS_TASKS_PER_WORKER = 4;

/**
 * CONTINUUM_ASSESS_THREADS when set (0 = none), else one per core, 1–4. One per core rather than
 * leaving a core to the event loop: the event loop is mostly idle under load (its requests are
 * small), and on a busy machine more runnable threads keep assessments' share of the CPU up.
 */
export function defaultAssessThreads(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.CONTINUUM_ASSESS_THREADS?.trim();
  if (fromEnv) {
    const n = Number(fromEnv);
    if (Number.isInteger(n) && n >= 0 && n <= 64) return n;
    throw new Error(`CONTINUUM_ASSESS_THREADS must be a whole number from 0 to 64, not "${fromEnv}"`);
  }
  return Math.max(1, Math.min(4, availableParallelism()));
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function createAssessPool(options: AssessPoolOptions = {}): AssessPool {
  return createWorkerPool({
    threads: options.threads ?? defaultAssessThreads(),
    maxQueue: options.maxQueue ?? 1000,
    tasksPerWorker: options.tasksPerWorker ?? ASSESS_TASKS_PER_WORKER,
    worker: new URL('./assess-worker.js', import.meta.url),
    inline: assessToJson,
    receive: toBuffer,
    busyMessage: 'the server is busy assessing; try again shortly',
  });
}
