import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.js';
import { createCase, deleteCase, listCases, readCase, updateCase } from '../../src/store/cases.js';
import { migrate } from '../../src/store/db.js';
import {
  cacheSessions,
  createSession,
  DEFAULT_SESSION_CACHE_MS,
  deleteSession,
  findSession,
} from '../../src/store/sessions.js';
import {
  countUsers,
  createUser,
  findUserForLogin,
  listUsers,
  setPasswordHash,
} from '../../src/store/users.js';
import { backends, storeForTests } from './backends.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const input = (title: string) => ({
  title,
  facts: { schemaVersion: 1, title, person: { ageAtRecruitment: 15 } },
  assessment: { schemaVersion: 1, instruments: [] },
  verdicts: { 'un-trafficking-protocol': 'undetermined' },
});

if (!process.env.DATABASE_URL) {
  it.skip('store suite on PostgreSQL (set DATABASE_URL to run it)', () => {});
}

describe.each(backends().map((backend) => [backend.name, backend] as const))(
  'case store on %s',
  (_name, backend) => {
    const opened = storeForTests(backend, 'cw');

    it('migrates idempotently', async () => {
      await migrate(opened.store.db);
      expect(await countUsers(opened.store.db)).toBe(1);
    });

    it('keeps users, their roles and unique names', async () => {
      await createUser(opened.store.db, { username: 'viewer1', passwordHash: 'h', role: 'viewer' });
      expect((await findUserForLogin(opened.store.db, 'viewer1'))?.passwordHash).toBe('h');
      expect(await findUserForLogin(opened.store.db, 'nobody')).toBeUndefined();
      await expect(
        createUser(opened.store.db, { username: 'viewer1', passwordHash: 'h', role: 'viewer' }),
      ).rejects.toThrow();
      await expect(
        // biome-ignore lint/suspicious/noExplicitAny: testing the database's own check constraint
        createUser(opened.store.db, { username: 'x', passwordHash: 'h', role: 'superuser' as any }),
      ).rejects.toThrow();
      expect((await listUsers(opened.store.db)).map((u) => u.role)).toContain('viewer');
    });

    it('creates, reads, lists, updates and deletes a case, round-tripping the JSON', async () => {
      const created = await createCase(opened.store.db, opened.actor, input('first'));
      expect(created.id).toMatch(/^c-[a-z2-9]{12}$/);
      expect(created.version).toBe(1);

      const read = await readCase(opened.store.db, opened.actor, created.id);
      expect(read?.facts).toEqual(input('first').facts);
      expect(read?.verdicts).toEqual(input('first').verdicts);

      const listed = await listCases(opened.store.db, opened.actor, { limit: 50, offset: 0 });
      expect(listed.cases.map((c) => c.id)).toContain(created.id);
      expect(listed.total).toBeGreaterThanOrEqual(1);

      const updated = await updateCase(opened.store.db, opened.actor, created.id, input('second'), 1);
      expect(updated.ok && updated.record.version).toBe(2);
      expect(updated.ok && updated.record.title).toBe('second');

      const stale = await updateCase(opened.store.db, opened.actor, created.id, input('third'), 1);
      expect(stale).toEqual({ ok: false, reason: 'conflict', version: 2 });

      expect(await deleteCase(opened.store.db, opened.actor, created.id)).toBe(true);
      expect(await readCase(opened.store.db, opened.actor, created.id)).toBeUndefined();
      expect(await deleteCase(opened.store.db, opened.actor, created.id)).toBe(false);
      expect((await updateCase(opened.store.db, opened.actor, created.id, input('x'))).ok).toBe(false);
    });

    it('writes an audit row for every case read and write, and refuses to change them', async () => {
      const created = await createCase(opened.store.db, opened.actor, input('audited'));
      await readCase(opened.store.db, opened.actor, created.id);
      await updateCase(opened.store.db, opened.actor, created.id, input('audited 2'));
      await deleteCase(opened.store.db, opened.actor, created.id);
      const rows = await listAudit(opened.store.db, { caseId: created.id });
      expect(rows.map((r) => r.action).reverse()).toEqual(['create', 'read', 'update', 'delete']);
      expect(rows.every((r) => r.username === 'cw' && r.userId === opened.actor.userId)).toBe(true);

      await expect(sql`update audit set action = 'read'`.execute(opened.store.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from audit`.execute(opened.store.db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate audit`.execute(opened.store.db)).rejects.toThrow(/append-only/);
      expect(await listAudit(opened.store.db, { caseId: created.id })).toHaveLength(4);
    });

    it('audits a read in the same statement: its version, or that nothing was found', async () => {
      const created = await createCase(opened.store.db, opened.actor, input('read once'));
      const withAssessment = await readCase(opened.store.db, opened.actor, created.id, {
        withAssessment: true,
      });
      expect(withAssessment?.assessment).toEqual(input('read once').assessment);
      expect(await readCase(opened.store.db, opened.actor, 'c-nosuchcase')).toBeUndefined();
      expect((await listAudit(opened.store.db, { caseId: created.id }))[0]).toMatchObject({
        action: 'read',
        userId: opened.actor.userId,
        detail: { version: 1 },
      });
      expect((await listAudit(opened.store.db, { caseId: 'c-nosuchcase' }))[0]).toMatchObject({
        action: 'read',
        detail: { found: false },
      });
    });

    it('reads that arrive together each get their own case and audit row, in the order asked', async () => {
      const cases = await Promise.all(
        ['g1', 'g2', 'g3'].map((title) => createCase(opened.store.db, opened.actor, input(title))),
      );
      const other = { userId: opened.actor.userId, username: opened.actor.username, ip: '192.0.2.7' };
      const plain: { userId: number; username: string; ip?: string } = opened.actor;
      const asked = Array.from({ length: 40 }, (_, i) => ({
        id: i % 7 === 3 ? `c-missing${i}` : cases[i % 3].id,
        actor: i % 2 === 0 ? plain : other,
        withAssessment: i % 5 === 0,
      }));
      const before = await listAudit(opened.store.db, { action: 'read', limit: 1 });
      const read = await Promise.all(
        asked.map((a) => readCase(opened.store.db, a.actor, a.id, { withAssessment: a.withAssessment })),
      );
      for (const [i, record] of read.entries()) {
        const { id, withAssessment } = asked[i];
        if (id.startsWith('c-missing')) {
          expect(record).toBeUndefined();
          continue;
        }
        expect(record?.id).toBe(id);
        expect(record?.title).toBe(cases.find((c) => c.id === id)?.title);
        expect(record?.assessment).toEqual(withAssessment ? input(record!.title!).assessment : undefined);
      }
      const rows = (await listAudit(opened.store.db, { action: 'read', limit: 100 }))
        .filter((row) => Number(row.id) > Number(before[0]?.id ?? 0))
        .reverse();
      expect(rows.map((row) => [row.caseId, row.ip])).toEqual(asked.map((a) => [a.id, a.actor.ip ?? null]));
      for (const [i, row] of rows.entries()) {
        expect(row.detail).toEqual(asked[i].id.startsWith('c-missing') ? { found: false } : { version: 1 });
      }
    });

    it('a read whose audit row is refused fails alone, not the reads that arrived with it', async () => {
      const [kept, refused] = await Promise.all(
        ['kept', 'refused'].map((title) => createCase(opened.store.db, opened.actor, input(title))),
      );
      await sql`create function refuse_one() returns trigger language plpgsql as $$
        begin raise exception 'audit refused'; end $$`.execute(opened.store.db);
      await sql
        .raw(`create trigger refuse_one before insert on audit for each row
        when (new.action = 'read' and new.case_id = '${refused.id}') execute function refuse_one()`)
        .execute(opened.store.db);
      try {
        const results = await Promise.allSettled(
          [kept, refused, kept, kept].map((c) => readCase(opened.store.db, opened.actor, c.id)),
        );
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      } finally {
        await sql`drop trigger refuse_one on audit`.execute(opened.store.db);
        await sql`drop function refuse_one()`.execute(opened.store.db);
      }
      expect((await listAudit(opened.store.db, { caseId: kept.id, action: 'read' })).length).toBe(3);
      expect(await listAudit(opened.store.db, { caseId: refused.id, action: 'read' })).toEqual([]);
    });

    it('returns no case when its audit row cannot be written', async () => {
      const created = await createCase(opened.store.db, opened.actor, input('untraceable'));
      await sql`create function refuse_audit() returns trigger language plpgsql as $$
        begin raise exception 'audit refused'; end $$`.execute(opened.store.db);
      await sql`create trigger refuse_audit before insert on audit for each row
        when (new.action = 'read') execute function refuse_audit()`.execute(opened.store.db);
      try {
        await expect(readCase(opened.store.db, opened.actor, created.id)).rejects.toThrow(/audit refused/);
      } finally {
        await sql`drop trigger refuse_audit on audit`.execute(opened.store.db);
        await sql`drop function refuse_audit()`.execute(opened.store.db);
      }
      expect((await listAudit(opened.store.db, { caseId: created.id })).map((r) => r.action)).toEqual([
        'create',
      ]);
    });

    it('a read of an unchanged case gets the record it got before, audited; any change to the row is read anew', async () => {
      const db = opened.store.db;
      const created = await createCase(db, opened.actor, input('kept in memory'));
      const first = await readCase(db, opened.actor, created.id);
      const again = await readCase(db, opened.actor, created.id);
      expect(again).toBe(first);
      expect(Object.isFrozen(first) && Object.isFrozen(first?.facts)).toBe(true);
      expect(first).toMatchObject({
        title: 'kept in memory',
        version: 1,
        facts: input('kept in memory').facts,
      });

      // A change that leaves the version number as it was (another writer, a migration) is still seen.
      await sql`update cases set title = 'changed elsewhere' where id = ${created.id}`.execute(db);
      const changed = await readCase(db, opened.actor, created.id);
      expect(changed?.title).toBe('changed elsewhere');
      expect(await readCase(db, opened.actor, created.id)).toBe(changed);

      const updated = await updateCase(db, opened.actor, created.id, input('second version'));
      expect(updated.ok).toBe(true);
      expect(await readCase(db, opened.actor, created.id)).toMatchObject({
        title: 'second version',
        version: 2,
        facts: input('second version').facts,
      });

      // Deleted and made again under the same id, with the same version number: a new row all the same.
      const asBefore = await readCase(db, opened.actor, created.id);
      await sql`delete from cases where id = ${created.id}`.execute(db);
      expect(await readCase(db, opened.actor, created.id)).toBeUndefined();
      await sql`insert into cases (id, title, facts, assessment, verdicts, version)
        values (${created.id}, 'made again', '{"title": "made again"}', '{}', '{}', 2)`.execute(db);
      const remade = await readCase(db, opened.actor, created.id);
      expect(remade).not.toBe(asBefore);
      expect(remade).toMatchObject({ title: 'made again', version: 2, facts: { title: 'made again' } });

      // With the assessment, the whole row is read, and the record is the caller's own.
      const withAssessment = await readCase(db, opened.actor, created.id, { withAssessment: true });
      expect(withAssessment?.assessment).toEqual({});
      expect(Object.isFrozen(withAssessment)).toBe(false);

      const reads = await listAudit(db, { caseId: created.id, action: 'read' });
      expect(reads.map((row) => row.detail).reverse()).toEqual([
        { version: 1 },
        { version: 1 },
        { version: 1 },
        { version: 1 },
        { version: 2 },
        { version: 2 },
        { found: false },
        { version: 2 },
        { version: 2 },
      ]);
    });

    it('a read of a case held in memory still fails when its audit row cannot be written', async () => {
      const db = opened.store.db;
      const created = await createCase(db, opened.actor, input('held, then untraceable'));
      expect(await readCase(db, opened.actor, created.id)).toBeDefined();
      await sql`create function refuse_audit() returns trigger language plpgsql as $$
        begin raise exception 'audit refused'; end $$`.execute(db);
      await sql`create trigger refuse_audit before insert on audit for each row
        when (new.action = 'read') execute function refuse_audit()`.execute(db);
      try {
        await expect(readCase(db, opened.actor, created.id)).rejects.toThrow(/audit refused/);
      } finally {
        await sql`drop trigger refuse_audit on audit`.execute(db);
        await sql`drop function refuse_audit()`.execute(db);
      }
      expect(await listAudit(db, { caseId: created.id, action: 'read' })).toHaveLength(1);
    });

    it('remembers a session briefly, but not past a password change, the memo time or the expiry', async () => {
      const session = await createSession(opened.store.db, opened.actor.userId, 60_000);
      const dropRow = () =>
        sql`delete from sessions where user_id = ${opened.actor.userId}`.execute(opened.store.db);
      expect(await findSession(opened.store.db, session.token)).toMatchObject({
        userId: opened.actor.userId,
      });
      // The row goes behind the store's back: this process still knows the session for a moment…
      await dropRow();
      expect(await findSession(opened.store.db, session.token)).toMatchObject({
        userId: opened.actor.userId,
      });
      // …until the user's password changes.
      await setPasswordHash(opened.store.db, opened.actor.userId, 'new hash');
      expect(await findSession(opened.store.db, session.token)).toBeUndefined();

      cacheSessions(opened.store.db, { ttlMs: 50 });
      try {
        const brief = await createSession(opened.store.db, opened.actor.userId, 60_000);
        expect(await findSession(opened.store.db, brief.token)).toBeDefined();
        await dropRow();
        await pause(100);
        expect(await findSession(opened.store.db, brief.token)).toBeUndefined();
      } finally {
        cacheSessions(opened.store.db, { ttlMs: DEFAULT_SESSION_CACHE_MS });
      }

      const shortLived = await createSession(opened.store.db, opened.actor.userId, 300);
      expect(await findSession(opened.store.db, shortLived.token)).toBeDefined();
      await pause(400);
      expect(await findSession(opened.store.db, shortLived.token)).toBeUndefined();
    });

    it('reports a bad query with PostgreSQL’s error code, and keeps working', async () => {
      await expect(sql`selec 1`.execute(opened.store.db)).rejects.toMatchObject({ code: '42601' });
      await expect(
        createUser(opened.store.db, { username: 'cw', passwordHash: 'x', role: 'viewer' }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(await countUsers(opened.store.db)).toBeGreaterThan(0);
    });

    it('finds live sessions by token only, and forgets them on logout or expiry', async () => {
      const live = await createSession(opened.store.db, opened.actor.userId, 60_000);
      const found = await findSession(opened.store.db, live.token);
      expect(found).toMatchObject({
        userId: opened.actor.userId,
        role: 'caseworker',
        csrfToken: live.csrfToken,
      });
      expect(await findSession(opened.store.db, `${live.token}x`)).toBeUndefined();
      await deleteSession(opened.store.db, live.token);
      expect(await findSession(opened.store.db, live.token)).toBeUndefined();
      const expired = await createSession(opened.store.db, opened.actor.userId, -1000);
      expect(await findSession(opened.store.db, expired.token)).toBeUndefined();
    });
  },
);
