// Saved datasets: a name and the k-anonymous dashboard release of an import (src/data/dashboard.ts),
// never the records, with the ledger of every release accepted from it (dataset_releases: the
// dashboard as published, k, when, by whom). A new release is audited against the ledger by the
// caller's audit (the union LP, src/data/dashboard-audit.ts) while the dataset is locked, so two
// releases of one dataset are never audited against the same past. The dataset shows its latest
// release. Every read and write, and every refused release, writes an audit row naming the dataset.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CheckedDashboard } from '../data/dashboard-schema.js';
import type { Problem } from '../facts/problems.js';
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
    await tx
      .insertInto('dataset_releases')
      .values({
        dataset_id: id,
        seq: 1,
        k: input.dashboard.k,
        released_by: actor.userId,
        released_by_name: actor.username,
        dashboard: jsonParam(input.dashboard),
      })
      .execute();
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

export type ReleaseEntry = {
  /** 1 for the release the dataset was saved with, then in the order accepted. */
  seq: number;
  k: number;
  releasedAt: string;
  releasedBy: number | null;
  /** The name of who released it (kept when the account is gone). */
  releasedByName: string | null;
  dashboard: CheckedDashboard;
};

type ReleaseRow = {
  seq: number;
  k: number;
  released_at: Date;
  released_by: number | null;
  released_by_name: string | null;
  dashboard: unknown;
};

const releaseColumns = ['seq', 'k', 'released_at', 'released_by', 'released_by_name', 'dashboard'] as const;

const toRelease = (row: ReleaseRow): ReleaseEntry => ({
  seq: row.seq,
  k: row.k,
  releasedAt: new Date(row.released_at).toISOString(),
  releasedBy: row.released_by,
  releasedByName: row.released_by_name,
  dashboard: row.dashboard as CheckedDashboard,
});

/** The ledger of a dataset, oldest first; undefined when there is no such dataset. Audited as a read. */
export async function listReleases(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<ReleaseEntry[] | undefined> {
  const found =
    unstorableText(id) === undefined
      ? await db.selectFrom('datasets').select('id').where('id', '=', id).executeTakeFirst()
      : undefined;
  await recordDatasetAudit(
    db,
    actor,
    'read',
    id,
    found ? { releases: true } : { releases: true, found: false },
  );
  if (!found) return undefined;
  const rows = await db
    .selectFrom('dataset_releases')
    .select(releaseColumns)
    .where('dataset_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map(toRelease);
}

export type AddedRelease =
  | { kind: 'not_found' }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'saved'; dataset: DatasetRecord; release: Omit<ReleaseEntry, 'dashboard'> };

/**
 * A new release of a saved dataset, kept only if `audit` (given the earlier releases, oldest
 * first) finds no problem. The dataset's row is locked meanwhile. A refusal is audited too, with
 * the problems' paths (never a count).
 */
export async function addRelease(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  dashboard: CheckedDashboard,
  audit: (earlier: CheckedDashboard[]) => Promise<Problem[]>,
): Promise<AddedRelease> {
  if (unstorableText(id) !== undefined) {
    await recordDatasetAudit(db, actor, 'update', id, { found: false });
    return { kind: 'not_found' };
  }
  return db.transaction().execute(async (tx) => {
    const dataset = await tx
      .selectFrom('datasets')
      .select('id')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!dataset) {
      await recordDatasetAudit(tx, actor, 'update', id, { found: false });
      return { kind: 'not_found' } as const;
    }
    const earlier = (
      await tx
        .selectFrom('dataset_releases')
        .select(releaseColumns)
        .where('dataset_id', '=', id)
        .orderBy('seq')
        .execute()
    ).map(toRelease);
    const problems = await audit(earlier.map((r) => r.dashboard));
    if (problems.length > 0) {
      await recordDatasetAudit(tx, actor, 'update', id, {
        release: 'refused',
        k: dashboard.k,
        paths: problems.map((p) => p.path),
      });
      return { kind: 'refused', problems } as const;
    }
    const seq = (earlier.at(-1)?.seq ?? 0) + 1;
    const entry = await tx
      .insertInto('dataset_releases')
      .values({
        dataset_id: id,
        seq,
        k: dashboard.k,
        released_by: actor.userId,
        released_by_name: actor.username,
        dashboard: jsonParam(dashboard),
      })
      .returning(['seq', 'k', 'released_at', 'released_by', 'released_by_name'])
      .executeTakeFirstOrThrow();
    const row = await tx
      .updateTable('datasets')
      .set({
        k: dashboard.k,
        rows: dashboard.records,
        format: dashboard.format,
        dashboard: jsonParam(dashboard),
      })
      .where('id', '=', id)
      .returning(summaryColumns)
      .executeTakeFirstOrThrow();
    await recordDatasetAudit(tx, actor, 'update', id, { release: seq, k: dashboard.k });
    const { dashboard: _, ...release } = toRelease({ ...entry, dashboard: null });
    return { kind: 'saved', dataset: { ...toSummary(row), dashboard }, release } as const;
  });
}
