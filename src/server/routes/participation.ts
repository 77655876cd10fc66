// GET /api/parties/:id?at=DATE — the states bound by an instrument on a date;
// GET /api/bound/:country?at=DATE — what binds one state, since when (as `continuum parties` and
// `continuum bound --json`).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alpha2Codes } from '../../facts/country-codes.js';
import { unknownCountry, unknownName } from '../../facts/problems.js';
import { isoDate } from '../../facts/schema.js';
import {
  boundReport,
  findParticipationList,
  participationLists,
  partiesReport,
} from '../../law/participation/report.js';
import { errorSchema, say, sendError } from '../errors.js';

const report = z.looseObject({ schemaVersion: z.literal(1) });
const atQuery = z.object({ at: isoDate.optional() });

export const participationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/parties/:id',
    {
      schema: {
        summary: 'The states bound by an instrument on a date (default: the last date its list records)',
        tags: ['instruments'],
        params: z.object({ id: z.string().max(100) }),
        querystring: atQuery,
        response: { 200: report, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const list = findParticipationList(request.params.id);
      if (!list) {
        const problem = unknownName(
          'id',
          'unknown_instrument',
          'instrument',
          request.params.id,
          participationLists,
        );
        return sendError(
          reply,
          404,
          'not_found',
          say(reply, 'server.noParticipationList', { id: request.params.id }),
          [problem],
        );
      }
      return partiesReport(list, request.query.at);
    },
  );

  app.get(
    '/api/bound/:country',
    {
      schema: {
        summary: 'The instruments that bind a country on a date, and since when',
        tags: ['instruments'],
        params: z.object({ country: z.string().max(10) }),
        querystring: atQuery,
        response: { 200: report, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const country = request.params.country;
      if (!alpha2Codes.has(country)) {
        return sendError(reply, 400, 'invalid_input', say(reply, 'server.notCountryCode'), [
          unknownCountry('country', country),
        ]);
      }
      return boundReport(country, request.query.at ?? null);
    },
  );
};
