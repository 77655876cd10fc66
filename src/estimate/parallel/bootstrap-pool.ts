// Spreading bootstrap replicates over worker threads (piscina). This is the I/O-ish edge of the
// estimate module: the work itself is the pure bootstrapReplicates(), and the single-thread path
// below computes exactly the same numbers (each replicate has its own random stream).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type BootstrapTask, bootstrapReplicates } from '../bootstrap.js';
import type { ExistenceChecker } from '../existence.js';

export type PoolOptions = {
  /** Worker threads; 0 or 1 = compute in this thread. */
  threads?: number;
  /** Replicates per task sent to a worker. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
};

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
  checker: ExistenceChecker,
  options: PoolOptions = {},
): Promise<Float64Array> {
  const total = task.to - task.from;
  const threads = options.threads ?? defaultThreads();
  const chunk = Math.max(1, options.chunk ?? 20);
  const out = new Float64Array(total);
  let done = 0;
  if (threads <= 1 || !workersAvailable() || total <= chunk) {
    for (let start = task.from; start < task.to; start += chunk) {
      const end = Math.min(start + chunk, task.to);
      out.set(bootstrapReplicates({ ...task, from: start, to: end }, checker), start - task.from);
      done += end - start;
      options.onProgress?.(done, total);
      // Let the event loop breathe (progress output) between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }
  const pool = new Piscina<BootstrapTask, number[]>({
    filename: workerUrl.href,
    maxThreads: threads,
    minThreads: 1,
  });
  try {
    const jobs: Promise<void>[] = [];
    for (let start = task.from; start < task.to; start += chunk) {
      const end = Math.min(start + chunk, task.to);
      jobs.push(
        pool.run({ ...task, from: start, to: end }).then((values) => {
          out.set(values, start - task.from);
          done += end - start;
          options.onProgress?.(done, total);
        }),
      );
    }
    await Promise.all(jobs);
  } finally {
    await pool.destroy();
  }
  return out;
}
