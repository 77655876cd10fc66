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

type ReadRow = SummaryRow & { facts: unknown; assessment?: unknown };

/**
 * What a group's statement gives for one read: the row, or, when the caller already holds this very
 * version of it (`unchanged`), only its identity — the reader keeps what it had.
 */
type GroupRow = {
  n: string | number;
  unchanged: boolean;
  row_version: string;
} & Partial<ReadRow>;

/** One read waiting for its group (see ReadGroups). */
type WaitingRead = {
  actor: Actor;
  id: string;
  withAssessment: boolean;
  /** The row version (see KnownCase) of the case as this process last read it, if it holds it. */
  known: string | null;
  resolve: (row: GroupRow | undefined) => void;
  reject: (error: unknown) => void;
};

/** At most this many reads share a statement (the parameters are arrays: no limit on their count). */
const MAX_GROUP = 256;

/**
 * A case as this process last read it (without its assessment), and the version of the row it came
 * from: PostgreSQL's `xmin` (the transaction that wrote that row version: every UPDATE, and a delete
 * and insert again, makes a new one, whoever writes — another process, a migration) with the case's
 * own version number beside it. The record is frozen and shared by every read that finds the row
 * unchanged, so a caller can keep work it derived from it (the API keeps the answer's JSON).
 */
type KnownCase = { rowVersion: string; record: CaseRecord };

/** Cases kept in memory per store; past this the oldest read goes first. */
const MAX_KNOWN = 1_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Group commit for case reads. Every read writes its audit row, and on the embedded store each
 * statement and its commit cost about a millisecond of the one database thread, whatever it holds:
 * under a hundred clients reads queued behind each other for hundreds of milliseconds. So reads go
 * in groups: while one group's statement runs, the reads that arrive wait, and the next statement
 * reads all of them and writes all their audit rows at once — one statement, one commit. A read is
 * answered only once the statement that wrote its audit row has committed, as before; a read that
 * arrives when none is running goes at once, alone (no waiting at low load).
 *
 * Most reads are of cases that have not changed since this process last read them, and turning the
 * facts' jsonb into text, sending it across threads and parsing it again was most of a read's cost on
 * the database's side. So the statement is told which row version the process holds for each case
 * (KnownCase), and sends the case's columns only when the row has changed; the audit row is written
 * in the same statement either way, and the database alone decides whether the case is unchanged.
 */
class ReadGroups {
  readonly #waiting: WaitingRead[] = [];
  readonly #known = new Map<string, KnownCase>();
  #running = false;

  constructor(readonly db: Kysely<Database>) {}

  async read(actor: Actor, id: string, withAssessment: boolean): Promise<CaseRecord | undefined> {
    // A read with the assessment always fetches everything: only the facts are kept in memory.
    const known = withAssessment ? undefined : this.#known.get(id);
    const row = await new Promise<GroupRow | undefined>((resolve, reject) => {
      this.#waiting.push({ actor, id, withAssessment, known: known?.rowVersion ?? null, resolve, reject });
      if (!this.#running) void this.#drain();
    });
    if (!row) {
      this.#known.delete(id);
      return undefined;
    }
    if (row.unchanged && known) return known.record;
    const full = row as GroupRow & ReadRow;
    const record: CaseRecord = { ...toSummary(full), facts: full.facts };
    if (withAssessment) {
      record.assessment = full.assessment;
      return record;
    }
    this.#known.delete(id);
    if (this.#known.size >= MAX_KNOWN) this.#known.delete(this.#known.keys().next().value!);
    this.#known.set(id, { rowVersion: row.row_version, record: deepFreeze(record) });
    return record;
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, MAX_GROUP);
        try {
          const rows = await readGroup(this.db, group);
          for (const [i, read] of group.entries()) read.resolve(rows[i]);
        } catch (error) {
          // One read's failure must not fail the others: alone, each fails or succeeds on its own.
          if (group.length === 1) group[0].reject(error);
          else
            for (const read of group) {
              readGroup(this.db, [read]).then(([row]) => read.resolve(row), read.reject);
            }
        }
      }
    } finally {
      this.#running = false;
    }
  }
}

/**
 * Several reads, and their audit rows written by the same statement: the reads and their traces
 * commit or fail together, in one round trip (the audit insert runs in a data-modifying WITH clause,
 * which PostgreSQL always executes to completion whether or not the outer query reads it). Audit
 * rows are written in the order the reads arrived; the rows come back in that order too. A read
 * whose row version the caller already holds gets back only that the row is unchanged.
 */
async function readGroup(db: Kysely<Database>, group: WaitingRead[]): Promise<Array<GroupRow | undefined>> {
  const { rows } = await sql<GroupRow>`
    with asked as (
      select * from unnest(
        ${group.map((r) => r.id)}::text[], ${group.map((r) => r.actor.userId)}::integer[],
        ${group.map((r) => r.actor.username)}::text[], ${group.map((r) => r.actor.ip ?? null)}::text[],
        ${group.map((r) => r.withAssessment)}::boolean[], ${group.map((r) => r.known)}::text[]
      ) with ordinality as a(id, user_id, username, ip, with_assessment, known, n)
    ),
    found as (
      select asked.n, asked.known, asked.with_assessment, c.xmin::text || ':' || c.version as row_version,
        c.id, c.title, c.verdicts, c.version, c.created_at, c.updated_at, c.facts, c.assessment
      from asked join cases c on c.id = asked.id
    ),
    audited as (
      insert into audit (user_id, username, action, case_id, ip, detail)
      select asked.user_id, asked.username, 'read', asked.id, asked.ip,
        case when found.n is null then '{"found": false}'::jsonb
          else jsonb_build_object('version', found.version) end
      from asked left join found using (n) order by asked.n
    ),
    checked as (select found.*, coalesce(row_version = known, false) as unchanged from found)
    select n, unchanged, row_version,
      case when not unchanged then id end as id, case when not unchanged then title end as title,
      case when not unchanged then verdicts end as verdicts, case when not unchanged then version end as version,
      case when not unchanged then created_at end as created_at,
      case when not unchanged then updated_at end as updated_at,
      case when not unchanged then facts end as facts,
      case when with_assessment then assessment end as assessment
    from checked`.execute(db);
  const byPosition = new Map(rows.map((row) => [Number(row.n), row]));
  return group.map((_, i) => byPosition.get(i + 1));
}

const readGroups = new WeakMap<Kysely<Database>, ReadGroups>();

/**
 * One case, and its audit row (see ReadGroups: reads that arrive together share one statement and
 * one commit; each is answered once its own audit row is committed). A case read without its
 * assessment is frozen and may be the very object an earlier read of the same, unchanged row got.
 */
export async function readCase(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  options: { withAssessment?: boolean } = {},
): Promise<CaseRecord | undefined> {
  // A failed read is audited too: probing for ids leaves a trace, even by an id no case can have.
  if (unstorableText(id) !== undefined) {
    await recordAudit(db, actor, 'read', id, { found: false, invalidId: true });
    return undefined;
  }
  let groups = readGroups.get(db);
  if (!groups) {
    groups = new ReadGroups(db);
    readGroups.set(db, groups);
  }
  return groups.read(actor, id, options.withAssessment === true);
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
