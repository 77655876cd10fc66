import { beforeAll, describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/data/ctdc-import.js';
import type { Summary } from '../../src/data/ctdc-summary.js';
import { type Dashboard, dashboardOf } from '../../src/data/dashboard.js';
import { listAudit } from '../../src/store/audit.js';
import { as, login, type Session, serveForTests } from './helpers.js';

type Who = 'anonymous' | 'viewer' | 'caseworker' | 'admin';
const everyone: Who[] = ['anonymous', 'viewer', 'caseworker', 'admin'];

const server = serveForTests();
let release: Dashboard;
let summary: Summary;
let format: string;
const sessions: Partial<Record<Who, Session>> = {};

beforeAll(async () => {
  for (const role of ['viewer', 'caseworker', 'admin'] as const)
    sessions[role] = await login(server.app, role);
  const imported = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
  summary = imported.summary;
  format = imported.format;
  release = await dashboardOf(summary, format, 11);
}, 120_000);

const save = (who: Who, payload: unknown, query = '') =>
  server.app.inject({
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
    const policy = await server.app.inject({ method: 'GET', url: '/api/datasets/policy' });
    expect(policy.json()).toMatchObject({ schemaVersion: 1, minK: 11 });
    // Dashboards are releases by suppression only: the policy says that no DP release is taken.
    expect(policy.json().differentialPrivacy).toMatch(/^not accepted/);
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
    const response = await server.app.inject({
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
    const list = await server.app.inject({ method: 'GET', url: '/api/datasets', headers: as(sessions[who]) });
    const one = await server.app.inject({
      method: 'GET',
      url: `/api/datasets/${id}`,
      headers: as(sessions[who]),
    });
    if (who === 'anonymous') {
      expect([list.statusCode, one.statusCode]).toEqual([401, 401]);
      return;
    }
    expect(list.statusCode).toBe(200);
    expect(list.json().datasets.map((d: { id: string }) => d.id)).toContain(id);
    expect(one.statusCode).toBe(200);
    expect(one.json().dataset.dashboard).toEqual(release);
  });

  it('says its refusals and its policy in the language asked for', async () => {
    const missing = await server.app.inject({
      method: 'GET',
      url: '/api/datasets/d-nosuchthing?lang=fr',
      headers: as(sessions.viewer),
    });
    expect(missing.json().message).toBe('aucun jeu de données de ce nom');
    const policy = await server.app.inject({ method: 'GET', url: '/api/datasets/policy?lang=es' });
    expect(policy.json().differentialPrivacy).toMatch(/^no se acepta/);
    expect(policy.json().minK).toBe(11);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await server.app.inject({
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
    await server.app.inject({ method: 'GET', url: `/api/datasets/${id}`, headers: as(sessions.viewer) });
    await server.app.inject({ method: 'GET', url: `/api/datasets/${id}` }); // refused: no trace
    const rows = (await listAudit(server.store.db, { datasetId: id })).reverse();
    expect(rows.map((r) => [r.action, r.username, r.caseId])).toEqual([
      ['create', 'caseworker', null],
      ['read', 'viewer', null],
    ]);
    const log = (
      await server.app.inject({
        method: 'GET',
        url: `/api/audit?datasetId=${id}`,
        headers: as(sessions.admin),
      })
    ).json();
    expect(log.entries.map((e: { datasetId: string }) => e.datasetId)).toEqual([id, id]);
  });
});

describe('the release ledger of a dataset', () => {
  const addRelease = (who: Who, id: string, payload: unknown) =>
    server.app.inject({
      method: 'POST',
      url: `/api/datasets/${id}/releases`,
      headers: as(sessions[who], true),
      payload: payload as object,
    });
  const paths = (response: { json: () => { problems: Array<{ path: string }> } }) =>
    response.json().problems.map((p) => p.path);

  it('keeps each accepted release with its k, date and who released it; a viewer reads, cannot add', async () => {
    const id = (await save('caseworker', release)).json().dataset.id;
    const again = await addRelease('admin', id, release);
    expect(again.statusCode).toBe(201);
    expect(again.json().release).toMatchObject({ seq: 2, k: 11, releasedByName: 'admin' });
    expect((await addRelease('viewer', id, release)).statusCode).toBe(403);
    expect((await addRelease('caseworker', 'd-nosuchthing', release)).statusCode).toBe(404);
    const ledger = await server.app.inject({
      method: 'GET',
      url: `/api/datasets/${id}/releases`,
      headers: as(sessions.viewer),
    });
    expect(ledger.statusCode).toBe(200);
    const releases = ledger.json().releases;
    expect(releases.map((r: { seq: number; releasedByName: string }) => [r.seq, r.releasedByName])).toEqual([
      [1, 'caseworker'],
      [2, 'admin'],
    ]);
    expect(Date.parse(releases[1].releasedAt)).toBeGreaterThanOrEqual(Date.parse(releases[0].releasedAt));
    expect(releases[0].dashboard).toEqual(release);
  });

  it('refuses a second release at another k whose differences with the first pin a hidden count, in either order', async () => {
    // At k = 12 the counts of 11 are hidden; the release at k = 11 publishes them.
    const at12 = await dashboardOf(summary, format, 12);
    const first = (await save('caseworker', release)).json().dataset.id;
    const refused = await addRelease('caseworker', first, at12);
    expect(refused.statusCode).toBe(400);
    const ug = at12.byCountryOfExploitation.findIndex((c) => c.value === 'UG');
    expect(paths(refused)).toContain(`byCountryOfExploitation.${ug}.count`);
    expect(refused.json().problems[0].code).toBe('narrows_earlier');
    expect(JSON.stringify(refused.json())).not.toMatch(/"message":"[^"]*\d/);

    const other = (await save('caseworker', at12)).json().dataset.id;
    const reverse = await addRelease('caseworker', other, release);
    expect(reverse.statusCode).toBe(400);
    expect(paths(reverse)).toContain(`byCountryOfExploitation.${ug}.count`);
    // Nothing refused is kept; the dataset still shows its first release; the refusal is audited.
    const kept = await server.app.inject({
      method: 'GET',
      url: `/api/datasets/${other}`,
      headers: as(sessions.viewer),
    });
    expect(kept.json().dataset.dashboard).toEqual(at12);
    const rows = await listAudit(server.store.db, { datasetId: other });
    expect(rows.find((r) => r.action === 'update')?.detail).toMatchObject({ release: 'refused', k: 11 });
  });

  it('refuses a crafted second release that passes on its own but, with the first, pins a hidden count', async () => {
    const id = (await save('caseworker', release)).json().dataset.id;
    const countries = release.byCountryOfExploitation;
    const hidden = countries.flatMap((c, i) => (c.count === null ? [i] : []));
    const hiddenSum = release.records - countries.reduce((s, c) => s + (c.count ?? 0), 0);
    const large = countries.findIndex((c) => c.count !== null && c.count >= release.k);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hiddenSum - 1).toBeGreaterThanOrEqual(release.k);
    // The crafted release hides the first hidden country and a large published one, and publishes
    // the other hidden ones as 0 but one, given the hidden sum less 1: on its own, the two hidden
    // counts add up to a large number and each could be 0; with the first release, which published
    // the large one, the target is exactly 1.
    const crafted = structuredClone(release);
    const [target, carrier, ...rest] = hidden;
    crafted.byCountryOfExploitation = countries.map((c, i) => {
      if (i === target || i === large) return { ...c, count: null };
      if (i === carrier) return { ...c, count: hiddenSum - 1 };
      if (rest.includes(i)) return { ...c, count: 0 };
      return c;
    });
    const alone = await save('caseworker', crafted);
    expect(alone.statusCode).toBe(201); // the server's audit of a single release lets it through
    const response = await addRelease('caseworker', id, crafted);
    expect(response.statusCode).toBe(400);
    // The target, and the zeros (which pin counts the first release hid, at 0): only counts it hid.
    expect(paths(response)).toContain(`byCountryOfExploitation.${target}.count`);
    expect(paths(response).every((p) => hidden.some((i) => p === `byCountryOfExploitation.${i}.count`))).toBe(
      true,
    );
  });

  it('refuses a release of other records', async () => {
    const id = (await save('caseworker', release)).json().dataset.id;
    // One more record, of unknown year and country, in decent work: consistent on its own.
    const other = structuredClone(release);
    other.records += 1;
    const plusOne = (value: string) => (c: { value: string; count: number | null }) =>
      c.value === value ? { ...c, count: (c.count ?? 0) + 1 } : c;
    other.byYear = other.byYear.map(plusOne('unknown'));
    other.byCountryOfExploitation = other.byCountryOfExploitation.map(plusOne('unknown'));
    other.byBand = other.byBand?.map(plusOne('decent_work')) ?? null;
    expect((await save('caseworker', other)).statusCode).toBe(201);
    const response = await addRelease('caseworker', id, other);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0]).toMatchObject({ path: 'records', code: 'not_same_data' });
  });
});
