// POST /api/assess: case facts in, the `continuum assess --json` object out. Needs no login and
// stores nothing: the facts live only as long as the request.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unknownName } from '../../facts/problems.js';
import { caseFactsSchema } from '../../facts/schema.js';
import { findInstrument, instruments } from '../../law/instruments/index.js';
import type { AssessPool } from '../assess/pool.js';
import { errorSchema, sendError } from '../errors.js';
import { runForRequest, sendPoolError } from '../worker-pool.js';

export const assessmentSchema = z
  .object({
    schemaVersion: z.literal(1),
    case: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
    instruments: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        verdict: z
          .string()
          .describe('met | not_met | undetermined | not_applicable (law not in force at the event date)'),
        elements: z.unknown().describe('the finding tree that explains the verdict'),
        pivotal: z.array(z.string()),
        questions: z.array(z.unknown()),
        remarks: z.array(z.unknown()),
        notes: z.array(z.string()),
      }),
    ),
  })
  .describe('The assessment: the same JSON contract as `continuum assess --json` (schemaVersion 1)');

const instrumentQuery = z.object({
  instrument: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('only these instruments (repeat the parameter for several)'),
});

export const assessRoutes: FastifyPluginAsyncZod<{ pool: AssessPool }> = async (app, { pool }) => {
  app.post(
    '/api/assess',
    {
      config: { factsBody: true },
      schema: {
        summary: 'Assess case facts against every instrument (nothing is stored)',
        tags: ['assess'],
        body: caseFactsSchema,
        querystring: instrumentQuery,
        response: { 200: assessmentSchema, 400: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      const wanted = request.query.instrument;
      const ids = wanted === undefined ? [] : Array.isArray(wanted) ? wanted : [wanted];
      for (const id of ids) {
        if (!findInstrument(id)) {
          return sendError(reply, 400, 'invalid_input', 'unknown instrument', [
            unknownName('instrument', 'unknown_instrument', 'instrument', id, instruments),
          ]);
        }
      }
      // A client that hangs up before a worker is free costs nothing (see assess/pool.ts).
      try {
        const json = await runForRequest(pool, { facts: request.body, instrumentIds: ids }, reply.raw);
        return reply.type('application/json; charset=utf-8').send(json as never);
      } catch (error) {
        return sendPoolError(reply, error);
      }
    },
  );
};
