// Saved datasets on every backend at hand (named "case store on …" so that CI's PostgreSQL run,
// filtered on that name, includes them).

import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/data/dashboard.js';
import { dashboardSchema } from '../../src/data/dashboard-schema.js';
import { listAudit } from '../../src/store/audit.js';
import {
  addRelease,
  createDataset,
  listDatasets,
  listReleases,
  readDataset,
} from '../../src/store/datasets.js';
import { migrate } from '../../src/store/db.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { backends, storeForTests } from './backends.js';

const release: Dashboard = {
  schemaVersion: 2,
  k: 11,
  format: 'ctdc-synthetic-2024',
  records: 200,
  years: { from: 2002, to: 2024 },
  byYear: [
    { value: '2019', count: null },
    { value: '2020', count: null },
    { value: 'unknown', count: 180 },
  ],
  byBand: [{ value: 'trafficking', count: 12 }],
  byCountryOfExploitation: [{ value: 'UG', count: 11 }],
  meansOfControl: { records: 150, items: [{ item: 'Threats', count: 29, percent: 19.3 }] },
};

describe.each(backends().map((backend) => [backend.name, backend] as const))(
  'case store on %s: datasets',
  (_name, backend) => {
    const opened = storeForTests(backend, 'researcher');

    it('saves a release, lists it and reads it back unchanged, with audit rows naming the dataset', async () => {
      const saved = await createDataset(opened.store.db, opened.actor, {
        name: 'fixture 2024',
        dashboard: release,
      });
      expect(saved.id).toMatch(/^d-[a-z2-9]{12}$/);
      expect(saved).toMatchObject({ name: 'fixture 2024', format: 'ctdc-synthetic-2024', rows: 200, k: 11 });
      expect(saved.createdBy).toBe(opened.actor.userId);

      const listed = await listDatasets(opened.store.db, opened.actor, { limit: 50, offset: 0 });
      expect(listed.datasets.map((d) => d.id)).toContain(saved.id);
      expect(listed.datasets[0]).not.toHaveProperty('dashboard');
      expect(listed.total).toBeGreaterThanOrEqual(1);

      const read = await readDataset(opened.store.db, opened.actor, saved.id);
      expect(read?.dashboard).toEqual(release);
      expect(await readDataset(opened.store.db, opened.actor, 'd-nosuchthing')).toBeUndefined();

      const rows = await listAudit(opened.store.db, { datasetId: saved.id });
      expect(rows.map((r) => r.action).reverse()).toEqual(['create', 'read']);
      expect(rows.every((r) => r.username === 'researcher' && r.caseId === null)).toBe(true);
      const probe = await listAudit(opened.store.db, { datasetId: 'd-nosuchthing' });
      expect(probe[0]?.detail).toMatchObject({ found: false });
      const lists = (await listAudit(opened.store.db)).filter(
        (r) => r.action === 'list' && r.caseId === null,
      );
      expect(lists[0]?.detail).toMatchObject({ subject: 'dataset', ids: expect.arrayContaining([saved.id]) });
    });

    it('keeps the ledger of a dataset: a release is added only when the audit of it against the earlier ones passes', async () => {
      const saved = await createDataset(opened.store.db, opened.actor, {
        name: 'ledger',
        dashboard: release,
      });
      const first = await listReleases(opened.store.db, opened.actor, saved.id);
      expect(first?.map((r) => [r.seq, r.k, r.releasedBy, r.releasedByName])).toEqual([
        [1, 11, opened.actor.userId, 'researcher'],
      ]);
      expect(first?.[0].dashboard).toEqual(release);

      const next = { ...structuredClone(release), k: 12 };
      const seen: Dashboard[][] = [];
      const refused = await addRelease(opened.store.db, opened.actor, saved.id, next, async (earlier) => {
        seen.push(earlier);
        return [{ path: 'byYear.0.count', code: 'narrows_earlier', message: 'narrows' }];
      });
      expect(refused).toMatchObject({ kind: 'refused', problems: [{ path: 'byYear.0.count' }] });
      expect(seen).toEqual([[release]]);
      expect((await readDataset(opened.store.db, opened.actor, saved.id))?.k).toBe(11);

      const added = await addRelease(opened.store.db, opened.actor, saved.id, next, async () => []);
      expect(added).toMatchObject({
        kind: 'saved',
        release: { seq: 2, k: 12, releasedByName: 'researcher' },
      });
      // The dataset shows its latest release; the ledger keeps both, oldest first.
      expect((await readDataset(opened.store.db, opened.actor, saved.id))?.dashboard).toEqual(next);
      expect(
        (await listReleases(opened.store.db, opened.actor, saved.id))?.map((r) => r.dashboard.k),
      ).toEqual([11, 12]);

      expect(await addRelease(opened.store.db, opened.actor, 'd-nosuchthing', next, async () => [])).toEqual({
        kind: 'not_found',
      });
      expect(await listReleases(opened.store.db, opened.actor, 'd-nosuchthing')).toBeUndefined();

      const rows = (await listAudit(opened.store.db, { datasetId: saved.id })).reverse();
      expect(rows.filter((r) => r.action === 'update').map((r) => r.detail)).toEqual([
        { subject: 'dataset', release: 'refused', k: 12, paths: ['byYear.0.count'] },
        { subject: 'dataset', release: 2, k: 12 },
      ]);
    });

    it('audits two releases of one dataset made at once one after the other, each against all before it', async () => {
      const saved = await createDataset(opened.store.db, opened.actor, { name: 'race', dashboard: release });
      const seen: number[] = [];
      const audit = async (earlier: Dashboard[]) => {
        seen.push(earlier.length);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return [];
      };
      await Promise.all([
        addRelease(opened.store.db, opened.actor, saved.id, release, audit),
        addRelease(opened.store.db, opened.actor, saved.id, release, audit),
      ]);
      expect(seen).toEqual([1, 2]);
      expect((await listReleases(opened.store.db, opened.actor, saved.id))?.map((r) => r.seq)).toEqual([
        1, 2, 3,
      ]);
    });

    // Last: it takes the ledger table down and up again.
    it('the migration enters the one release of each dataset saved before it', async () => {
      const saved = await createDataset(opened.store.db, opened.actor, {
        name: 'before the ledger',
        dashboard: release,
      });
      const down = await new Migrator({ db: opened.store.db, provider: migrationProvider }).migrateTo(
        '0003-accounts',
      );
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => [r.migrationName, r.direction])).toEqual([
        ['0004-dataset-releases', 'Down'],
      ]);
      await migrate(opened.store.db);
      const ledger = await listReleases(opened.store.db, opened.actor, saved.id);
      expect(ledger?.map((r) => [r.seq, r.k, r.releasedBy, r.releasedByName])).toEqual([
        [1, 11, opened.actor.userId, 'researcher'],
      ]);
      expect(ledger?.[0].dashboard).toEqual(release);
      expect(ledger?.[0].releasedAt).toBe(saved.createdAt);
    });
  },
);

describe('dashboard schema', () => {
  it('accepts a release and refuses a published count below k, naming where', () => {
    expect(dashboardSchema.safeParse(release).success).toBe(true);
    const leaky = structuredClone(release);
    leaky.byCountryOfExploitation.push({ value: 'GB', count: 3 });
    const result = dashboardSchema.safeParse(leaky);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['byCountryOfExploitation.1.count']);
  });

  it('refuses something that is not a release', () => {
    const result = dashboardSchema.safeParse({ schemaVersion: 1, k: 11, rows: [{ name: 'x' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('format');
  });
});
