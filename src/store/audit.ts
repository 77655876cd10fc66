// The audit log: who read or changed which case, when. Rows are only ever inserted (the database
// refuses UPDATE, DELETE and TRUNCATE on the table; see migrations/0001-initial.ts).
import type { Kysely } from 'kysely';
import { jsonParam } from './db.js';
import type { AuditAction, Database } from './schema.js';

export type Actor = { userId: number; username: string };

export type AuditEntry = {
  id: string;
  at: string;
  userId: number | null;
  username: string | null;
  action: AuditAction;
  caseId: string | null;
  datasetId: string | null;
  detail: unknown;
};

export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor,
  action: AuditAction,
  caseId: string | null,
  detail?: unknown,
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      user_id: actor.userId,
      username: actor.username,
      action,
      case_id: caseId,
      detail: detail === undefined ? null : jsonParam(detail),
    })
    .execute();
}

/** An audit row about a saved dataset (src/store/datasets.ts) rather than a case. */
export async function recordDatasetAudit(
  db: Kysely<Database>,
  actor: Actor,
  action: AuditAction,
  datasetId: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      user_id: actor.userId,
      username: actor.username,
      action,
      case_id: null,
      dataset_id: datasetId,
      detail: jsonParam(detail === undefined ? { subject: 'dataset' } : { subject: 'dataset', ...detail }),
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Database>,
  filter: { caseId?: string; datasetId?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200);
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  if (filter.datasetId) query = query.where('dataset_id', '=', filter.datasetId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    userId: row.user_id,
    username: row.username,
    action: row.action,
    caseId: row.case_id,
    datasetId: row.dataset_id,
    detail: row.detail,
  }));
}
