// Login sessions: the browser holds a random token in an httpOnly cookie; we keep only its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from './schema.js';

export type Session = { userId: number; username: string; role: Role; csrfToken: string; expiresAt: string };

/**
 * A per-process memo of live sessions, so that a logged-in request does not cost a database round
 * trip just to learn who sent it (on embedded PGlite that trip is most of a case read). Entries
 * are keyed by token hash and live at most `ttlMs` and never past the session's own expiry. This
 * process drops them at once when the session is deleted (logout) or its user's password changes;
 * another process sharing a PostgreSQL server sees such a change within `ttlMs`.
 */
type SessionCache = {
  ttlMs: number;
  maxEntries: number;
  entries: Map<string, { session: Session; until: number }>;
  /** Bumped by every invalidation, so a lookup that raced one does not store what it read. */
  generation: number;
};

const caches = new WeakMap<object, SessionCache>();

export const DEFAULT_SESSION_CACHE_MS = 5_000;

/** Turn the session memo on for this database handle (openStore does; off for a bare Kysely). */
export function cacheSessions(
  db: Kysely<Database>,
  options: { ttlMs?: number; maxEntries?: number } = {},
): void {
  caches.set(db, {
    ttlMs: options.ttlMs ?? DEFAULT_SESSION_CACHE_MS,
    maxEntries: options.maxEntries ?? 10_000,
    entries: new Map(),
    generation: 0,
  });
}

function forget(db: Kysely<Database>, drop: (session: Session, tokenHash: string) => boolean): void {
  const cache = caches.get(db);
  if (!cache) return;
  cache.generation++;
  for (const [tokenHash, entry] of cache.entries) {
    if (drop(entry.session, tokenHash)) cache.entries.delete(tokenHash);
  }
}

/** Drop a user's sessions from the memo (their password, role or account changed). */
export function forgetUserSessions(db: Kysely<Database>, userId: number): void {
  forget(db, (session) => session.userId === userId);
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  lifetimeMs: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + lifetimeMs);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session for a token, or undefined (unknown or expired). */
export async function findSession(db: Kysely<Database>, token: string): Promise<Session | undefined> {
  const tokenHash = hashToken(token);
  const cache = caches.get(db);
  const now = Date.now();
  const hit = cache?.entries.get(tokenHash);
  if (hit) {
    if (hit.until > now) return { ...hit.session };
    cache!.entries.delete(tokenHash);
  }
  const generation = cache?.generation;
  const session = await lookUpSession(db, tokenHash);
  if (cache && session && cache.generation === generation) {
    if (cache.entries.size >= cache.maxEntries) cache.entries.clear();
    const until = Math.min(Date.now() + cache.ttlMs, Date.parse(session.expiresAt));
    cache.entries.set(tokenHash, { session: { ...session }, until });
  }
  return session;
}

async function lookUpSession(db: Kysely<Database>, tokenHash: string): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.role', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', new Date())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.id,
    username: row.username,
    role: row.role,
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  forget(db, (_session, cached) => cached === tokenHash);
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  // Again after the delete: a lookup that read the row before it went must not be served from memory.
  forget(db, (_session, cached) => cached === tokenHash);
}

/**
 * End every session of a user in the store — all of them, or all but the one whose token is
 * `keepToken` (the session that changed its own password stays). Returns how many ended.
 */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: number,
  keepToken?: string,
): Promise<number> {
  forgetUserSessions(db, userId);
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken !== undefined) query = query.where('token_hash', '<>', hashToken(keepToken));
  const result = await query.executeTakeFirst();
  // Again after the delete, as for one session: nothing read before it may be served from memory.
  forgetUserSessions(db, userId);
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
