// POST /api/estimate: overlapping lists (a capture CSV: one 0/1 column per list and a count) in,
// the population estimate with its interval out — the `continuum estimate --json` contract for the
// log-linear methods. Aggregate counts only, no case data; nothing is stored. The work runs on the
// server (the LP solver for the existence checks is WebAssembly loaded once), so bootstrap
// replicates are capped to keep one request from holding the server for long.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseCaptureCsv } from '../../estimate/capture-csv.js';
import { estimatePopulation, summaryLine } from '../../estimate/estimate.js';
import { cachedExistenceChecker } from '../../estimate/existence.js';
import { loadHighsSolver } from '../../estimate/highs-lp.js';
import { LOG_LINEAR_METHODS } from '../../estimate/selection.js';
import { errorSchema, sendError } from '../errors.js';

export const MAX_BOOTSTRAP = 200;

const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  observed: z.number(),
  estimate: z.number(),
  interval: z
    .object({ lower: z.number(), upper: z.number(), level: z.number(), method: z.string() })
    .nullable(),
  model: z.string(),
  method: z.string(),
  topModels: z.array(z.object({ model: z.string(), estimate: z.number(), bic: z.number() })),
  warnings: z.array(z.string()),
});

type Checker = ReturnType<typeof cachedExistenceChecker>;
let checker: Promise<Checker> | undefined;
const existenceChecker = () => {
  checker ??= loadHighsSolver().then(cachedExistenceChecker);
  return checker;
};

export const estimateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/estimate',
    {
      schema: {
        summary: 'Estimate a hidden population from overlapping lists (nothing is stored)',
        tags: ['estimate'],
        body: z.object({
          csv: z.string().min(1).describe('capture CSV: one 0/1 column per list plus `count`'),
          method: z.enum(LOG_LINEAR_METHODS).default('stepwise'),
          bootstrap: z.number().int().min(0).max(MAX_BOOTSTRAP).default(0),
          seed: z.number().int().min(0).max(0xffffffff).default(1234),
        }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), report: reportSchema, summary: z.string() }),
          400: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const { csv, method, bootstrap, seed } = request.body;
      const parsed = parseCaptureCsv(csv);
      if (!parsed.ok) {
        return sendError(
          reply,
          400,
          'invalid_input',
          'the lists cannot be read',
          parsed.problems.map((p) => ({ ...p, path: p.path ? `csv.${p.path}` : 'csv' })),
        );
      }
      const lists = parsed.value.lists.length;
      if ((method === 'bic' || method === 'downhill') && lists > 6) {
        return sendError(reply, 400, 'invalid_input', `${method} is limited to 6 lists`, [
          {
            path: 'method',
            code: 'unsupported',
            message: `${method} searches are limited to 6 lists; use stepwise`,
            found: `${lists} lists`,
          },
        ]);
      }
      const result = estimatePopulation(
        parsed.value,
        await existenceChecker(),
        { method },
        { bootstrap, seed, level: 0.95 },
      );
      if (!result) {
        return sendError(reply, 400, 'no_admissible_model', 'no model can be fitted to these lists', [
          {
            path: 'csv',
            code: 'no_admissible_model',
            message: 'the maximum likelihood estimate exists for no candidate model',
          },
        ]);
      }
      return { schemaVersion: 1 as const, report: result.report, summary: summaryLine(result.report) };
    },
  );
};
