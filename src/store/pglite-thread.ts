// Embedded PGlite on its own thread, behind a Kysely dialect. PGlite is PostgreSQL compiled to
// WebAssembly; run in the server's thread, every query (~1 ms even for `select 1`) blocks the
// event loop, and a queue of queries resolved promise by promise keeps network input waiting
// until the whole queue has drained — under load some clients wait for seconds. Here each query
// is a message to a worker, so the server keeps accepting, parsing and answering while the
// database works. There is still one connection: transactions see exactly what they did before.
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { QueryMessage, WorkerReply } from './pglite-worker.js';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

/** The error PGlite raised in the worker, with PostgreSQL's fields (code, detail, constraint…). */
export class DatabaseError extends Error {
  constructor(fields: Record<string, unknown>) {
    super(String(fields.message ?? 'database error'));
    Object.assign(this, fields);
    this.name = 'DatabaseError';
  }
}

/** From TypeScript sources (tsx, vitest) the worker is the sibling .ts file, imported once tsx's
 * loader is registered in the worker (a .ts file cannot be a worker's entry point itself). */
function startWorker(dataDir: string | undefined): Worker {
  const options = { workerData: { dataDir } };
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./pglite-worker.js', import.meta.url), options);
  }
  const entry = JSON.stringify(new URL('./pglite-worker.ts', import.meta.url).href);
  const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(code, { ...options, eval: true });
}

class PGliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #failure: Error | undefined;
  readonly ready: Promise<void>;
  #closed: (() => void) | undefined;

  constructor(dataDir: string | undefined) {
    this.#worker = startWorker(dataDir);
    this.ready = new Promise((resolve, reject) => {
      const onReply = (reply: WorkerReply) => {
        if (reply.type === 'ready') return resolve();
        if (reply.type === 'closed') return this.#closed?.();
        const id = reply.id;
        const pending = this.#pending.get(id);
        if (!pending) return;
        this.#pending.delete(id);
        if (this.#pending.size === 0) this.#worker.unref();
        pending.resolve(reply);
      };
      this.#worker.on('message', onReply);
      const fail = (error: Error) => {
        this.#failure = error;
        reject(error);
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
        this.#closed?.();
      };
      this.#worker.on('error', fail);
      this.#worker.on('exit', (code) => {
        if (!this.#failure) fail(new Error(`the database thread stopped (exit code ${code})`));
      });
    });
    // Only a query in flight keeps the process alive, as an in-thread database would.
    this.ready.then(
      () => this.#worker.unref(),
      () => {},
    );
  }

  async query(sql: string, params: readonly unknown[]): Promise<QueryResult<unknown>> {
    if (this.#failure) throw this.#failure;
    const id = this.#nextId++;
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ type: 'query', id, sql, params: [...params] } satisfies QueryMessage);
    });
    if (reply.type === 'error') throw new DatabaseError(reply.error);
    if (reply.type !== 'result') throw new Error(`unexpected reply ${reply.type}`);
    return reply.affectedRows
      ? { rows: reply.rows, numAffectedRows: BigInt(reply.affectedRows) }
      : { rows: reply.rows };
  }

  async close(): Promise<void> {
    if (this.#failure) return;
    this.#worker.ref();
    const closed = new Promise<void>((resolve) => {
      this.#closed = resolve;
    });
    this.#worker.postMessage({ type: 'close' });
    await closed;
    this.#failure = new Error('the database is closed');
    await this.#worker.terminate();
  }
}

class ThreadConnection implements DatabaseConnection {
  constructor(readonly thread: PGliteThread) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.thread.query(query.sql, query.parameters) as Promise<QueryResult<R>>;
  }
  // biome-ignore lint/correctness/useYield: streaming is not offered; Kysely's stream() says so.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on embedded PGlite');
  }
}

class ThreadDriver implements Driver {
  #thread: PGliteThread | undefined;
  #connection: ThreadConnection | undefined;
  #busy = false;
  readonly #waiting: Array<(connection: ThreadConnection) => void> = [];

  constructor(readonly dataDir: string | undefined) {}

  async init(): Promise<void> {
    this.#thread = new PGliteThread(this.dataDir);
    await this.#thread.ready;
    this.#connection = new ThreadConnection(this.#thread);
  }

  // One connection, handed out first come, first served.
  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = this.#connection;
    if (!connection) throw new Error('the database is not open');
    if (!this.#busy) {
      this.#busy = true;
      return connection;
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next(this.#connection!);
    else this.#busy = false;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const begin = settings.isolationLevel
      ? `start transaction isolation level ${settings.isolationLevel}`
      : 'begin';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.#thread?.close();
    this.#thread = undefined;
    this.#connection = undefined;
  }
}

/** Kysely over embedded PGlite in a worker thread; `dataDir` omitted = in memory. */
export class PGliteThreadDialect implements Dialect {
  constructor(readonly dataDir?: string) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new ThreadDriver(this.dataDir);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
