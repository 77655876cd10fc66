// Administration: user accounts and the audit log (admin only).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../store/audit.js';
import type { Store } from '../../store/db.js';
import { auditActions, roles } from '../../store/schema.js';
import { createUser, findUserForLogin, listUsers } from '../../store/users.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { requireRole } from '../auth/session.js';
import { errorSchema, sendError } from '../errors.js';

const user = z.object({ id: z.number(), username: z.string(), role: z.enum(roles), createdAt: z.string() });

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
        return sendError(reply, 409, 'conflict', 'that username is taken');
      }
      const created = await createUser(store.db, {
        username: request.body.username,
        passwordHash: await hashPassword(request.body.password),
        role: request.body.role,
      });
      return reply.code(201).send({ schemaVersion: 1 as const, user: created });
    },
  );

  app.get(
    '/api/audit',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'The audit log, newest first',
        tags: ['admin'],
        querystring: z.object({
          caseId: z.string().optional(),
          datasetId: z.string().optional(),
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
                detail: z.unknown(),
              }),
            ),
          }),
          401: errorSchema,
        },
      },
    },
    async (request) => ({ schemaVersion: 1 as const, entries: await listAudit(store.db, request.query) }),
  );
};
