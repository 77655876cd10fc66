// Work that must not run on the event loop (assessments, population estimates) goes to worker
// threads (piscina) through a first-come-first-served queue of its own: a job whose client has
// gone away is dropped before it costs anything, and a full queue is refused at once (the route
// answers 503) instead of growing without bound. With no threads the same function runs in the
// request's thread, so results are identical either way.
import type { FastifyReply } from 'fastify';
import { Piscina } from 'piscina';
import { errorBody, sendError } from './errors.js';

export type WorkerPool<Job, Result> = {
  /** Worker threads; 0 = jobs run on the request's thread. */
  readonly threads: number;
  /** Jobs waiting for a worker. */
  readonly waiting: number;
  /** Rejects with PoolBusyError when the queue is full, and with PoolAbortedError when `signal`
   * fires before the job is handed to a worker; `onStart` is called when it is. */
  run(job: Job, signal?: Cancellation, onStart?: () => void): Promise<Result>;
  close(): Promise<void>;
};

/** What `run` reads of a cancellation: an AbortSignal will do, or a plain flag (see runForRequest). */
export type Cancellation = { readonly aborted: boolean };

export class PoolBusyError extends Error {}

export class PoolAbortedError extends Error {
  constructor() {
    super('the client went away before the work started');
  }
}

export type WorkerPoolOptions<Job, Raw, Result> = {
  threads: number;
  /** Jobs allowed to wait for a worker. */
  maxQueue: number;
  /**
   * Jobs handed to each worker at once (default 1). A worker that already holds its next job takes
   * it as soon as it finishes the last, without waiting for the request's thread to notice and
   * wake it; for short jobs that wait and wake-up cost as much as a third of the work (see
   * createAssessPool). Keep 1 for long jobs: a job handed to a busy worker waits for it even when
   * another is free. Jobs already handed out are not dropped when their client leaves.
   */
  tasksPerWorker?: number;
  /**
   * The worker module, as its compiled `.js` sibling of the caller
   * (`new URL('./estimate-worker.js', import.meta.url)`). Each worker file has a name of its own:
   * the command-line bundle (scripts/bundle.mjs) puts every worker in one folder.
   */
  worker: URL;
  /** The worker's function, for a pool without threads. */
  inline: (job: Job) => Raw | Promise<Raw>;
  /** What a worker sends back, as the caller wants it. */
  receive: (raw: Raw) => Result;
  /** Said when the queue is full, e.g. "the server is busy assessing; try again shortly". */
  busyMessage: string;
};

/** From TypeScript sources (tsx, vitest) the worker is the sibling .ts file, loaded through tsx. */
function workerEntry(worker: URL): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    filename: fromSource ? worker.href.replace(/\.js$/, '.ts') : worker.href,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

function inlinePool<Job, Raw, Result>(options: WorkerPoolOptions<Job, Raw, Result>): WorkerPool<Job, Result> {
  return {
    threads: 0,
    waiting: 0,
    async run(job, signal, onStart) {
      if (signal?.aborted) throw new PoolAbortedError();
      onStart?.();
      return options.receive(await options.inline(job));
    },
    async close() {},
  };
}

type Waiting<Job, Result> = {
  job: Job;
  signal: Cancellation | undefined;
  onStart: (() => void) | undefined;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
};

export function createWorkerPool<Job, Raw, Result>(
  options: WorkerPoolOptions<Job, Raw, Result>,
): WorkerPool<Job, Result> {
  const { threads, maxQueue, receive } = options;
  if (threads <= 0) return inlinePool(options);
  const perWorker = Math.max(1, Math.floor(options.tasksPerWorker ?? 1));
  // Jobs in the workers' hands at most; the rest wait in `queue`.
  const capacity = threads * perWorker;
  const { filename, execArgv } = workerEntry(options.worker);
  const piscina = new Piscina<Job, Raw>({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: perWorker,
    // Workers stay up for the life of the server: starting one costs far more than a job.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Piscina times every task into histograms by default; nothing here reads them.
    recordTiming: false,
  });
  const queue: Waiting<Job, Result>[] = [];
  // Jobs handed to the workers and not yet answered.
  let handed = 0;
  let closed = false;

  // Hand queued jobs to workers with room, oldest first, skipping those whose client left.
  const pump = () => {
    while (handed < capacity && queue.length > 0) {
      const next = queue.shift()!;
      if (next.signal?.aborted) {
        next.reject(new PoolAbortedError());
        continue;
      }
      handed++;
      next.onStart?.();
      piscina
        .run(next.job)
        .then((raw) => next.resolve(receive(raw)), next.reject)
        .finally(() => {
          handed--;
          pump();
        });
    }
  };

  return {
    threads,
    get waiting() {
      return queue.length;
    },
    run(job, signal, onStart) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      if (signal?.aborted) return Promise.reject(new PoolAbortedError());
      if (handed >= capacity && queue.length >= maxQueue) {
        return Promise.reject(new PoolBusyError(options.busyMessage));
      }
      return new Promise<Result>((resolve, reject) => {
        queue.push({ job, signal, onStart, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const left of queue.splice(0)) left.reject(new Error('the worker pool is closed'));
      await piscina.destroy();
    },
  };
}

/**
 * For a route: run the job, abandoning it if the client hangs up before a worker takes it. The
 * route maps PoolBusyError and PoolAbortedError to its answers.
 */
export async function runForRequest<Job, Result>(
  pool: WorkerPool<Job, Result>,
  job: Job,
  raw: NodeJS.WritableStream & { writableFinished: boolean },
): Promise<Result> {
  // A flag rather than an AbortController: the pool only reads `aborted`, and this runs for every
  // assessment (an AbortController and its signal cost more than the rest of this function).
  const gone = { aborted: false };
  const onClose = () => {
    if (!raw.writableFinished) gone.aborted = true;
  };
  raw.once('close', onClose);
  try {
    return await pool.run(job, gone);
  } finally {
    raw.off('close', onClose);
  }
}

/** A busy pool (503 with Retry-After) or an abandoned job (503); anything else is rethrown. */
export function sendPoolError(reply: FastifyReply, error: unknown) {
  if (error instanceof PoolBusyError) {
    return reply
      .header('retry-after', '1')
      .code(503)
      .type('application/json')
      .send(errorBody('busy', error.message));
  }
  if (error instanceof PoolAbortedError) return sendError(reply, 503, 'cancelled', error.message);
  throw error;
}
