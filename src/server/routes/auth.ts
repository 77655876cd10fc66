// Logging in and out. A login sets the session cookie and returns the CSRF token that the
// browser must send back with every change; GET /api/session gives it again after a reload.
// Every attempt, success or failure, is audited; an account is locked for a while after repeated
// failures (lockout.ts), whatever address they come from.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAccountAudit } from '../../store/audit.js';
import type { Store } from '../../store/db.js';
import { roles } from '../../store/schema.js';
import { createSession, deleteSession, deleteUserSessions } from '../../store/sessions.js';
import {
  findUserForLogin,
  noteFailedLogin,
  noteSuccessfulLogin,
  setPasswordHash,
} from '../../store/users.js';
import { lockoutMs } from '../auth/lockout.js';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.js';
import { actorOf, requireRole, SESSION_COOKIE } from '../auth/session.js';
import { errorSchema, noContent, say, sendError } from '../errors.js';

export type AuthOptions = {
  store: Store;
  sessionHours: number;
  secureCookies: boolean | 'auto';
  loginRateLimitPerMinute: number;
};

const sessionSchema = z.object({
  schemaVersion: z.literal(1),
  user: z.object({ id: z.number(), username: z.string(), role: z.enum(roles) }),
  csrfToken: z.string().describe('send it back in the x-csrf-token header on every POST, PUT and DELETE'),
});

/** Minutes, rounded up, for a message. */
const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export const authRoutes: FastifyPluginAsyncZod<AuthOptions> = async (app, options) => {
  const { store } = options;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.secureCookies,
    path: '/',
  };

  app.post(
    '/api/login',
    {
      config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        summary: 'Log in: sets the session cookie and returns the CSRF token',
        tags: ['session'],
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) }),
        response: {
          200: sessionSchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const attempt = { userId: null as number | null, username, ip: request.ip };
      const user = await findUserForLogin(store.db, username);
      if (user) attempt.userId = user.id;
      const now = Date.now();
      if (user?.lockedUntil && user.lockedUntil.getTime() > now) {
        // Not even checked: while locked, guessing gains nothing.
        await recordAccountAudit(store.db, attempt, 'login_failed', user.id, { reason: 'locked' });
        const wait = user.lockedUntil.getTime() - now;
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return sendError(reply, 429, 'locked', say(reply, 'server.locked', { minutes: minutes(wait) }));
      }
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !valid) {
        const lock = user ? await noteFailedLogin(store.db, user.id, lockoutMs) : undefined;
        await recordAccountAudit(store.db, attempt, 'login_failed', user?.id ?? null, {
          reason: user ? 'wrong password' : 'no such account',
          ...(lock ? { failures: lock.failures } : {}),
          ...(lock?.lockedUntil ? { lockedUntil: lock.lockedUntil.toISOString() } : {}),
        });
        return sendError(reply, 401, 'bad_credentials', say(reply, 'server.badCredentials'));
      }
      if (user.disabled) {
        await recordAccountAudit(store.db, attempt, 'login_failed', user.id, { reason: 'disabled' });
        return sendError(reply, 403, 'disabled', say(reply, 'server.disabled'));
      }
      await noteSuccessfulLogin(store.db, user.id);
      const session = await createSession(store.db, user.id, options.sessionHours * 3600_000);
      await recordAccountAudit(store.db, attempt, 'login', user.id);
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
      return {
        schemaVersion: 1 as const,
        user: { id: user.id, username: user.username, role: user.role },
        csrfToken: session.csrfToken,
      };
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        summary: 'The logged-in user and the CSRF token',
        tags: ['session'],
        response: { 200: sessionSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) return sendError(reply, 401, 'unauthenticated', say(reply, 'server.notLoggedIn'));
      return {
        schemaVersion: 1 as const,
        user: { id: user.id, username: user.username, role: user.role },
        csrfToken: user.csrfToken,
      };
    },
  );

  app.post(
    '/api/logout',
    {
      preHandler: requireRole('viewer'),
      schema: {
        summary: 'Log out (needs the CSRF token)',
        tags: ['session'],
        response: { 204: noContent, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(store.db, token);
      const user = request.user!;
      await recordAccountAudit(store.db, actorOf(user, request.ip), 'logout', user.id);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/session/password',
    {
      preHandler: requireRole('viewer'),
      config: { rateLimit: { max: options.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        summary: 'Change your own password (ends your other sessions)',
        tags: ['session'],
        body: z.object({
          currentPassword: z.string().min(1).max(1000),
          newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
        }),
        response: { 204: noContent, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const actor = actorOf(user, request.ip);
      const stored = await findUserForLogin(store.db, user.username);
      if (!stored || !(await verifyPassword(stored.passwordHash, request.body.currentPassword))) {
        await recordAccountAudit(store.db, actor, 'password_change', user.id, {
          ok: false,
          reason: 'wrong current password',
        });
        return sendError(reply, 403, 'bad_credentials', say(reply, 'server.wrongCurrentPassword'));
      }
      await setPasswordHash(store.db, user.id, await hashPassword(request.body.newPassword));
      // Whoever else held a session of this account (a stolen cookie, a forgotten laptop) is out.
      const ended = await deleteUserSessions(store.db, user.id, request.cookies[SESSION_COOKIE]);
      await recordAccountAudit(store.db, actor, 'password_change', user.id, {
        ok: true,
        otherSessionsEnded: ended,
      });
      return reply.code(204).send(null);
    },
  );
};
