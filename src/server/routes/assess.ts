// POST /api/assess: case facts in, the `continuum assess --json` object out (compact, schemaVersion
// 2, by default; ?schemaVersion=1 for the deprecated form with every finding tree). Needs no login
// and stores nothing: the facts live only as long as the request.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unknownName } from '../../facts/problems.js';
import { caseFactsSchema } from '../../facts/schema.js';
import { findInstrument, instruments } from '../../law/instruments/index.js';
import type { AssessPool } from '../assess/pool.js';
import { errorSchema, sendError } from '../errors.js';
import { runForRequest, sendPoolError } from '../worker-pool.js';

const instrumentCommon = {
  id: z.string(),
  title: z.string(),
  verdict: z
    .string()
    .describe('met | not_met | undetermined | not_applicable (law not in force at the event date)'),
  openBecause: z
    .enum(['facts', 'law'])
    .optional()
    .describe('for an undetermined verdict: facts not recorded would settle it, or the law is contested'),
  questions: z.array(z.unknown()).describe('the questions that would settle an undetermined verdict'),
  notes: z
    .array(z.string())
    .describe('notes on when the instrument applies and whether it bound the state, in English'),
  noteMessages: z
    .array(z.unknown())
    .describe(
      'the same notes as messages: a law-catalogue key (`id`) and its values (ISO dates, country codes, nested messages)',
    ),
};

const assessmentV2 = z
  .looseObject({
    schemaVersion: z.literal(2),
    mode: z.enum(['investigation', 'as_found']).describe('how facts not recorded were read'),
    case: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
    instruments: z.array(
      z.looseObject({
        ...instrumentCommon,
        decidedBy: z
          .array(z.unknown())
          .describe('the elements that decided the verdict, with their articles and the facts behind them'),
        elements: z.unknown().optional().describe('the full finding tree, only when asked for with ?tree='),
        remarks: z.array(z.unknown()).optional(),
      }),
    ),
  })
  .describe('The compact assessment (schemaVersion 2), as `continuum assess --json` prints it');

const assessmentV1 = z
  .looseObject({
    schemaVersion: z.literal(1),
    mode: z.enum(['investigation', 'as_found']).describe('how facts not recorded were read'),
    case: z.object({ id: z.string().nullable(), title: z.string().nullable() }),
    instruments: z.array(
      z.looseObject({
        ...instrumentCommon,
        elements: z.unknown().describe('the finding tree that explains the verdict'),
        pivotal: z.array(z.string()),
        remarks: z.array(z.unknown()),
      }),
    ),
  })
  .describe(
    'Deprecated: every finding tree (schemaVersion 1), as `continuum assess --json --schema-version 1`',
  );

export const assessmentSchema = z.union([assessmentV2, assessmentV1]);

/** `?asFound=true`: decide on the facts as found (decision mode); the JSON's `mode` says which. */
export const asFoundQuery = z
  .enum(['true', 'false'])
  .optional()
  .describe(
    'true: decide on the facts as found — every fact not recorded counts as not established (mode "as_found")',
  );

const repeated = z.union([z.string(), z.array(z.string())]).optional();
const listOf = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const assessQuery = z.object({
  instrument: repeated.describe('only these instruments (repeat the parameter for several)'),
  schemaVersion: z
    .enum(['1', '2'])
    .optional()
    .describe('2 (default): compact; 1: every finding tree (deprecated, for a transition period)'),
  tree: repeated.describe(
    'in version 2, the full finding tree of these instruments too (repeat for several; "all" for every one)',
  ),
  asFound: asFoundQuery,
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
        querystring: assessQuery,
        response: { 200: assessmentSchema, 400: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      const ids = listOf(request.query.instrument);
      const trees = listOf(request.query.tree);
      for (const [parameter, id] of [
        ...ids.map((id) => ['instrument', id] as const),
        ...trees.filter((id) => id !== 'all').map((id) => ['tree', id] as const),
      ]) {
        if (!findInstrument(id)) {
          return sendError(reply, 400, 'invalid_input', 'unknown instrument', [
            unknownName(parameter, 'unknown_instrument', 'instrument', id, instruments, request.lang),
          ]);
        }
      }
      const job = {
        facts: request.body,
        instrumentIds: ids,
        schemaVersion: request.query.schemaVersion === '1' ? (1 as const) : (2 as const),
        trees: trees.includes('all') ? ('all' as const) : trees,
        asFound: request.query.asFound === 'true',
      };
      // A client that hangs up before a worker is free costs nothing (see assess/pool.ts).
      try {
        const json = await runForRequest(pool, job, reply.raw);
        return reply.type('application/json; charset=utf-8').send(json as never);
      } catch (error) {
        return sendPoolError(reply, error);
      }
    },
  );
};
