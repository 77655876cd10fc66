// Administration: user accounts (create, change role, disable, end sessions) and the audit log
// (admin only). Every one of these actions, reading the log included, writes an audit row.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit, recordAccountAudit } from '../../store/audit.js';
import type { Store } from '../../store/db.js';
import { auditActions, roles } from '../../store/schema.js';
import { deleteUserSessions } from '../../store/sessions.js';
import { changeAccount, createUser, findUserForLogin, getUser, listUsers } from '../../store/users.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { actorOf, requireRole } from '../auth/session.js';
import { errorSchema, noContent, say, sendError } from '../errors.js';

const user = z.object({
  id: z.number(),
  username: z.string(),
  role: z.enum(roles),
  createdAt: z.string(),
  disabled: z.boolean().describe('a disabled account cannot log in and has no session'),
});

const userParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/users',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'List user accounts',
        tags: ['admin'],
        response: { 200: z.object({ schemaVersion: z.literal(1), users: z.array(user) }), 401: errorSchema },
      },
    },
    async () => ({ schemaVersion: 1 as const, users: await listUsers(store.db) }),
  );

  app.post(
    '/api/users',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'Create a user account',
        tags: ['admin'],
        body: z.object({
          username: z
            .string()
            .regex(/^[a-z0-9._-]{2,50}$/, '2–50 lower-case letters, digits, dots, dashes or underscores'),
          password: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
          role: z.enum(roles),
        }),
        response: {
          201: z.object({ schemaVersion: z.literal(1), user }),
          400: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      if (await findUserForLogin(store.db, request.body.username)) {
        return sendError(reply, 409, 'conflict', say(reply, 'server.usernameTaken'));
      }
      const created = await createUser(store.db, {
        username: request.body.username,
        passwordHash: await hashPassword(request.body.password),
        role: request.body.role,
      });
      await recordAccountAudit(store.db, actorOf(request.user!, request.ip), 'user_create', created.id, {
        username: created.username,
        role: created.role,
      });
      return reply.code(201).send({ schemaVersion: 1 as const, user: created });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'Change an account’s role, or disable or enable it (never the last enabled admin)',
        tags: ['admin'],
        params: userParams,
        body: z
          .strictObject({ role: z.enum(roles).optional(), disabled: z.boolean().optional() })
          .refine((body) => body.role !== undefined || body.disabled !== undefined, {
            message: 'give role, disabled or both',
          }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), user }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await changeAccount(store.db, request.params.id, request.body);
      if (!result.ok && result.reason === 'not_found')
        return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchAccount'));
      if (!result.ok) {
        return sendError(reply, 409, 'last_admin', say(reply, 'server.lastAdmin'));
      }
      const actor = actorOf(request.user!, request.ip);
      const { before, after } = result;
      if (before.role !== after.role) {
        await recordAccountAudit(store.db, actor, 'role_change', after.id, {
          from: before.role,
          to: after.role,
        });
      }
      if (before.disabled !== after.disabled) {
        await recordAccountAudit(store.db, actor, after.disabled ? 'user_disable' : 'user_enable', after.id);
      }
      return { schemaVersion: 1 as const, user: after };
    },
  );

  app.delete(
    '/api/users/:id/sessions',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'End every session of an account (it must log in again)',
        tags: ['admin'],
        params: userParams,
        response: { 204: noContent, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const target = await getUser(store.db, request.params.id);
      if (!target) return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchAccount'));
      const ended = await deleteUserSessions(store.db, target.id);
      await recordAccountAudit(store.db, actorOf(request.user!, request.ip), 'sessions_revoke', target.id, {
        ended,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/audit',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'The audit log, newest first (reading it is audited too)',
        tags: ['admin'],
        querystring: z.object({
          caseId: z.string().max(100).optional(),
          datasetId: z.string().max(100).optional(),
          userId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
          action: z.enum(auditActions).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: {
          200: z.object({
            schemaVersion: z.literal(1),
            entries: z.array(
              z.object({
                id: z.string(),
                at: z.string(),
                userId: z.number().nullable(),
                username: z.string().nullable(),
                action: z.enum(auditActions),
                caseId: z.string().nullable(),
                datasetId: z.string().nullable(),
                subjectUserId: z.number().nullable().describe('for account actions: the account acted upon'),
                ip: z.string().nullable().describe('the address the request came from'),
                detail: z.unknown(),
              }),
            ),
          }),
          401: errorSchema,
        },
      },
    },
    async (request) => {
      const entries = await listAudit(store.db, request.query);
      // Written after the read, so the answer does not contain its own row.
      await recordAccountAudit(store.db, actorOf(request.user!, request.ip), 'audit_read', null, {
        filter: request.query,
        entries: entries.length,
      });
      return { schemaVersion: 1 as const, entries };
    },
  );
};
