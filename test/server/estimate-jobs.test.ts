// Estimates as jobs (issue 15 item 5): bounded work per request, a share of the queue per client,
// cancelling a waiting or running estimate (by request, by a client that left, by a lapsed lease),
// and progress read while it runs.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EstimateJobs, OwnerBusyError } from '../../src/server/estimate/jobs.js';
import { createEstimatePool, type EstimatePool } from '../../src/server/estimate/pool.js';
import { PoolBusyError } from '../../src/server/worker-pool.js';
import { serveForTests } from './helpers.js';

const korea = readFileSync('examples/lists/korea-palembang.csv', 'utf8');
const western = readFileSync('examples/lists/western-us.csv', 'utf8');
const newOrleans = readFileSync('examples/lists/new-orleans-2024.csv', 'utf8');

/** A pool whose jobs wait for ever: bookkeeping without any estimating. */
const stuckPool = (): EstimatePool => ({
  threads: 1,
  waiting: 0,
  run: () => new Promise(() => {}),
  close: async () => {},
});

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never: ${what}`);
}

describe('estimate jobs: each client’s share, leases, cancelling', () => {
  it('one client may have two estimates under way; others still get theirs; the server has a capacity', () => {
    const jobs = new EstimateJobs(stuckPool(), { perOwner: 2, capacity: 3 });
    const request = { csv: korea, method: 'stepwise' as const };
    const first = jobs.submit('a', request);
    jobs.submit('a', request);
    expect(() => jobs.submit('a', request)).toThrow(OwnerBusyError);
    jobs.submit('b', request);
    expect(() => jobs.submit('c', request)).toThrow(PoolBusyError);
    // Cancelling one gives the share back.
    expect(jobs.cancel('a', first.id)?.state).toBe('cancelled');
    expect(jobs.submit('a', request).state).toBe('queued');
    // Nobody else sees or cancels a's jobs.
    expect(jobs.get('b', first.id)).toBeUndefined();
    expect(jobs.cancel('b', first.id)).toBeUndefined();
    jobs.close();
  });

  it('cancels a job nobody has asked about within the lease, and forgets finished ones later', () => {
    let now = 0;
    const jobs = new EstimateJobs(stuckPool(), { leaseMs: 30_000, keepMs: 60_000, now: () => now });
    const kept = jobs.submit('a', { csv: korea, method: 'main' });
    const left = jobs.submit('b', { csv: korea, method: 'main' });
    now = 20_000;
    jobs.get('a', kept.id);
    now = 40_000;
    jobs.sweep();
    expect(jobs.get('a', kept.id)?.state).toBe('queued');
    expect(jobs.get('b', left.id)?.state).toBe('cancelled');
    now = 200_000;
    jobs.sweep();
    expect(jobs.get('b', left.id)).toBeUndefined();
    jobs.close();
  });
});

describe('estimate jobs on a worker thread', () => {
  const pool = createEstimatePool({ threads: 1 });
  const jobs = new EstimateJobs(pool);
  afterAll(async () => {
    jobs.close();
    await pool.close();
  });

  it('a running estimate stops when cancelled, with its progress short of the end, and the worker is free again', async () => {
    const job = jobs.submit('a', { csv: western, method: 'stepwise', bootstrap: 100_000, seed: 3 });
    const running = await until(() => {
      const view = jobs.get('a', job.id);
      return view?.progress?.stage === 'bootstrap' && view.progress.done > 0 ? view : undefined;
    }, 'bootstrap progress');
    expect(running.state).toBe('running');
    expect(running.progress?.total).toBe(100_000);
    jobs.cancel('a', job.id);
    const settled = await jobs.settled('a', job.id);
    expect(settled?.state).toBe('cancelled');
    expect(settled?.progress?.done).toBeLessThan(100_000);
    const next = await jobs.run('a', { csv: korea, method: 'main' }, new AbortController().signal);
    expect(next !== 'cancelled' && next.ok).toBe(true);
  });

  it('a plain request whose client hangs up is cancelled, running or waiting', async () => {
    const gone = new AbortController();
    const answer = jobs.run('b', { csv: western, method: 'stepwise', bootstrap: 100_000 }, gone.signal);
    await until(() => (jobs.list('b')[0]?.progress ? true : undefined), 'progress of the plain request');
    gone.abort();
    expect(await answer).toBe('cancelled');
    const waiting = new AbortController();
    waiting.abort();
    expect(await jobs.run('b', { csv: korea, method: 'main' }, waiting.signal)).toBe('cancelled');
    expect(jobs.list('b')).toEqual([]);
  });
});

describe('/api/estimate/jobs', () => {
  const server = serveForTests();

  it('starts a job, reports its progress and ends with the report the plain request gives', async () => {
    const payload = { csv: western, method: 'bic', maxOrder: 2, bootstrap: 40, seed: 9 };
    const started = await server.app.inject({ method: 'POST', url: '/api/estimate/jobs', payload });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    expect(started.headers.location).toBe(`/api/estimate/jobs/${id}`);
    let view = started.json();
    while (view.state === 'queued' || view.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await server.app.inject({ method: 'GET', url: `/api/estimate/jobs/${id}` })).json();
    }
    expect(view.state).toBe('done');
    expect(view.progress).toMatchObject({ stage: 'jackknife' });
    const plain = await server.app.inject({ method: 'POST', url: '/api/estimate', payload });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(view.result).toEqual(plain.json());
    // Another client does not see it.
    const other = await server.app.inject({
      method: 'GET',
      url: `/api/estimate/jobs/${id}`,
      remoteAddress: '10.0.0.9',
    });
    expect(other.statusCode).toBe(404);
  });

  it('cancels a job on request', async () => {
    const started = await server.app.inject({
      method: 'POST',
      url: '/api/estimate/jobs',
      payload: { csv: western, method: 'stepwise', bootstrap: 1000 },
    });
    const { id } = started.json();
    const cancelled = await server.app.inject({ method: 'DELETE', url: `/api/estimate/jobs/${id}` });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().state).toBe('cancelled');
  });

  it('refuses more work than one request may ask for, saying how many replicates would fit', async () => {
    // Eight lists, stepwise, 1000 replicates: the request that held the only worker for 11 s.
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: newOrleans, method: 'stepwise', bootstrap: 1000 },
    });
    expect(response.statusCode).toBe(400);
    const [problem] = response.json().problems;
    expect(problem).toMatchObject({ path: 'bootstrap', code: 'too_much_work' });
    const most = Number(/at most (\d+) bootstrap/.exec(problem.message)?.[1]);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThan(1000);
    // Five lists by BIC with 1000 replicates, the usual published analysis, fits.
    const uk5 = readFileSync('examples/lists/uk-2013-five-lists.csv', 'utf8');
    const started = await server.app.inject({
      method: 'POST',
      url: '/api/estimate/jobs',
      payload: { csv: uk5, method: 'bic', maxOrder: 2, bootstrap: 1000 },
    });
    expect(started.statusCode).toBe(202);
    const url = `/api/estimate/jobs/${started.json().id}`;
    // Past the bound's check, the estimate is under way: progress comes.
    let view = started.json();
    while (!view.progress && view.state !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await server.app.inject({ method: 'GET', url })).json();
    }
    expect(view.error).toBeUndefined();
    await server.app.inject({ method: 'DELETE', url });
  });
});
