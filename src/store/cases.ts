// Case records: pseudonymous id, the facts, the latest assessment and its verdicts, timestamps.
// Every read and write here also writes an audit row, in the same transaction as a write.
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { unstorableText } from '../facts/text.js';
import { type Actor, recordAudit } from './audit.js';
import { jsonParam } from './db.js';
import type { Database } from './schema.js';

export type CaseSummary = {
  id: string;
  title: string | null;
  verdicts: Record<string, string>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A case with its facts; the stored assessment (large: the whole finding tree) only when asked for. */
export type CaseRecord = CaseSummary & { facts: unknown; assessment?: unknown };

export type CaseInput = {
  title: string | null;
  facts: unknown;
  assessment: unknown;
  verdicts: Record<string, string>;
};

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random id that says nothing about the person: "c-" and 12 letters or digits (~59 bits). */
export function newCaseId(): string {
  const bytes = randomBytes(12);
  let id = 'c-';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

type SummaryRow = {
  id: string;
  title: string | null;
  verdicts: Record<string, string>;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const toSummary = (row: SummaryRow): CaseSummary => ({
  id: row.id,
  title: row.title,
  verdicts: row.verdicts,
  version: row.version,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

const summaryColumns = ['id', 'title', 'verdicts', 'version', 'created_at', 'updated_at'] as const;

export async function createCase(db: Kysely<Database>, actor: Actor, input: CaseInput): Promise<CaseRecord> {
  return db.transaction().execute(async (tx) => {
    const id = newCaseId();
    const row = await tx
      .insertInto('cases')
      .values({
        id,
        title: input.title,
        facts: jsonParam(input.facts),
        assessment: jsonParam(input.assessment),
        verdicts: jsonParam(input.verdicts),
        version: 1,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returning([...summaryColumns, 'facts'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, 'create', id, { version: 1 });
    return { ...toSummary(row), facts: row.facts };
  });
}

/**
 * One case, and its audit row written by the same statement: the read and its trace commit or fail
 * together, in one round trip (the audit insert runs in a data-modifying WITH clause, which
 * PostgreSQL always executes to completion whether or not the outer query reads it).
 */
export async function readCase(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  options: { withAssessment?: boolean } = {},
): Promise<CaseRecord | undefined> {
  const columns = sql.raw(
    [...summaryColumns, 'facts', ...(options.withAssessment ? ['assessment'] : [])].join(', '),
  );
  // A failed read is audited too: probing for ids leaves a trace, even by an id no case can have.
  if (unstorableText(id) !== undefined) {
    await recordAudit(db, actor, 'read', id, { found: false, invalidId: true });
    return undefined;
  }
  const { rows } = await sql<SummaryRow & { facts: unknown; assessment?: unknown }>`
    with found as (select ${columns} from cases where id = ${id}::text),
    audited as (
      insert into audit (user_id, username, action, case_id, ip, detail)
      select ${actor.userId}::integer, ${actor.username}::text, 'read', ${id}::text, ${actor.ip ?? null}::text,
        coalesce((select jsonb_build_object('version', version) from found), '{"found": false}'::jsonb)
    )
    select * from found`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const record: CaseRecord = { ...toSummary(row), facts: row.facts };
  if (options.withAssessment) record.assessment = row.assessment;
  return record;
}

export async function listCases(
  db: Kysely<Database>,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ cases: CaseSummary[]; total: number }> {
  const rows = await db
    .selectFrom('cases')
    .select(summaryColumns)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  await recordAudit(db, actor, 'list', null, { ids: rows.map((r) => r.id) });
  return { cases: rows.map(toSummary), total: Number(count.n) };
}

export type UpdateResult =
  | { ok: true; record: CaseRecord }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; version: number };

/** Replace a case's facts and assessment; with `expectedVersion`, refuse if someone saved in between. */
export async function updateCase(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: CaseInput,
  expectedVersion?: number,
): Promise<UpdateResult> {
  return db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('cases')
      .select(['version'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) {
      await recordAudit(tx, actor, 'update', id, { found: false });
      return { ok: false, reason: 'not_found' } as const;
    }
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      await recordAudit(tx, actor, 'update', id, {
        conflict: { expected: expectedVersion, found: current.version },
      });
      return { ok: false, reason: 'conflict', version: current.version } as const;
    }
    const row = await tx
      .updateTable('cases')
      .set({
        title: input.title,
        facts: jsonParam(input.facts),
        assessment: jsonParam(input.assessment),
        verdicts: jsonParam(input.verdicts),
        version: current.version + 1,
        updated_at: new Date(),
        updated_by: actor.userId,
      })
      .where('id', '=', id)
      .returning([...summaryColumns, 'facts'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, 'update', id, { version: row.version });
    return { ok: true, record: { ...toSummary(row), facts: row.facts } } as const;
  });
}

export async function deleteCase(db: Kysely<Database>, actor: Actor, id: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const deleted = await tx.deleteFrom('cases').where('id', '=', id).returning(['id']).executeTakeFirst();
    await recordAudit(tx, actor, 'delete', id, deleted ? undefined : { found: false });
    return deleted !== undefined;
  });
}
