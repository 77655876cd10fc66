// Who is asking: the session cookie (httpOnly, SameSite=Strict) names a session in the store; a
// state-changing request must also carry the session's CSRF token in the x-csrf-token header.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Store } from '../../store/db.js';
import type { Role } from '../../store/schema.js';
import { findSession } from '../../store/sessions.js';
import { say, sendError } from '../errors.js';

export const SESSION_COOKIE = 'continuum_session';
export const CSRF_HEADER = 'x-csrf-token';

export type SessionUser = { id: number; username: string; role: Role; csrfToken: string };

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

const rank: Record<Role, number> = { viewer: 1, caseworker: 2, admin: 3 };

export function hasRole(user: SessionUser, role: Role): boolean {
  return rank[user.role] >= rank[role];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads the session cookie on API requests and sets `request.user` (null when not logged in). */
export function registerSessions(app: FastifyInstance, store: Store): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findSession(store.db, token);
    if (session) {
      request.user = {
        id: session.userId,
        username: session.username,
        role: session.role,
        csrfToken: session.csrfToken,
      };
    }
  });
}

/** Refuses the request unless a logged-in user with at least `role` sent it (and, for writes, the CSRF token). */
export function requireRole(role: Role): preHandlerAsyncHookHandler {
  return async function check(request: FastifyRequest, reply: FastifyReply) {
    const user = request.user;
    if (!user) return sendError(reply, 401, 'unauthenticated', say(reply, 'server.logInFirst'));
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, user.csrfToken)) {
        return sendError(reply, 403, 'csrf', say(reply, 'server.csrf', { header: CSRF_HEADER }));
      }
    }
    if (!hasRole(user, role))
      return sendError(reply, 403, 'forbidden', say(reply, 'server.needsRole', { role }));
  };
}

/** Who acts, for the audit log: the session's user, and the address the request came from. */
export const actorOf = (user: SessionUser, ip?: string) => ({ userId: user.id, username: user.username, ip });
