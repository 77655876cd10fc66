// `continuum import ctdc FILE --save --as USER --data DIR`: the dashboard release (only it) lands in
// the embedded store as a dataset, audited in the account's name; a viewer or no account is refused.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { dashboardOf } from '../../src/data/dashboard.js';
import { listAudit } from '../../src/store/audit.js';
import { listDatasets, readDataset } from '../../src/store/datasets.js';
import { openStore } from '../../src/store/db.js';
import { createUser } from '../../src/store/users.js';
import { runCli } from '../support/cli.js';

const fixture = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'continuum-save-'));
  const store = await openStore({ kind: 'pglite', dataDir });
  await createUser(store.db, { username: 'res', passwordHash: 'x', role: 'caseworker' });
  await createUser(store.db, { username: 'look', passwordHash: 'x', role: 'viewer' });
  await store.close();
}, 300_000);

describe('import ctdc --save', () => {
  it('saves the dashboard release as a dataset named and audited as asked', async () => {
    const ran = await runCli([
      'import',
      'ctdc',
      fixture,
      '--save',
      '--as',
      'res',
      '--name',
      'fx',
      '--data',
      dataDir,
    ]);
    expect(ran.code).toBe(0);
    const id = ran.stderr.match(/saved dataset (d-[a-z2-9]{12})/)?.[1];
    expect(id).toBeDefined();

    const imported = await importCtdc(fixture);
    const store = await openStore({ kind: 'pglite', dataDir });
    try {
      const actor = { userId: 1, username: 'res' };
      const saved = await readDataset(store.db, actor, id!);
      expect(saved).toMatchObject({ name: 'fx', k: 11, format: imported.format });
      expect(saved?.dashboard).toEqual(await dashboardOf(imported.summary, imported.format, 11));
      expect((await listDatasets(store.db, actor, { limit: 10, offset: 0 })).total).toBe(1);
      const audit = (await listAudit(store.db, { datasetId: id! })).reverse();
      expect(audit.map((r) => [r.action, r.username])).toEqual([
        ['create', 'res'],
        ['read', 'res'],
      ]);
    } finally {
      await store.close();
    }
  }, 300_000);

  it('refuses without --as, and for a viewer, with exit 2', async () => {
    const missing = await runCli(['import', 'ctdc', fixture, '--save', '--data', dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--as/);
    const viewer = await runCli(['import', 'ctdc', fixture, '--save', '--as', 'look', '--data', dataDir]);
    expect(viewer.code).toBe(2);
    expect(viewer.stderr).toMatch(/caseworker or admin/);
  }, 300_000);
});
