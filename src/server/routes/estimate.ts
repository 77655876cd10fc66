// POST /api/estimate: overlapping lists (a capture CSV: one 0/1 column per list and a count) in,
// the population estimate with its interval out — the `continuum estimate --json` report, for
// every method the CLI has (log-linear selections with profile or bootstrap intervals, dga,
// lcmcr). Aggregate counts only, no case data; nothing is stored. The work runs on a worker
// thread (a bootstrap or an MCMC run takes seconds), so replicates are capped only to bound one
// request's wait.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ESTIMATE_METHODS, MAX_HTTP_BOOTSTRAP } from '../../estimate/options.js';
import { errorSchema, sendError } from '../errors.js';
import type { EstimatePool } from '../estimate/pool.js';
import { runForRequest, sendPoolError } from '../worker-pool.js';

export const MAX_BOOTSTRAP = MAX_HTTP_BOOTSTRAP;

const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  observed: z.number(),
  estimate: z.number(),
  interval: z
    .object({ lower: z.number(), upper: z.number(), level: z.number(), method: z.string() })
    .nullable(),
  model: z.string(),
  method: z.string(),
  topModels: z.array(
    z.object({
      model: z.string(),
      estimate: z.number(),
      bic: z.number().nullable().describe('null when the graph has no log-linear fit'),
    }),
  ),
  warnings: z.array(z.string()),
});

export const estimateRoutes: FastifyPluginAsyncZod<{ pool: EstimatePool }> = async (app, { pool }) => {
  app.post(
    '/api/estimate',
    {
      schema: {
        summary: 'Estimate a hidden population from overlapping lists (nothing is stored)',
        tags: ['estimate'],
        body: z.object({
          csv: z.string().min(1).describe('capture CSV: one 0/1 column per list plus `count`'),
          method: z.enum(ESTIMATE_METHODS).default('stepwise'),
          bootstrap: z
            .number()
            .int()
            .min(0)
            .max(MAX_BOOTSTRAP)
            .default(0)
            .describe('BCa bootstrap replicates for the log-linear methods (0 = profile likelihood)'),
          seed: z.number().int().min(0).max(0xffffffff).default(1234),
          maxOrder: z.number().int().min(1).optional().describe('highest interaction order (bic, downhill)'),
          threshold: z
            .number()
            .min(0)
            .max(1)
            .optional()
            .describe('p-value threshold (stepwise, aic-stepwise)'),
        }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), report: reportSchema, summary: z.string() }),
          400: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (request, reply) => {
      try {
        const answer = await runForRequest(pool, request.body, reply.raw);
        if (!answer.ok) return sendError(reply, 400, answer.error, answer.message, answer.problems);
        // As text, as the CLI prints it: a model without a log-linear fit has a BIC of NaN, which
        // JSON writes as null (the schema documents the number).
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(answer.body) as never);
      } catch (error) {
        return sendPoolError(reply, error);
      }
    },
  );
};
