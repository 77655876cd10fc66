// A server on an in-memory PGlite store, with one account per role, for inject()-based tests.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, buildApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { openStore, type Store } from '../../src/store/db.js';
import type { Role } from '../../src/store/schema.js';
import { createUser } from '../../src/store/users.js';

export const PASSWORD = 'correct horse battery staple';

export type Session = { cookie: string; csrf: string };

export async function testStore(): Promise<Store> {
  const store = await openStore({ kind: 'pglite' });
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ['viewer', 'caseworker', 'admin'] as const) {
    await createUser(store.db, { username: role, passwordHash, role });
  }
  return store;
}

/** Assessments run on the test's thread unless a test asks for workers (starting one takes a second). */
export function testApp(store: Store, options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({
    store,
    rateLimitPerMinute: 0,
    loginRateLimitPerMinute: 1000,
    assessThreads: 0,
    ...options,
  });
}

export async function login(
  app: FastifyInstance,
  username: Role | string,
  password = PASSWORD,
): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });
  if (response.statusCode !== 200)
    throw new Error(`login as ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'continuum_session');
  return { cookie: `continuum_session=${cookie?.value}`, csrf: response.json().csrfToken };
}

/** Headers for a request in a session: the cookie, and the CSRF token for writes. */
export function as(session: Session | undefined, write = false): Record<string, string> {
  if (!session) return {};
  return write ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : { cookie: session.cookie };
}

/**
 * For a test file: a fresh in-memory store with one account per role and a server on it, built
 * before the file's tests and closed after them. Read `app` and `store` inside tests.
 */
export function serveForTests(options: Partial<AppOptions> = {}): { app: FastifyInstance; store: Store } {
  const server = {} as { app: FastifyInstance; store: Store };
  beforeAll(async () => {
    server.store = await testStore();
    server.app = await testApp(server.store, options);
    // Minutes, not seconds, when the machine is shared by many test runs.
  }, 300_000);
  afterAll(async () => {
    await server.app?.close();
    await server.store?.close();
  });
  return server;
}
