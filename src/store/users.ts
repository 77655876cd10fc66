// Users and their roles. Passwords arrive already hashed (argon2id, in the server's auth module).
import type { Kysely } from 'kysely';
import type { Database, Role } from './schema.js';
import { forgetUserSessions } from './sessions.js';

export type User = { id: number; username: string; role: Role; createdAt: string; disabled: boolean };

type Row = { id: number; username: string; role: Role; created_at: Date; disabled_at: Date | null };

const toUser = (row: Row): User => ({
  id: row.id,
  username: row.username,
  role: row.role,
  createdAt: new Date(row.created_at).toISOString(),
  disabled: row.disabled_at !== null,
});

const userColumns = ['id', 'username', 'role', 'created_at', 'disabled_at'] as const;

export async function createUser(
  db: Kysely<Database>,
  input: { username: string; passwordHash: string; role: Role },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ username: input.username, password_hash: input.passwordHash, role: input.role })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export type LoginUser = User & { passwordHash: string; failedLogins: number; lockedUntil: Date | null };

/** The user, the stored hash and the lock-out state, to check a password at login. */
export async function findUserForLogin(
  db: Kysely<Database>,
  username: string,
): Promise<LoginUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row
    ? {
        ...toUser(row),
        passwordHash: row.password_hash,
        failedLogins: row.failed_logins,
        lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
      }
    : undefined;
}

/**
 * Count a failed login; `lockFor(failures)` says how long the account is then locked (0: not).
 * Returns the count and the lock's end.
 */
export async function noteFailedLogin(
  db: Kysely<Database>,
  id: number,
  lockFor: (failures: number) => number,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  return db.transaction().execute(async (tx) => {
    const { failed_logins: failures } = await tx
      .updateTable('users')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
      .where('id', '=', id)
      .returning(['failed_logins'])
      .executeTakeFirstOrThrow();
    const ms = lockFor(failures);
    const lockedUntil = ms > 0 ? new Date(Date.now() + ms) : null;
    if (lockedUntil)
      await tx.updateTable('users').set({ locked_until: lockedUntil }).where('id', '=', id).execute();
    return { failures, lockedUntil };
  });
}

/** A successful login clears the count of failures and any lock. */
export async function noteSuccessfulLogin(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('failed_logins', '>', 0), eb('locked_until', 'is not', null)]))
    .execute();
}

export async function getUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('id').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setPasswordHash(db: Kysely<Database>, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  forgetUserSessions(db, id);
}

export type AccountChange =
  | { ok: true; before: User; after: User }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'last_admin' };

/**
 * Change an account's role or disable/enable it — refused when it would leave no enabled admin.
 * The enabled admins are locked for the transaction, so two admins demoting each other at once
 * cannot both succeed.
 */
export async function changeAccount(
  db: Kysely<Database>,
  id: number,
  change: { role?: Role; disabled?: boolean },
): Promise<AccountChange> {
  const result = await db.transaction().execute(async (tx): Promise<AccountChange> => {
    const admins = await tx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    const current = await tx.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
    if (!current) return { ok: false, reason: 'not_found' };
    const role = change.role ?? current.role;
    const disabled = change.disabled ?? current.disabled_at !== null;
    const staysAdmin = role === 'admin' && !disabled;
    if (!staysAdmin && admins.length === 1 && admins[0].id === id) return { ok: false, reason: 'last_admin' };
    const disabledAt = disabled ? (current.disabled_at ?? new Date()) : null;
    const row = await tx
      .updateTable('users')
      .set({ role, disabled_at: disabledAt })
      .where('id', '=', id)
      .returning(userColumns)
      .executeTakeFirstOrThrow();
    if (disabled && current.disabled_at === null) {
      await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    return { ok: true, before: toUser(current), after: toUser(row) };
  });
  // Role and account state are read with the session: what this process remembers is stale now.
  if (result.ok) forgetUserSessions(db, id);
  return result;
}
