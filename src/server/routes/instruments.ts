// GET /api/instruments: every instrument's rule tree with citations (as `continuum explain --json`).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findInstrument, instruments } from '../../law/instruments/index.js';
import { instrumentToJson } from '../../law/render/json.js';
import { errorSchema, say, sendError } from '../errors.js';

const ruleTree = z.looseObject({ id: z.string(), title: z.string(), rule: z.unknown() });

export const instrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  // The trees are data that never change while the server runs: render them once.
  const trees = instruments.map(instrumentToJson);

  app.get(
    '/api/instruments',
    {
      schema: {
        summary: 'Every instrument as a rule tree with citations',
        tags: ['instruments'],
        response: { 200: z.object({ schemaVersion: z.literal(1), instruments: z.array(ruleTree) }) },
      },
    },
    async () => ({ schemaVersion: 1 as const, instruments: trees }),
  );

  app.get(
    '/api/instruments/:id',
    {
      schema: {
        summary: 'One instrument as a rule tree',
        tags: ['instruments'],
        params: z.object({ id: z.string() }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), instrument: ruleTree }),
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const instrument = findInstrument(request.params.id);
      if (!instrument)
        return sendError(
          reply,
          404,
          'not_found',
          say(reply, 'server.noInstrument', { id: request.params.id }),
        );
      return { schemaVersion: 1 as const, instrument: instrumentToJson(instrument) };
    },
  );
};
