// Opening the case store: embedded PGlite (a directory, or memory) by default, a PostgreSQL server
// when a connection URL is given. Both speak the same SQL and run the same migrations.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './lock.js';
import { migrationProvider } from './migrations/index.js';
import { PGliteThreadDialect } from './pglite-thread.js';
import type { Database } from './schema.js';
import { cacheSessions } from './sessions.js';

export type StoreOptions =
  /** Embedded PGlite: a data directory, or in memory when `dataDir` is omitted. `thread` runs it on a
   * worker thread (pglite-thread.ts) so its queries never block the caller's event loop; on by
   * default for a data directory (the server's store), off in memory (quick tests). */
  | { kind: 'pglite'; dataDir?: string; thread?: boolean }
  /** A PostgreSQL server; `schema` isolates one user of a shared database (tests). */
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

export type Store = {
  db: Kysely<Database>;
  kind: StoreOptions['kind'];
  /** Where the data lives, for people: a directory, "memory", or the server URL without password. */
  location: string;
  /** The embedded data directory's lock, held until close (src/store/lock.ts); none in memory or on PostgreSQL. */
  lock?: DataDirLock;
  close(): Promise<void>;
};

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

async function openPostgres(url: string, schema: string | undefined, poolSize: number) {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`bad schema name ${schema}`);
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`database migration failed: ${reason}`);
  }
}

/** Open the store and bring its tables up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  let db: Kysely<Database>;
  let location: string;
  let lock: DataDirLock | undefined;
  if (options.kind === 'postgres') {
    db = await openPostgres(options.url, options.schema, options.poolSize ?? 10);
    location = redactUrl(options.url);
  } else {
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      // Before PGlite touches a file: a second opener is refused (DataDirLocked), never given its own copy.
      lock = lockDataDir(options.dataDir);
    }
    try {
      if (options.thread ?? options.dataDir !== undefined) {
        db = new Kysely<Database>({ dialect: new PGliteThreadDialect(options.dataDir) });
      } else {
        const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
        await pglite.waitReady;
        db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
      }
    } catch (error) {
      lock?.release();
      throw error;
    }
    location = options.dataDir ?? 'memory';
  }
  cacheSessions(db);
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      lock?.release();
    }
  };
  try {
    await migrate(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, kind: options.kind, location, lock, close };
}

/** The store chosen by the environment: DATABASE_URL wins, else PGlite in `dataDir`. */
export function storeOptionsFromEnv(dataDir: string, env = process.env): StoreOptions {
  const url = env.DATABASE_URL?.trim();
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir };
}

/** A JSON value as a parameter (stored as jsonb; both drivers accept JSON text). */
/** A value already serialised as JSON (e.g. an assessment written by a worker thread). */
export class JsonText {
  constructor(readonly text: string) {}
}

export function jsonParam(value: unknown): string {
  return value instanceof JsonText ? value.text : JSON.stringify(value);
}

export { sql };
