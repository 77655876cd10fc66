// Saved datasets over HTTP: a dashboard release made by the importer from a fixture goes in, comes
// back unchanged; saving needs the caseworker role, reading any login; bad bodies get problem paths;
// every read and write leaves an audit row naming the dataset.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { type Dashboard, dashboardOf } from '../../src/data/dashboard.js';
import { listAudit } from '../../src/store/audit.js';
import type { Store } from '../../src/store/db.js';
import { as, login, type Session, testApp, testStore } from './helpers.js';

type Who = 'anonymous' | 'viewer' | 'caseworker' | 'admin';
const everyone: Who[] = ['anonymous', 'viewer', 'caseworker', 'admin'];

let store: Store;
let app: FastifyInstance;
let release: Dashboard;
const sessions: Partial<Record<Who, Session>> = {};

beforeAll(async () => {
  store = await testStore();
  app = await testApp(store);
  for (const role of ['viewer', 'caseworker', 'admin'] as const) sessions[role] = await login(app, role);
  const imported = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
  release = await dashboardOf(imported.summary, imported.format, 11);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const save = (who: Who, payload: unknown, query = '') =>
  app.inject({
    method: 'POST',
    url: `/api/datasets${query}`,
    headers: as(sessions[who], true),
    payload: payload as object,
  });

describe('saving a dataset', () => {
  it.each(everyone)('as %s', async (who) => {
    const response = await save(who, release, '?name=fixture');
    const allowed = who === 'caseworker' || who === 'admin';
    expect(response.statusCode).toBe(allowed ? 201 : who === 'anonymous' ? 401 : 403);
    if (allowed) {
      const saved = response.json().dataset;
      expect(saved).toMatchObject({ name: 'fixture', format: release.format, rows: release.records, k: 11 });
      expect(saved.dashboard).toEqual(release);
    }
  });

  it('names a dataset after its format and k when no name is given', async () => {
    const response = await save('caseworker', release);
    expect(response.json().dataset.name).toBe(`${release.format} (k = 11)`);
  });

  it('refuses a body that is not a release, with problem paths', async () => {
    const response = await save('caseworker', { schemaVersion: 1, k: 11, format: 'x', records: 'many' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['records', 'byYear', 'meansOfControl']));
  });

  it('refuses a release that publishes a count below k', async () => {
    const leaky = structuredClone(release);
    leaky.byYear.push({ value: '1999', count: 4 });
    const response = await save('caseworker', leaky);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { path: string }) => p.path)).toEqual([
      `byYear.${leaky.byYear.length - 1}.count`,
    ]);
  });

  it('refuses a release below the server’s minimum k (11 by default), naming k', async () => {
    const weak = { ...structuredClone(release), k: 2 };
    const response = await save('caseworker', weak);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { path: string }) => p.path)).toContain('k');
    const policy = await app.inject({ method: 'GET', url: '/api/datasets/policy' });
    expect(policy.json()).toEqual({ schemaVersion: 1, minK: 11 });
  });

  it('refuses a crafted release whose one hidden count is the records minus the published ones', async () => {
    const crafted = structuredClone(release);
    const published = crafted.byYear.filter((c) => c.count !== null).reduce((s, c) => s + (c.count ?? 0), 0);
    // Publish every year but one, as if the one left were small: the total gives it away.
    let hiddenAt = -1;
    crafted.byYear = crafted.byYear.map((c, i) => {
      if (c.count !== null) return c;
      if (hiddenAt < 0) {
        hiddenAt = i;
        return c;
      }
      return { ...c, count: 0 };
    });
    crafted.records = published + 3;
    const response = await save('caseworker', crafted);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { path: string }) => p.path)).toContain(
      `byYear.${hiddenAt}.count`,
    );
    expect(JSON.stringify(response.json())).not.toMatch(/"message":"[^"]*\d/);
  });

  it('refuses a release that lists only the categories that occur', async () => {
    const partial = structuredClone(release);
    partial.byCountryOfExploitation = partial.byCountryOfExploitation.filter((c) => c.count !== 0);
    const response = await save('caseworker', partial);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0]).toMatchObject({
      path: 'byCountryOfExploitation',
      code: 'not_full_domain',
    });
  });

  it('refuses a write without the CSRF token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/datasets',
      headers: as(sessions.caseworker),
      payload: release,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('reading datasets', () => {
  it.each(everyone)('as %s', async (who) => {
    const id = (await save('admin', release)).json().dataset.id;
    const list = await app.inject({ method: 'GET', url: '/api/datasets', headers: as(sessions[who]) });
    const one = await app.inject({ method: 'GET', url: `/api/datasets/${id}`, headers: as(sessions[who]) });
    if (who === 'anonymous') {
      expect([list.statusCode, one.statusCode]).toEqual([401, 401]);
      return;
    }
    expect(list.statusCode).toBe(200);
    expect(list.json().datasets.map((d: { id: string }) => d.id)).toContain(id);
    expect(one.statusCode).toBe(200);
    expect(one.json().dataset.dashboard).toEqual(release);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/datasets/d-nosuchthing',
      headers: as(sessions.viewer),
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('audit', () => {
  it('writes one row per dataset read and write, naming the user and the dataset', async () => {
    const id = (await save('caseworker', release)).json().dataset.id;
    await app.inject({ method: 'GET', url: `/api/datasets/${id}`, headers: as(sessions.viewer) });
    await app.inject({ method: 'GET', url: `/api/datasets/${id}` }); // refused: no trace
    const rows = (await listAudit(store.db, { datasetId: id })).reverse();
    expect(rows.map((r) => [r.action, r.username, r.caseId])).toEqual([
      ['create', 'caseworker', null],
      ['read', 'viewer', null],
    ]);
    const log = (
      await app.inject({ method: 'GET', url: `/api/audit?datasetId=${id}`, headers: as(sessions.admin) })
    ).json();
    expect(log.entries.map((e: { datasetId: string }) => e.datasetId)).toEqual([id, id]);
  });
});
