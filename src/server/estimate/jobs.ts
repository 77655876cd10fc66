// Population estimates as jobs with a life of their own: each has an owner (the logged-in user,
// or the client's address), a state, progress read from the worker through shared memory, and a
// way to stop. One owner may have only a few estimates unfinished at once (its share of the
// queue); a job whose client stops asking about it (no poll within the lease) is cancelled, as is
// a plain request whose client hangs up — a running estimate stops at its next step, a waiting one
// never starts. Finished jobs are kept a while for their owner to fetch, then forgotten.
import { randomUUID } from 'node:crypto';
import type { EstimateProgress } from '../../estimate/options.js';
import { type Lang, translator } from '../../i18n/index.js';
import { type ErrorBody, errorBody } from '../errors.js';
import { PoolAbortedError, PoolBusyError } from '../worker-pool.js';
import type { EstimateAnswer, EstimateJob } from './job.js';
import type { EstimatePool } from './pool.js';
import { readProgress, requestStop, type SharedProgress, sharedProgress } from './progress.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export type JobView = {
  id: string;
  state: JobState;
  progress: EstimateProgress | null;
  /** When done: what POST /api/estimate answers. */
  result?: Extract<EstimateAnswer, { ok: true }>['body'];
  /** When failed: the problems with the lists or the settings. */
  error?: ErrorBody;
};

type Job = {
  id: string;
  owner: string;
  state: JobState;
  shared: SharedProgress;
  /** Aborts the job while it waits for a worker. */
  waiting: AbortController;
  answer?: EstimateAnswer;
  lastSeen: number;
  finishedAt?: number;
  done: Promise<EstimateAnswer | 'cancelled'>;
};

export type JobsOptions = {
  /** Unfinished estimates one owner may have at once. */
  perOwner?: number;
  /** Unfinished estimates in all (running and waiting); past it the server is busy. */
  capacity?: number;
  /** A job nobody has asked about for this long is cancelled (ms). */
  leaseMs?: number;
  /** A finished job is kept this long for its owner (ms). */
  keepMs?: number;
  now?: () => number;
};

export class OwnerBusyError extends Error {
  constructor(
    readonly limit: number,
    lang?: Lang,
  ) {
    super(translator(lang).t('estimate.server.ownerBusy', { limit }));
  }
}

export class EstimateJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly perOwner: number;
  private readonly capacity: number;
  private readonly leaseMs: number;
  private readonly keepMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly pool: EstimatePool,
    options: JobsOptions = {},
  ) {
    this.perOwner = options.perOwner ?? 2;
    this.capacity = options.capacity ?? 21;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.keepMs = options.keepMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.leaseMs, 5_000));
    this.sweeper.unref();
  }

  /** Starts an estimate for `owner`; throws OwnerBusyError past its share, PoolBusyError when all are busy. */
  submit(owner: string, request: Omit<EstimateJob, 'progress'>): JobView {
    const unfinished = [...this.jobs.values()].filter(
      (job) => job.state === 'queued' || job.state === 'running',
    );
    if (unfinished.filter((job) => job.owner === owner).length >= this.perOwner)
      throw new OwnerBusyError(this.perOwner, request.lang);
    if (unfinished.length >= this.capacity)
      throw new PoolBusyError(translator(request.lang).t('estimate.server.busy'));
    const shared = sharedProgress();
    const waiting = new AbortController();
    const job: Job = {
      id: randomUUID(),
      owner,
      state: 'queued',
      shared,
      waiting,
      lastSeen: this.now(),
      done: Promise.resolve('cancelled'),
    };
    const run = this.pool.run({ ...request, progress: shared }, waiting.signal, () => {
      if (job.state === 'queued') job.state = 'running';
    });
    job.done = run.then(
      (answer) => {
        job.answer = answer;
        this.finish(job, answer.ok ? 'done' : answer.error === 'cancelled' ? 'cancelled' : 'failed');
        return job.state === 'cancelled' ? 'cancelled' : answer;
      },
      (error: unknown) => {
        if (error instanceof PoolAbortedError) {
          this.finish(job, 'cancelled');
          return 'cancelled' as const;
        }
        // The worker failed (or the pool refused after all): the job fails with a plain message.
        job.answer = {
          ok: false,
          error: 'internal',
          message: translator(request.lang).t('estimate.server.failed'),
          problems: [],
        };
        this.finish(job, 'failed');
        return job.answer;
      },
    );
    this.jobs.set(job.id, job);
    return this.view(job);
  }

  /** The job as its owner sees it (asking keeps it alive); undefined for anyone else. */
  get(owner: string, id: string): JobView | undefined {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    job.lastSeen = this.now();
    return this.view(job);
  }

  /** Stops the owner's job: a waiting one never starts, a running one stops at its next step. */
  cancel(owner: string, id: string): JobView | undefined {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    this.stop(job);
    return this.view(job);
  }

  /**
   * One estimate for a plain request: counted in the owner's share like a job, cancelled when
   * `gone` fires (the client hung up). Resolves to the answer, or 'cancelled'.
   */
  async run(owner: string, request: Omit<EstimateJob, 'progress'>, gone: AbortSignal) {
    const view = this.submit(owner, request);
    const job = this.jobs.get(view.id)!;
    const onGone = () => this.stop(job);
    gone.addEventListener('abort', onGone, { once: true });
    if (gone.aborted) onGone();
    try {
      return await job.done;
    } finally {
      gone.removeEventListener('abort', onGone);
      // Nobody will fetch a plain request's result.
      this.jobs.delete(job.id);
    }
  }

  /** The owner's jobs, unfinished ones first. */
  list(owner: string): JobView[] {
    const mine = [...this.jobs.values()].filter((job) => job.owner === owner);
    for (const job of mine) job.lastSeen = this.now();
    const unfinished = (job: Job) => job.state === 'queued' || job.state === 'running';
    return [...mine.filter(unfinished), ...mine.filter((job) => !unfinished(job))].map((job) =>
      this.view(job),
    );
  }

  /** Resolves once the worker has let go of the owner's job (a cancelled one stops at its next step). */
  async settled(owner: string, id: string): Promise<JobView | undefined> {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    await job.done;
    return this.view(job);
  }

  /** Jobs known (any state). */
  get size(): number {
    return this.jobs.size;
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const job of this.jobs.values()) this.stop(job);
  }

  private stop(job: Job): void {
    if (job.state === 'queued') job.waiting.abort();
    if (job.state === 'queued' || job.state === 'running') {
      requestStop(job.shared);
      this.finish(job, 'cancelled');
    }
  }

  private finish(job: Job, state: JobState): void {
    if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') return;
    job.state = state;
    job.finishedAt = this.now();
  }

  /** Cancels jobs nobody has asked about within the lease and forgets old finished ones (runs on a timer). */
  sweep(): void {
    const now = this.now();
    for (const job of this.jobs.values()) {
      if ((job.state === 'queued' || job.state === 'running') && now - job.lastSeen > this.leaseMs)
        this.stop(job);
      else if (job.finishedAt !== undefined && now - job.finishedAt > this.keepMs) this.jobs.delete(job.id);
    }
  }

  private view(job: Job): JobView {
    const view: JobView = { id: job.id, state: job.state, progress: readProgress(job.shared) };
    if (job.state === 'done' && job.answer?.ok) view.result = job.answer.body;
    if (job.state === 'failed' && job.answer && !job.answer.ok) {
      const { error, message, problems } = job.answer;
      view.error = errorBody(error, message, problems);
    }
    return view;
  }
}

export { PoolBusyError };
