// Nothing acknowledged is lost: a real `serve` on an embedded data directory takes concurrent
// writes (new cases and updates) and reads, and is killed with SIGKILL while they are in flight;
// after a restart every write it had answered with success is there, with its audit row, and so is
// the audit row of every read it answered (reads are committed in groups: see src/store/cases.ts).
// Two rounds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loginOver, type Serving, startServe } from '../support/serve-process.js';

const password = 'durability password 1';
const env = { CONTINUUM_ADMIN_PASSWORD: password };
const running: Serving[] = [];
afterAll(() => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

type Session = Awaited<ReturnType<typeof loginOver>>;
/** What the server acknowledged: case id → the latest acknowledged title and version. */
type Acked = Map<string, { title: string; version: number }>;
/** Reads the server answered, as `case id@version read` (at most 300, within one page of the log). */
const ackedReads = new Set<string>();

async function writeUntilKilled(
  server: Serving,
  session: Session,
  acked: Acked,
  round: number,
): Promise<void> {
  const headers = {
    'content-type': 'application/json',
    cookie: session.cookie,
    'x-csrf-token': session.csrf,
  };
  let stop = false;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const title = `r${round}-w${w}-${i}`;
      try {
        const created = await fetch(`${server.url}/api/cases`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ schemaVersion: 1, title }),
        });
        if (created.status !== 201) continue;
        const { case: saved } = (await created.json()) as { case: { id: string; version: number } };
        acked.set(saved.id, { title, version: saved.version });
        const retitled = `${title}-updated`;
        const updated = await fetch(`${server.url}/api/cases/${saved.id}`, {
          method: 'PUT',
          headers: { ...headers, 'if-match': `"${saved.version}"` },
          body: JSON.stringify({ schemaVersion: 1, title: retitled }),
        });
        if (updated.status !== 200) continue;
        const { case: after } = (await updated.json()) as { case: { version: number } };
        acked.set(saved.id, { title: retitled, version: after.version });
        if (ackedReads.size >= 300) continue;
        const read = await fetch(`${server.url}/api/cases/${saved.id}`, {
          headers: { cookie: session.cookie },
        });
        if (read.status !== 200) continue;
        const { case: seen } = (await read.json()) as { case: { version: number } };
        ackedReads.add(`${saved.id}@${seen.version}`);
      } catch {
        // The server went away mid-request: that write was never acknowledged.
        return;
      }
    }
  };
  const writers = Array.from({ length: 8 }, (_, w) => writer(w));
  // Kill once a good number of writes are acknowledged, with the writers still going.
  const before = acked.size;
  while (acked.size < before + 40) await new Promise((resolve) => setTimeout(resolve, 20));
  server.child.kill('SIGKILL');
  await server.child.output;
  stop = true;
  await Promise.all(writers);
}

describe('durability of the embedded store', () => {
  it('keeps every acknowledged write and its audit row across kill -9 during concurrent writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-durability-'));
    const acked: Acked = new Map();
    for (let round = 1; round <= 2; round++) {
      const server = await startServe(dir, env);
      running.push(server);
      await writeUntilKilled(server, await loginOver(server.url, 'admin', password), acked, round);
    }
    const server = await startServe(dir, env);
    running.push(server);
    const session = await loginOver(server.url, 'admin', password);
    const get = async (path: string) =>
      (await fetch(`${server.url}${path}`, { headers: { cookie: session.cookie } })).json();
    type Entry = { caseId: string | null; action: string; detail: { version?: number } | null };
    const audit = async (action: string) =>
      ((await get(`/api/audit?action=${action}&limit=1000`)) as { entries: Entry[] }).entries;
    // Before the checks below read the cases again (each read writes its own row).
    const readRows = new Set((await audit('read')).map((e) => `${e.caseId}@${e.detail?.version}`));
    expect([...ackedReads].filter((read) => !readRows.has(read))).toEqual([]);
    expect(ackedReads.size).toBeGreaterThan(0);
    const lost: string[] = [];
    for (const [id, want] of acked) {
      const found = (await get(`/api/cases/${id}`)) as { case?: { title: string; version: number } };
      // A write in flight at the kill may have landed after its predecessor was acknowledged.
      if (!found.case || found.case.version < want.version) lost.push(id);
      else if (found.case.version === want.version) expect(found.case.title).toBe(want.title);
    }
    expect(lost).toEqual([]);
    console.info(
      `durability: ${acked.size} acknowledged cases and ${ackedReads.size} reads over two kills, none lost`,
    );
    const created = new Set((await audit('create')).map((e) => e.caseId));
    const updates = new Set((await audit('update')).map((e) => `${e.caseId}@${e.detail?.version}`));
    const missing = [...acked].filter(
      ([id, want]) => !created.has(id) || (want.version > 1 && !updates.has(`${id}@${want.version}`)),
    );
    expect(missing).toEqual([]);
    expect(acked.size).toBeGreaterThanOrEqual(80);
    server.child.kill('SIGTERM');
    await server.child.output;
  }, 600_000);
});
