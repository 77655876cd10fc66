// First start: with no user at all, make an `admin` account. Its password comes from
// CONTINUUM_ADMIN_PASSWORD or is drawn at random and printed once (it is stored only as a hash).
import { randomBytes } from 'node:crypto';
import type { Store } from '../store/db.js';
import { countUsers, createUser } from '../store/users.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords.js';

export type AdminBootstrap =
  | { created: false }
  | { created: true; username: string; password: string | null; source: 'environment' | 'generated' };

export async function ensureAdmin(store: Store, envPassword?: string): Promise<AdminBootstrap> {
  if ((await countUsers(store.db)) > 0) return { created: false };
  const fromEnv = envPassword?.trim();
  if (fromEnv !== undefined && fromEnv.length > 0 && fromEnv.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`CONTINUUM_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = fromEnv || randomBytes(18).toString('base64url');
  await createUser(store.db, {
    username: 'admin',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  return fromEnv
    ? { created: true, username: 'admin', password: null, source: 'environment' }
    : { created: true, username: 'admin', password, source: 'generated' };
}
