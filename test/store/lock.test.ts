// One process owns an embedded data directory: a second `serve` on it is refused (exit 2, a plain
// message naming the owner); `import ctdc --save` goes through the running server's API or refuses;
// a lock left by a process killed with -9 is stale and taken over. Real processes throughout.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { DataDirLocked, LOCK_FILE, lockDataDir } from '../../src/store/lock.js';
import { cli, loginOver, type Serving, startServe } from '../support/serve-process.js';

const password = 'lock test password 1';
const env = { CONTINUUM_ADMIN_PASSWORD: password };
const running: Serving[] = [];

afterAll(() => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('the data directory lock', () => {
  it('refuses a second opener in the same process, and releases on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-lock-'));
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLocked);
    await expect(openStore({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
      /in use by another Continuum process/,
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock whose process is gone, but not one from another host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-lock-'));
    const file = join(dir, LOCK_FILE);
    // A pid far above any that runs here.
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: '', token: 'old' }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    writeFileSync(
      file,
      JSON.stringify({ pid: 2 ** 22 + 17, host: 'elsewhere.example', since: '', token: 'old' }),
    );
    expect(() => lockDataDir(dir)).toThrow(/on elsewhere\.example.*remove .*\.continuum\.lock/);
  });

  it('refuses a second serve, saves an import through the running one, survives kill -9', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-lock-'));
    const first = await startServe(dir, env);
    running.push(first);

    const second = await cli(['serve', '--port', '0', '--data', dir], env).output;
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      `in use by another Continuum process ${first.pid}, serving on ${first.url}`,
    );
    expect(second.stderr).not.toMatch(/\n\s+at /);

    const fixture = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';
    const save = ['import', 'ctdc', fixture, '--save', '--as', 'admin', '--name', 'via api', '--data', dir];
    const refused = await cli(save).output;
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/in use by the Continuum server on .*set CONTINUUM_PASSWORD/);
    const saved = await cli(save, { CONTINUUM_PASSWORD: password }).output;
    expect(saved.stderr).toMatch(/saved dataset d-/);
    expect(saved.code).toBe(0);

    first.child.kill('SIGKILL');
    await first.child.output;
    const third = await startServe(dir, env);
    running.push(third);
    const session = await loginOver(third.url, 'admin', password);
    const list = await fetch(`${third.url}/api/datasets`, { headers: { cookie: session.cookie } });
    expect(
      ((await list.json()) as { datasets: Array<{ name: string }> }).datasets.map((d) => d.name),
    ).toEqual(['via api']);
    const audit = await fetch(`${third.url}/api/audit?action=create`, {
      headers: { cookie: session.cookie },
    });
    const rows = ((await audit.json()) as { entries: Array<{ datasetId: string | null; username: string }> })
      .entries;
    expect(rows.filter((r) => r.datasetId !== null).map((r) => r.username)).toEqual(['admin']);
    third.child.kill('SIGTERM');
    expect((await third.child.output).code).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 300_000);
});
