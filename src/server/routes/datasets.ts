// Saved datasets: the dashboard release of an import (`continuum import ctdc FILE --dashboard
// OUT.json`), never records. Saving needs the caseworker role, reading any login. The body is
// checked against the release's schema (no published count from 1 to k − 1), against this server's
// policy (k at least its minimum) and audited by the attacker's LP on what it publishes
// (dashboard-audit.ts): a release that lets anyone narrow a hidden count down is refused. Each
// dataset keeps the ledger of its releases; a new release of it (POST /api/datasets/:id/releases)
// is audited together with all the earlier ones (the LP over their union) and refused if it would
// narrow any hidden count. Dashboards are releases by suppression only: this server takes no
// differentially private release, so it keeps no privacy budget (the policy says so).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditAgainstReleases, auditDashboard, type DashboardPolicy } from '../../data/dashboard-audit.js';
import { dashboardSchema } from '../../data/dashboard-schema.js';
import { addRelease, createDataset, listDatasets, listReleases, readDataset } from '../../store/datasets.js';
import type { Store } from '../../store/db.js';
import { actorOf, requireRole } from '../auth/session.js';
import { errorSchema, say, sendError } from '../errors.js';

const summary = z.object({
  id: z.string().describe('id made by the server'),
  name: z.string(),
  format: z.string().describe('the CTDC file format the release was made from'),
  rows: z.number().int().nullable().describe('records in the import; null when suppressed (below k)'),
  k: z.number().int(),
  createdAt: z.string(),
  createdBy: z.number().int().nullable(),
});

const releaseSummary = z.object({
  seq: z.number().int().describe('1 for the release the dataset was saved with, then in the order accepted'),
  k: z.number().int(),
  releasedAt: z.string(),
  releasedBy: z.number().int().nullable(),
  releasedByName: z.string().nullable(),
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
        response: {
          200: z.object({
            schemaVersion: z.literal(1),
            minK: z.number().int(),
            ledger: z.string().describe('how a new release of a saved dataset is audited'),
            differentialPrivacy: z.string().describe('whether differentially private releases are taken'),
          }),
        },
      },
    },
    async (_request, reply) => ({
      schemaVersion: 1 as const,
      minK: policy.minK,
      ledger: say(reply, 'server.policyLedger'),
      differentialPrivacy: say(reply, 'server.policyDp'),
    }),
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
        return sendError(reply, 400, 'refused', say(reply, 'server.releaseRefused'), problems);
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
      if (!found) return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchDataset'));
      return { schemaVersion: 1 as const, dataset: found };
    },
  );

  app.get(
    '/api/datasets/:id/releases',
    {
      preHandler: requireRole('viewer'),
      config: { auditedRead: 'dataset' },
      schema: {
        summary: 'The ledger of a saved dataset: every release accepted from it, oldest first',
        tags: ['datasets'],
        params: z.object({ id: z.string().min(1).max(100) }),
        response: {
          200: z.object({
            schemaVersion: z.literal(1),
            releases: z.array(releaseSummary.extend({ dashboard: dashboardSchema })),
          }),
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const releases = await listReleases(db, actorOf(request.user!, request.ip), request.params.id);
      if (!releases) return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchDataset'));
      return { schemaVersion: 1 as const, releases };
    },
  );

  app.post(
    '/api/datasets/:id/releases',
    {
      preHandler: requireRole('caseworker'),
      schema: {
        summary:
          'Add a new release of a saved dataset (made from the same records), audited together with its earlier releases',
        tags: ['datasets'],
        params: z.object({ id: z.string().min(1).max(100) }),
        body: dashboardSchema,
        response: {
          201: z.object({
            schemaVersion: z.literal(1),
            dataset: datasetResponse.shape.dataset,
            release: releaseSummary,
          }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const dashboard = request.body;
      const actor = actorOf(request.user!, request.ip);
      const alone = await auditDashboard(dashboard, policy);
      const added = await addRelease(db, actor, request.params.id, dashboard, async (earlier) =>
        alone.length > 0 ? alone : auditAgainstReleases(earlier, dashboard),
      );
      if (added.kind === 'not_found')
        return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchDataset'));
      if (added.kind === 'refused') {
        return sendError(reply, 400, 'refused', say(reply, 'server.releaseRefusedLedger'), added.problems);
      }
      return reply
        .code(201)
        .send({ schemaVersion: 1 as const, dataset: added.dataset, release: added.release });
    },
  );
};
