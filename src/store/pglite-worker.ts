// Worker-thread entry of the threaded PGlite driver (pglite-thread.ts): the embedded database runs
// here, so its WebAssembly never holds the server's event loop. One query at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

export type QueryMessage = { type: 'query'; id: number; sql: string; params: unknown[] };
export type CloseMessage = { type: 'close' };
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'result'; id: number; rows: unknown[]; affectedRows: number | undefined }
  | { type: 'error'; id: number; error: Record<string, unknown> };

const port = parentPort!;
const { dataDir } = workerData as { dataDir?: string };
const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
await pglite.waitReady;

/** What a caller may test on a database error: the message and PostgreSQL's own fields. */
function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const key of ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity']) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}

let work = Promise.resolve();
port.on('message', (message: QueryMessage | CloseMessage) => {
  work = work.then(async () => {
    if (message.type === 'close') {
      await pglite.close();
      port.postMessage({ type: 'closed' } satisfies WorkerReply);
      port.close();
      return;
    }
    try {
      const result = await pglite.query(message.sql, message.params);
      port.postMessage({
        type: 'result',
        id: message.id,
        rows: result.rows,
        affectedRows: result.affectedRows,
      } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ type: 'error', id: message.id, error: errorFields(error) } satisfies WorkerReply);
    }
  });
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
