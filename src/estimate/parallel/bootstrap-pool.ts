// Spreading bootstrap replicates over worker threads (piscina). This is the I/O-ish edge of the
// estimate module: the work itself is the pure bootstrapReplicates(), and the single-thread path
// below computes exactly the same numbers (each replicate has its own random stream).
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { type BootstrapTask, bootstrapReplicates, type ReplicateResults } from '../bootstrap.js';
import { withExistenceChecker } from '../highs-lp.js';
import type { Monitor } from '../options.js';

export type PoolOptions = {
  /** Worker threads; 0 or 1 = compute in this thread. */
  threads?: number;
  /** Replicates per task sent to a worker. */
  chunk?: number;
  /** Told as replicates complete (done, total); may throw to stop the bootstrap. */
  monitor?: Monitor;
};

/** What a worker sends back for a range of replicates. */
export type WorkerReplicates = { estimates: number[]; records: number[][] | null };

const workerUrl = new URL('./bootstrap-worker.js', import.meta.url);

/** Workers need compiled JavaScript: when running from TypeScript sources (tsx, vitest), the
 * sibling .js does not exist and we stay in one thread. */
function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts');
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function runBootstrap(
  task: BootstrapTask,
  options: PoolOptions = {},
): Promise<ReplicateResults> {
  const total = task.to - task.from;
  const threads = options.threads ?? defaultThreads();
  const chunk = Math.max(1, options.chunk ?? 20);
  const estimates = new Float64Array(total);
  const records: number[][] | null = task.candidates ? new Array(total) : null;
  const place = (start: number, part: WorkerReplicates | ReplicateResults) => {
    estimates.set(part.estimates, start - task.from);
    part.records?.forEach((record, i) => {
      if (records) records[start - task.from + i] = record;
    });
  };
  let done = 0;
  options.monitor?.(0, total);
  if (threads <= 1 || !workersAvailable() || total <= chunk) {
    for (let start = task.from; start < task.to; start += chunk) {
      const end = Math.min(start + chunk, task.to);
      place(
        start,
        await withExistenceChecker((checker) =>
          bootstrapReplicates({ ...task, from: start, to: end }, checker),
        ),
      );
      done += end - start;
      options.monitor?.(done, total);
      // Let the event loop breathe (progress output, a cancel request) between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { estimates, records };
  }
  // This thread takes replicates too, beside threads − 1 workers: it has already compiled and
  // warmed the fitting code on the original data, where a worker starts cold (loading and
  // optimising the code cost each worker about a tenth of a second of CPU, a tenth of a bootstrap
  // of UK 2013). Chunks are taken from one queue in order; where each lands is fixed by its start.
  // Loaded here, not with this module: a command that runs no bootstrap does not pay for it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<BootstrapTask, WorkerReplicates>({
    filename: workerUrl.href,
    maxThreads: threads - 1,
    minThreads: threads - 1,
  });
  const stop = new AbortController();
  const starts: number[] = [];
  for (let start = task.from; start < task.to; start += chunk) starts.push(start);
  // Every chunk listens to the one signal: more than Node's default ten is expected, not a leak
  // (Node would print a warning to the user's terminal).
  setMaxListeners(starts.length + 1, stop.signal);
  let next = 0;
  const finish = (start: number, end: number, part: WorkerReplicates | ReplicateResults) => {
    place(start, part);
    done += end - start;
    options.monitor?.(done, total);
  };
  // Two chunks in flight per worker, so that a worker never waits for this thread to hand it the
  // next one while this thread computes its own.
  const workerLane = async () => {
    while (next < starts.length && !stop.signal.aborted) {
      const start = starts[next++];
      const end = Math.min(start + chunk, task.to);
      finish(start, end, await pool.run({ ...task, from: start, to: end }, { signal: stop.signal }));
    }
  };
  const ownLane = async () => {
    while (next < starts.length && !stop.signal.aborted) {
      // Let the workers' answers in (and hand them new chunks) between chunks of this thread.
      await new Promise((resolve) => setImmediate(resolve));
      if (next >= starts.length || stop.signal.aborted) break;
      const start = starts[next++];
      const end = Math.min(start + chunk, task.to);
      finish(
        start,
        end,
        await withExistenceChecker((checker) =>
          bootstrapReplicates({ ...task, from: start, to: end }, checker),
        ),
      );
    }
  };
  try {
    const lanes = [ownLane(), ...Array.from({ length: 2 * (threads - 1) }, workerLane)];
    // The first failure (a cancel thrown by the monitor) stops the others.
    await Promise.all(
      lanes.map((lane) =>
        lane.catch((error) => {
          stop.abort();
          throw error;
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
  return { estimates, records };
}
