// The assessment pool: worker threads give byte-for-byte the assessment the request thread would,
// a worker's failure reaches the caller (and the pool keeps serving), a client that left before
// its turn is dropped, and a full queue is refused rather than grown; a worker handed several jobs
// at once answers each with its own.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/law/assess.js';
import { compactAssessment } from '../../src/law/render/compact.js';
import {
  ASSESS_TASKS_PER_WORKER,
  createAssessPool,
  defaultAssessThreads,
  PoolAbortedError,
  PoolBusyError,
} from '../../src/server/assess/pool.js';
import { runForRequest } from '../../src/server/worker-pool.js';
import type { Store } from '../../src/store/db.js';
import { testApp, testStore } from './helpers.js';

const facts = JSON.parse(readFileSync('examples/cases/labour-trafficking-deception.json', 'utf8'));
const job = { facts, instrumentIds: [] };

describe('assessment pool on a worker thread, one job at a time', () => {
  const pool = createAssessPool({ threads: 1, maxQueue: 2, tasksPerWorker: 1 });
  afterAll(() => pool.close());

  it('returns the assessment as JSON, identical to assessing in this thread', async () => {
    const json = await pool.run(job);
    expect(pool.threads).toBe(1);
    expect(json.toString('utf8')).toBe(JSON.stringify(compactAssessment(assess(facts))));
  });

  it('passes the contract version and the trees asked for on', async () => {
    const v1 = await pool.run({ ...job, schemaVersion: 1 });
    expect(v1.toString('utf8')).toBe(JSON.stringify(assess(facts)));
    const trees = await pool.run({ ...job, trees: ['servitude'] });
    expect(trees.toString('utf8')).toBe(JSON.stringify(compactAssessment(assess(facts), ['servitude'])));
  });

  it('passes the instrument choice on', async () => {
    const json = await pool.run({ facts, instrumentIds: ['un-trafficking-protocol'] });
    const parsed = JSON.parse(json.toString('utf8'));
    expect(parsed.instruments.map((i: { id: string }) => i.id)).toEqual(['un-trafficking-protocol']);
  });

  it('rejects when the worker fails, and keeps working afterwards', async () => {
    await expect(pool.run({ facts, instrumentIds: ['no-such-instrument'] })).rejects.toThrow(
      /unknown instrument/,
    );
    expect((await pool.run(job)).length).toBeGreaterThan(0);
  });

  it('drops a queued job whose client went away, without running it', async () => {
    const first = pool.run(job);
    const gone = new AbortController();
    const second = pool.run(job, gone.signal);
    expect(pool.waiting).toBe(1);
    gone.abort();
    await expect(second).rejects.toBeInstanceOf(PoolAbortedError);
    await first;
    expect(pool.waiting).toBe(0);
  });

  it('a request whose connection closes before its turn is dropped (runForRequest)', async () => {
    const connection = () => Object.assign(new EventEmitter(), { writableFinished: false });
    const first = pool.run(job);
    const left = connection();
    const stays = connection();
    const abandoned = runForRequest(pool, job, left as never);
    const kept = runForRequest(pool, job, stays as never);
    expect(pool.waiting).toBe(2);
    left.emit('close');
    await expect(abandoned).rejects.toBeInstanceOf(PoolAbortedError);
    await first;
    expect((await kept).toString('utf8')).toBe(JSON.stringify(compactAssessment(assess(facts))));
    // Its listener is gone once answered: a later close cancels nothing.
    expect(stays.listenerCount('close')).toBe(0);
  });

  it('refuses a job when the queue is full instead of queueing it', async () => {
    const running = pool.run(job);
    const queued = [pool.run(job), pool.run(job)];
    await expect(pool.run(job)).rejects.toBeInstanceOf(PoolBusyError);
    await Promise.all([running, ...queued]);
  });
});

describe('assessment pool handing each worker several jobs at once', () => {
  const pool = createAssessPool({ threads: 2, maxQueue: 1, tasksPerWorker: 3 });
  afterAll(() => pool.close());

  it('answers every job with its own assessment, and queues only beyond what the workers hold', async () => {
    const jobs = [
      ...Array.from({ length: 5 }, () => job),
      { facts, instrumentIds: ['un-trafficking-protocol'] },
    ];
    const answers = jobs.map((each) => pool.run(each));
    // Two workers hold three each: none of the six waits in the pool's own queue.
    expect(pool.waiting).toBe(0);
    const seventh = pool.run(job);
    expect(pool.waiting).toBe(1);
    await expect(pool.run(job)).rejects.toBeInstanceOf(PoolBusyError);
    const texts = (await Promise.all([...answers, seventh])).map((bytes) => bytes.toString('utf8'));
    const whole = JSON.stringify(compactAssessment(assess(facts)));
    expect(texts.filter((text) => text === whole)).toHaveLength(6);
    expect(JSON.parse(texts[5]!).instruments.map((i: { id: string }) => i.id)).toEqual([
      'un-trafficking-protocol',
    ]);
    expect(pool.waiting).toBe(0);
  });

  it('a failing job fails alone, beside others held by the same worker', async () => {
    const answers = await Promise.allSettled([
      pool.run(job),
      pool.run({ facts, instrumentIds: ['no-such-instrument'] }),
      pool.run(job),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

it('takes the number of threads from CONTINUUM_ASSESS_THREADS, refusing nonsense', () => {
  expect(defaultAssessThreads({ CONTINUUM_ASSESS_THREADS: '3' })).toBe(3);
  expect(defaultAssessThreads({ CONTINUUM_ASSESS_THREADS: '0' })).toBe(0);
  expect(defaultAssessThreads({})).toBeGreaterThanOrEqual(1);
  expect(() => defaultAssessThreads({ CONTINUUM_ASSESS_THREADS: 'many' })).toThrow(/whole number/);
});

describe('POST /api/assess with worker threads', () => {
  let store: Store;
  beforeAll(async () => {
    store = await testStore();
  }, 120_000);
  afterAll(() => store?.close());

  it('answers exactly as without workers, and closes its workers with the server', async () => {
    const withWorkers = await testApp(store, { assessThreads: 1 });
    const inline = await testApp(store);
    try {
      const request = { method: 'POST' as const, url: '/api/assess', payload: facts };
      const [a, b] = await Promise.all([withWorkers.inject(request), inline.inject(request)]);
      expect(a.statusCode).toBe(200);
      expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(a.body).toBe(b.body);
      const bad = await withWorkers.inject({ ...request, payload: { person: { age: 'old' } } });
      expect(bad.statusCode).toBe(400);
    } finally {
      await withWorkers.close();
      await inline.close();
    }
  });

  it('answers 503 with Retry-After when every worker is full and no job may wait', async () => {
    const app = await testApp(store, { assessThreads: 1, assessQueue: 0 });
    try {
      const request = { method: 'POST' as const, url: '/api/assess', payload: facts };
      // The one worker holds ASSESS_TASKS_PER_WORKER jobs; one more is refused.
      const answers = await Promise.all(
        Array.from({ length: ASSESS_TASKS_PER_WORKER + 1 }, () => app.inject(request)),
      );
      const byStatus = answers.sort((x, y) => x.statusCode - y.statusCode);
      expect(byStatus.map((r) => r.statusCode)).toEqual([
        ...Array.from({ length: ASSESS_TASKS_PER_WORKER }, () => 200),
        503,
      ]);
      const refused = byStatus[ASSESS_TASKS_PER_WORKER]!;
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json()).toMatchObject({ schemaVersion: 1, error: 'busy' });
    } finally {
      await app.close();
    }
  });
});
