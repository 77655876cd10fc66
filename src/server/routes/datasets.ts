// Saved datasets: the dashboard release of an import (`continuum import ctdc FILE --dashboard
// OUT.json`), never records. Saving needs the caseworker role, reading any login. The body is
// checked against the release's schema (no published count from 1 to k − 1), against this server's
// policy (k at least its minimum) and audited by the attacker's LP on what it publishes
// (dashboard-audit.ts): a release that lets anyone narrow a hidden count down is refused.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditDashboard, type DashboardPolicy } from '../../data/dashboard-audit.js';
import { dashboardSchema } from '../../data/dashboard-schema.js';
import { createDataset, listDatasets, readDataset } from '../../store/datasets.js';
import type { Store } from '../../store/db.js';
import { actorOf, requireRole } from '../auth/session.js';
import { errorSchema, sendError } from '../errors.js';

const summary = z.object({
  id: z.string().describe('id made by the server'),
  name: z.string(),
  format: z.string().describe('the CTDC file format the release was made from'),
  rows: z.number().int().nullable().describe('records in the import; null when suppressed (below k)'),
  k: z.number().int(),
  createdAt: z.string(),
  createdBy: z.number().int().nullable(),
});

const datasetResponse = z.object({
  schemaVersion: z.literal(1),
  dataset: summary.extend({ dashboard: dashboardSchema }),
});

export const datasetRoutes: FastifyPluginAsyncZod<{ store: Store; policy: DashboardPolicy }> = async (
  app,
  { store, policy },
) => {
  const db = store.db;

  app.get(
    '/api/datasets',
    {
      preHandler: requireRole('viewer'),
      schema: {
        summary: 'List saved datasets, newest first',
        tags: ['datasets'],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), total: z.number().int(), datasets: z.array(summary) }),
          401: errorSchema,
        },
      },
    },
    async (request) => {
      const page = await listDatasets(db, actorOf(request.user!, request.ip), request.query);
      return { schemaVersion: 1 as const, ...page };
    },
  );

  app.get(
    '/api/datasets/policy',
    {
      schema: {
        summary: 'What this server requires of a dataset before it keeps it',
        tags: ['datasets'],
        response: { 200: z.object({ schemaVersion: z.literal(1), minK: z.number().int() }) },
      },
    },
    async () => ({ schemaVersion: 1 as const, minK: policy.minK }),
  );

  app.post(
    '/api/datasets',
    {
      preHandler: requireRole('caseworker'),
      schema: {
        summary: 'Save a dataset (the body is the dashboard JSON written by `import ctdc --dashboard`)',
        tags: ['datasets'],
        querystring: z.object({ name: z.string().trim().min(1).max(200).optional() }),
        body: dashboardSchema,
        response: { 201: datasetResponse, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const dashboard = request.body;
      const problems = await auditDashboard(dashboard, policy);
      if (problems.length > 0) {
        return sendError(
          reply,
          400,
          'refused',
          'the release is not kept: it does not meet this server’s policy',
          problems,
        );
      }
      const name = request.query.name ?? `${dashboard.format} (k = ${dashboard.k})`;
      const saved = await createDataset(db, actorOf(request.user!, request.ip), { name, dashboard });
      return reply.code(201).send({ schemaVersion: 1 as const, dataset: saved });
    },
  );

  app.get(
    '/api/datasets/:id',
    {
      preHandler: requireRole('viewer'),
      config: { auditedRead: 'dataset' },
      schema: {
        summary: 'Read one saved dataset with its dashboard',
        tags: ['datasets'],
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: datasetResponse, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const found = await readDataset(db, actorOf(request.user!, request.ip), request.params.id);
      if (!found) return sendError(reply, 404, 'not_found', 'no such dataset');
      return { schemaVersion: 1 as const, dataset: found };
    },
  );
};
