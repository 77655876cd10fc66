// The audit log: who read or changed which case or dataset, and every account action (logins,
// password and role changes, sessions revoked, the log itself read), when and from which address.
// Rows are only ever inserted (the database refuses UPDATE, DELETE and TRUNCATE on the table; see
// migrations/0001-initial.ts).
import type { Kysely } from 'kysely';
import { storableText } from '../facts/text.js';
import { jsonParam } from './db.js';
import type { AuditAction, Database } from './schema.js';

/** Who acts, and from which address (absent for the command line). */
export type Actor = { userId: number; username: string; ip?: string };

export type AuditEntry = {
  id: string;
  at: string;
  userId: number | null;
  username: string | null;
  action: AuditAction;
  caseId: string | null;
  datasetId: string | null;
  subjectUserId: number | null;
  ip: string | null;
  detail: unknown;
};

/** Who acted: a user, or for a login attempt the account it named (null when there is none). */
type Acting = { userId: number | null; username: string; ip?: string };

/** What one row says beyond who acted: about a case, a dataset or an account, with its detail. */
type AuditSubject = {
  caseId?: string | null;
  datasetId?: string | null;
  subjectUserId?: number | null;
  detail: unknown;
};

/** One row appended to the log (ids written as storable text: a refused id is still audited). */
async function insertAudit(
  db: Kysely<Database>,
  actor: Acting,
  action: AuditAction,
  subject: AuditSubject,
): Promise<void> {
  const { caseId, datasetId, subjectUserId, detail } = subject;
  await db
    .insertInto('audit')
    .values({
      user_id: actor.userId,
      username: actor.username,
      action,
      case_id: caseId == null ? null : storableText(caseId),
      ...(datasetId === undefined ? {} : { dataset_id: datasetId === null ? null : storableText(datasetId) }),
      ...(subjectUserId === undefined ? {} : { subject_user_id: subjectUserId }),
      ip: actor.ip ?? null,
      detail: detail === undefined ? null : jsonParam(detail),
    })
    .execute();
}

export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor,
  action: AuditAction,
  caseId: string | null,
  detail?: unknown,
): Promise<void> {
  await insertAudit(db, actor, action, { caseId, detail });
}

/** An audit row about a saved dataset (src/store/datasets.ts) rather than a case. */
export async function recordDatasetAudit(
  db: Kysely<Database>,
  actor: Actor,
  action: AuditAction,
  datasetId: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  await insertAudit(db, actor, action, { datasetId, detail: { subject: 'dataset', ...detail } });
}

/**
 * An account action. `actor` is who acted, or, for a login attempt, whom the attempt named (its id
 * null when no such account exists); `subjectUserId` is the account acted upon.
 */
export async function recordAccountAudit(
  db: Kysely<Database>,
  actor: Acting,
  action: AuditAction,
  subjectUserId: number | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  const named = { userId: actor.userId, username: storableText(actor.username), ip: actor.ip };
  await insertAudit(db, named, action, { subjectUserId, detail });
}

export type AuditFilter = {
  caseId?: string;
  datasetId?: string;
  /** Rows about this account: what it did, and what was done to it. */
  userId?: number;
  action?: AuditAction;
  limit?: number;
};

export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200);
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  if (filter.datasetId) query = query.where('dataset_id', '=', filter.datasetId);
  if (filter.action) query = query.where('action', '=', filter.action);
  const userId = filter.userId;
  if (userId !== undefined) {
    query = query.where((eb) => eb.or([eb('user_id', '=', userId), eb('subject_user_id', '=', userId)]));
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    userId: row.user_id,
    username: row.username,
    action: row.action,
    caseId: row.case_id,
    datasetId: row.dataset_id,
    subjectUserId: row.subject_user_id,
    ip: row.ip,
    detail: row.detail,
  }));
}
