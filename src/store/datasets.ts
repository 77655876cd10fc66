// Saved datasets: a name and the k-anonymous dashboard release of an import (src/data/dashboard.ts),
// never the records. Every read and write writes an audit row naming the dataset, as for cases.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CheckedDashboard } from '../data/dashboard-schema.js';
import { unstorableText } from '../facts/text.js';
import { type Actor, recordDatasetAudit } from './audit.js';
import { jsonParam } from './db.js';
import type { Database } from './schema.js';

export type DatasetSummary = {
  id: string;
  name: string;
  format: string;
  /** Records in the import, or null when the release suppressed the total. */
  rows: number | null;
  k: number;
  createdAt: string;
  createdBy: number | null;
};

export type DatasetRecord = DatasetSummary & { dashboard: CheckedDashboard };

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** "d-" and 12 random letters or digits, like case ids. */
export function newDatasetId(): string {
  let id = 'd-';
  for (const byte of randomBytes(12)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

type SummaryRow = {
  id: string;
  name: string;
  format: string;
  rows: number | null;
  k: number;
  created_at: Date;
  created_by: number | null;
};

const summaryColumns = ['id', 'name', 'format', 'rows', 'k', 'created_at', 'created_by'] as const;

const toSummary = (row: SummaryRow): DatasetSummary => ({
  id: row.id,
  name: row.name,
  format: row.format,
  rows: row.rows,
  k: row.k,
  createdAt: new Date(row.created_at).toISOString(),
  createdBy: row.created_by,
});

/** Save a release that the caller has already checked with `dashboardSchema`. */
export async function createDataset(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; dashboard: CheckedDashboard },
): Promise<DatasetRecord> {
  return db.transaction().execute(async (tx) => {
    const id = newDatasetId();
    const row = await tx
      .insertInto('datasets')
      .values({
        id,
        name: input.name,
        format: input.dashboard.format,
        rows: input.dashboard.records,
        k: input.dashboard.k,
        created_by: actor.userId,
        dashboard: jsonParam(input.dashboard),
      })
      .returning(summaryColumns)
      .executeTakeFirstOrThrow();
    await recordDatasetAudit(tx, actor, 'create', id, { k: input.dashboard.k });
    return { ...toSummary(row), dashboard: input.dashboard };
  });
}

export async function readDataset(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<DatasetRecord | undefined> {
  // An id no dataset can have (a NUL, half a surrogate pair) is not looked up, only audited.
  const row =
    unstorableText(id) === undefined
      ? await db
          .selectFrom('datasets')
          .select([...summaryColumns, 'dashboard'])
          .where('id', '=', id)
          .executeTakeFirst()
      : undefined;
  // A failed read is audited too: probing for ids leaves a trace.
  await recordDatasetAudit(db, actor, 'read', id, row ? undefined : { found: false });
  if (!row) return undefined;
  return { ...toSummary(row), dashboard: row.dashboard as CheckedDashboard };
}

export async function listDatasets(
  db: Kysely<Database>,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ datasets: DatasetSummary[]; total: number }> {
  const rows = await db
    .selectFrom('datasets')
    .select(summaryColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('datasets')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  await recordDatasetAudit(db, actor, 'list', null, { ids: rows.map((r) => r.id) });
  return { datasets: rows.map(toSummary), total: Number(count.n) };
}
