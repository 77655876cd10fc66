// Assessments off the event loop. One assessment of the example cases is ~5 ms of rule evaluation
// and ~10 ms of JSON.stringify (half a megabyte of finding trees); done on the request thread,
// 200 clients asking at once starve every other request (logins, case reads, the web app). The
// pool runs them on worker threads (piscina) and keeps its own first-come-first-served queue, so
// a request whose client has gone away is dropped before it costs anything, and a full queue is
// refused at once (503) instead of growing without bound.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type AssessJob, assessToJson } from './job.js';

export type AssessPool = {
  /** Worker threads; 0 = assessments run on the request's thread. */
  readonly threads: number;
  /** Assessments waiting for a worker. */
  readonly waiting: number;
  /** The assessment as UTF-8 JSON. Rejects with PoolBusyError when the queue is full, and with
   * PoolAbortedError when `signal` fires before a worker took the job. */
  run(job: AssessJob, signal?: AbortSignal): Promise<Buffer>;
  close(): Promise<void>;
};

export type AssessPoolOptions = {
  /** Worker threads (default: defaultAssessThreads()); 0 = none. */
  threads?: number;
  /** Jobs allowed to wait for a worker (default 1000). */
  maxQueue?: number;
};

export class PoolBusyError extends Error {
  constructor() {
    super('the server is busy assessing; try again shortly');
  }
}

export class PoolAbortedError extends Error {
  constructor() {
    super('the client went away before the assessment started');
  }
}

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

/** From TypeScript sources (tsx, vitest) the worker is the sibling .ts file, loaded through tsx. */
function workerEntry(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

function inlinePool(): AssessPool {
  return {
    threads: 0,
    waiting: 0,
    async run(job, signal) {
      if (signal?.aborted) throw new PoolAbortedError();
      return toBuffer(assessToJson(job));
    },
    async close() {},
  };
}

type Waiting = {
  job: AssessJob;
  signal: AbortSignal | undefined;
  resolve: (value: Buffer) => void;
  reject: (error: unknown) => void;
};

export function createAssessPool(options: AssessPoolOptions = {}): AssessPool {
  const threads = options.threads ?? defaultAssessThreads();
  if (threads <= 0) return inlinePool();
  const maxQueue = options.maxQueue ?? 1000;
  const { filename, execArgv } = workerEntry();
  const piscina = new Piscina<AssessJob, Uint8Array>({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    // Workers stay up for the life of the server: starting one costs far more than an assessment.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  const queue: Waiting[] = [];
  let running = 0;
  let closed = false;

  // Hand queued jobs to free workers, oldest first, skipping those whose client left.
  const pump = () => {
    while (running < threads && queue.length > 0) {
      const next = queue.shift()!;
      if (next.signal?.aborted) {
        next.reject(new PoolAbortedError());
        continue;
      }
      running++;
      piscina
        .run(next.job)
        .then((bytes) => next.resolve(toBuffer(bytes)), next.reject)
        .finally(() => {
          running--;
          pump();
        });
    }
  };

  return {
    threads,
    get waiting() {
      return queue.length;
    },
    run(job, signal) {
      if (closed) return Promise.reject(new Error('the assessment pool is closed'));
      if (signal?.aborted) return Promise.reject(new PoolAbortedError());
      if (running >= threads && queue.length >= maxQueue) return Promise.reject(new PoolBusyError());
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ job, signal, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const left of queue.splice(0)) left.reject(new Error('the assessment pool is closed'));
      await piscina.destroy();
    },
  };
}
