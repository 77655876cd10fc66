// The store suite runs on every backend at hand: embedded PGlite always (in this thread and on a
// worker thread), and PostgreSQL when
// DATABASE_URL is set (CI sets it). Each PostgreSQL run gets its own schema, so runs never collide.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../src/store/db.js';
import { createUser } from '../../src/store/users.js';

export type Backend = { name: string; options: () => StoreOptions };

export function backends(): Backend[] {
  const list: Backend[] = [
    { name: 'pglite', options: () => ({ kind: 'pglite' }) },
    // As `continuum serve` opens it: PGlite on a worker thread (here in memory).
    { name: 'pglite on a thread', options: () => ({ kind: 'pglite', thread: true }) },
  ];
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    list.push({
      name: 'postgres',
      options: () => ({ kind: 'postgres', url, schema: `t_${randomBytes(6).toString('hex')}`, poolSize: 4 }),
    });
  }
  return list;
}

/** Drop a test schema made by `backends()` (PostgreSQL only). */
export async function dropSchema(options: StoreOptions): Promise<void> {
  if (options.kind !== 'postgres' || !options.schema) return;
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${options.schema} cascade`);
  } finally {
    await client.end();
  }
}

/**
 * For a describe block: a store on `backend` with one caseworker account named `username`, opened
 * before its tests and closed (its schema dropped) after them. Read `store` and `actor` inside tests.
 */
export function storeForTests(
  backend: Backend,
  username: string,
): { store: Store; actor: { userId: number; username: string } } {
  const opened = {} as { store: Store; actor: { userId: number; username: string } };
  let options: StoreOptions;
  beforeAll(async () => {
    options = backend.options();
    opened.store = await openStore(options);
    const user = await createUser(opened.store.db, { username, passwordHash: 'x', role: 'caseworker' });
    opened.actor = { userId: user.id, username: user.username };
  }, 120_000);
  afterAll(async () => {
    await opened.store?.close();
    await dropSchema(options);
  }, 60_000);
  return opened;
}
