// Logging in and out. A login sets the session cookie and returns the CSRF token that the
// browser must send back with every change; GET /api/session gives it again after a reload.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/db.js';
import { roles } from '../../store/schema.js';
import { createSession, deleteSession } from '../../store/sessions.js';
import { findUserForLogin, setPasswordHash } from '../../store/users.js';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.js';
import { requireRole, SESSION_COOKIE } from '../auth/session.js';
import { errorSchema, noContent, sendError } from '../errors.js';

export type AuthOptions = {
  store: Store;
  sessionHours: number;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
};

const sessionSchema = z.object({
  schemaVersion: z.literal(1),
  user: z.object({ id: z.number(), username: z.string(), role: z.enum(roles) }),
  csrfToken: z.string().describe('send it back in the x-csrf-token header on every POST, PUT and DELETE'),
});

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
        response: { 200: sessionSchema, 400: errorSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const user = await findUserForLogin(store.db, request.body.username);
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), request.body.password);
      if (!user || !valid) return sendError(reply, 401, 'bad_credentials', 'wrong username or password');
      const session = await createSession(store.db, user.id, options.sessionHours * 3600_000);
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
      if (!user) return sendError(reply, 401, 'unauthenticated', 'not logged in');
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
        summary: 'Change your own password',
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
      const stored = await findUserForLogin(store.db, user.username);
      if (!stored || !(await verifyPassword(stored.passwordHash, request.body.currentPassword))) {
        return sendError(reply, 403, 'bad_credentials', 'the current password is wrong');
      }
      await setPasswordHash(store.db, user.id, await hashPassword(request.body.newPassword));
      return reply.code(204).send(null);
    },
  );
};
