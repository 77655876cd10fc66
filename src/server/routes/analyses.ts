// The other views of one case, each the JSON contract of its CLI command: compare (every
// instrument's line), continuum (`profile`), whatif, pathways and sexwork. Like POST /api/assess
// they need no login and store nothing: the facts live only as long as the request. The body is
// validated as case facts (the CLI's problems, with paths); a bad query parameter is a problem
// whose path names it.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pathwaysExtension } from '../../continuum/pathways-extension.js';
import { continuumReport } from '../../continuum/report.js';
import { findScenario, scenarios } from '../../continuum/scenarios.js';
import { whatIf } from '../../continuum/whatif.js';
import { unknownName } from '../../facts/problems.js';
import { caseFactsSchema } from '../../facts/schema.js';
import { assess } from '../../law/assess.js';
import { compareCase } from '../../law/compare.js';
import { regimes } from '../../pathways/regimes/index.js';
import { pathwaysReport, type Refusal, sexworkReport } from '../../pathways/report.js';
import { sexworkRegimes } from '../../pathways/sexwork/index.js';
import { errorSchema, sendError } from '../errors.js';
import { asFoundQuery } from './assess.js';

/** A report as text: the schema below documents it; a second pass over it would only cost time. */
function sendJson(reply: FastifyReply, value: unknown) {
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value) as never);
}

/** A refusal from the domain: problems in a query parameter get its name as the path's head. */
function refuse(reply: FastifyReply, refusal: Refusal) {
  const problems =
    refusal.input === 'facts'
      ? refusal.problems
      : refusal.problems.map((p) => ({ ...p, path: p.path ? `${refusal.input}.${p.path}` : refusal.input }));
  return sendError(
    reply,
    400,
    'invalid_input',
    `invalid ${refusal.input === 'facts' ? 'body' : 'query'}`,
    problems,
  );
}

const caseRef = z.object({ id: z.string().nullable(), title: z.string().nullable() });

const report = (description: string, shape: z.ZodRawShape) =>
  z.looseObject({ schemaVersion: z.literal(1), ...shape }).describe(description);

const route = (summary: string, response: z.ZodType, querystring?: z.ZodType) => ({
  config: { factsBody: true },
  schema: {
    summary,
    tags: ['analyses'],
    body: caseFactsSchema,
    ...(querystring ? { querystring } : {}),
    response: { 200: response, 400: errorSchema },
  },
});

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/compare',
    route(
      'Every instrument, international and national, as one row: the verdict and what decided it',
      report('The `continuum compare --json` contract', {
        mode: z.enum(['investigation', 'as_found']).describe('how facts not recorded were read'),
        case: z.looseObject({}),
        rows: z.array(z.looseObject({ id: z.string(), verdict: z.string() })),
      }),
      z.object({ asFound: asFoundQuery }),
    ),
    async (request, reply) =>
      sendJson(
        reply,
        compareCase(
          request.body,
          assess(request.body, { asFound: (request.query as { asFound?: string }).asFound === 'true' }),
        ),
      ),
  );

  app.post(
    '/api/continuum',
    route(
      'The case on the continuum: Delphi indicator profile, band and structural vulnerability',
      report('The `continuum profile --json` contract', {
        case: caseRef,
        profile: z.unknown(),
        band: z.unknown(),
        vulnerability: z.unknown(),
      }),
    ),
    async (request, reply) => sendJson(reply, continuumReport(request.body, request.lang)),
  );

  app.post(
    '/api/whatif',
    route(
      'The case as given and under a status scenario (e.g. a right to work), and what changes',
      report('The `continuum whatif --json` contract', {
        case: caseRef,
        scenario: z.looseObject({ id: z.string() }),
        changes: z.unknown(),
        unchanged: z.boolean(),
      }),
      z.object({ scenario: z.string().describe(`one of: ${scenarios.map((s) => s.id).join(', ')}`) }),
    ),
    async (request, reply) => {
      const { scenario: id } = request.query as { scenario: string };
      const scenario = findScenario(id);
      if (!scenario) {
        return sendError(reply, 400, 'invalid_input', 'invalid query', [
          unknownName('scenario', 'unknown_scenario', 'scenario', id, scenarios, request.lang),
        ]);
      }
      return sendJson(
        reply,
        whatIf(request.body, scenario, { extensions: [pathwaysExtension], lang: request.lang }),
      );
    },
  );

  app.post(
    '/api/pathways',
    route(
      'Protection timelines under each regime from the identification day, cooperating and not',
      report('The `continuum pathways --json` contract', {
        case: caseRef,
        startDate: z.string(),
        regimes: z.array(z.unknown()),
      }),
      z.object({
        start: z
          .string()
          .optional()
          .describe('day 0, YYYY-MM-DD (default: events.identifiedOn, else events.to, else events.from)'),
        regime: z
          .string()
          .optional()
          .describe(`one regime: ${regimes.map((r) => r.id).join(', ')}`),
      }),
    ),
    async (request, reply) => {
      const query = request.query as { start?: string; regime?: string };
      const result = pathwaysReport(request.body, { ...query, lang: request.lang });
      return result.ok ? sendJson(reply, result.value) : refuse(reply, result);
    },
  );

  app.post(
    '/api/sexwork',
    route(
      'Who each prostitution regime criminalises, and the consequence for this person given their status',
      report('The `continuum sexwork --json` contract', { case: caseRef, regimes: z.array(z.unknown()) }),
      z.object({
        regime: z
          .string()
          .optional()
          .describe(`one regime: ${sexworkRegimes.map((r) => r.id).join(', ')}`),
      }),
    ),
    async (request, reply) => {
      const { regime } = request.query as { regime?: string };
      const result = sexworkReport(request.body, { regime, lang: request.lang });
      return result.ok ? sendJson(reply, result.value) : refuse(reply, result);
    },
  );
};
