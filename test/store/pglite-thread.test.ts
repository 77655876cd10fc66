// PGlite on a worker thread, as `continuum serve` opens its data directory: what was written is
// there after closing and opening again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.js';
import { createCase, readCase } from '../../src/store/cases.js';
import { openStore } from '../../src/store/db.js';
import { createUser } from '../../src/store/users.js';

const dir = mkdtempSync(join(tmpdir(), 'continuum-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps cases and audit rows across a close and reopen of the data directory', async () => {
  const dataDir = join(dir, 'data');
  const first = await openStore({ kind: 'pglite', dataDir });
  const user = await createUser(first.db, { username: 'cw', passwordHash: 'x', role: 'caseworker' });
  const actor = { userId: user.id, username: user.username };
  const saved = await createCase(first.db, actor, {
    title: 'kept',
    facts: { schemaVersion: 1, title: 'kept' },
    assessment: { schemaVersion: 1, instruments: [] },
    verdicts: {},
  });
  await readCase(first.db, actor, saved.id);
  await first.close();

  const again = await openStore({ kind: 'pglite', dataDir });
  try {
    expect((await readCase(again.db, actor, saved.id))?.title).toBe('kept');
    expect((await listAudit(again.db, { caseId: saved.id })).map((r) => r.action)).toEqual([
      'read',
      'read',
      'create',
    ]);
  } finally {
    await again.close();
  }
}, 120_000);
