// Users and their roles. Passwords arrive already hashed (argon2id, in the server's auth module).
import type { Kysely } from 'kysely';
import type { Database, Role } from './schema.js';
import { forgetUserSessions } from './sessions.js';

export type User = { id: number; username: string; role: Role; createdAt: string };

type Row = { id: number; username: string; role: Role; created_at: Date };

const toUser = (row: Row): User => ({
  id: row.id,
  username: row.username,
  role: row.role,
  createdAt: new Date(row.created_at).toISOString(),
});

export async function createUser(
  db: Kysely<Database>,
  input: { username: string; passwordHash: string; role: Role },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ username: input.username, password_hash: input.passwordHash, role: input.role })
    .returning(['id', 'username', 'role', 'created_at'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** The user and the stored hash, to check a password at login. */
export async function findUserForLogin(
  db: Kysely<Database>,
  username: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function getUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'created_at'])
    .orderBy('id')
    .execute();
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
