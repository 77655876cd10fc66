// Saved cases. Reading needs the viewer role, saving the caseworker role, deleting the admin role.
// The server assesses the facts itself on every save: a stored assessment never comes from a client.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CaseFacts, caseFactsSchema } from '../../facts/schema.js';
import { assessHeadline } from '../../law/assess.js';
import { instruments } from '../../law/instruments/index.js';
import {
  type CaseInput,
  createCase,
  deleteCase,
  listCases,
  readCase,
  updateCase,
} from '../../store/cases.js';
import { JsonText, type Store } from '../../store/db.js';
import type { AssessPool } from '../assess/pool.js';
import { actorOf, requireRole } from '../auth/session.js';
import { errorSchema, noContent, say, sendError } from '../errors.js';
import { runForRequest, sendPoolError } from '../worker-pool.js';

const summary = z.object({
  id: z.string().describe('pseudonymous id made by the server'),
  title: z.string().nullable(),
  verdicts: z.record(z.string(), z.string()).describe('instrument id → verdict'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const record = summary.extend({
  facts: z.record(z.string(), z.unknown()).describe('the case facts as saved'),
  assessment: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'the assessment made when the facts were saved, compact (schemaVersion 2; older saves keep version 1) — GET with ?include=assessment',
    ),
});

const caseResponse = z.object({ schemaVersion: z.literal(1), case: record });
const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * What a save stores: the assessment written on a worker thread (the assessment pool; its JSON as
 * is), and the verdicts from the quick evaluation (the same verdicts: test/law/headline.test.ts).
 */
async function toInput(
  facts: CaseFacts,
  pool: AssessPool,
  raw: Parameters<typeof runForRequest>[2],
): Promise<CaseInput> {
  const json = await runForRequest(pool, { facts, instrumentIds: [] }, raw);
  return {
    title: facts.title ?? null,
    facts,
    assessment: new JsonText(json.toString('utf8')),
    verdicts: Object.fromEntries(instruments.map((i) => [i.id, assessHeadline(i, facts).verdict])),
  };
}

/**
 * `If-Match: 3`, `"3"` or `W/"3"` → 3; no header → undefined (overwrite whatever is saved); anything
 * else → null, refused with 400: a header that was meant as a check must never act as none.
 */
function expectedVersion(header: string | undefined): number | undefined | null {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,8})"?\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}

/** What Fastify names JSON it serialises itself: the answer below is sent with the same header. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The JSON answer to a case read, per record. readCase hands out one frozen record for as long as the
 * case's row stays the same (src/store/cases.ts), so the answer made from it once — by the route's
 * serializer, checked against the response schema — is the answer for every later read of that row
 * version: the same bytes, without validating and writing the facts again on every request.
 */
const answers = new WeakMap<object, string>();

export const caseRoutes: FastifyPluginAsyncZod<{ store: Store; pool: AssessPool }> = async (
  app,
  { store, pool },
) => {
  const db = store.db;

  app.get(
    '/api/cases',
    {
      preHandler: requireRole('viewer'),
      schema: {
        summary: 'List saved cases, newest first',
        tags: ['cases'],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({ schemaVersion: z.literal(1), total: z.number().int(), cases: z.array(summary) }),
          401: errorSchema,
        },
      },
    },
    async (request) => {
      const page = await listCases(db, actorOf(request.user!, request.ip), request.query);
      return { schemaVersion: 1 as const, ...page };
    },
  );

  app.post(
    '/api/cases',
    {
      preHandler: requireRole('caseworker'),
      config: { factsBody: true },
      schema: {
        summary: 'Save a new case (the body is the case facts)',
        tags: ['cases'],
        body: caseFactsSchema,
        response: {
          201: caseResponse,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (request, reply) => {
      let input: CaseInput;
      try {
        input = await toInput(request.body, pool, reply.raw);
      } catch (error) {
        return sendPoolError(reply, error);
      }
      const saved = await createCase(db, actorOf(request.user!, request.ip), input);
      return reply.code(201).send({ schemaVersion: 1 as const, case: saved as z.infer<typeof record> });
    },
  );

  app.get(
    '/api/cases/:id',
    {
      preHandler: requireRole('viewer'),
      config: { auditedRead: 'case' },
      schema: {
        summary: 'Read one case (its facts; add ?include=assessment for the stored assessment)',
        tags: ['cases'],
        params: idParams,
        querystring: z.object({ include: z.enum(['assessment']).optional() }),
        response: { 200: caseResponse, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const found = await readCase(db, actorOf(request.user!, request.ip), request.params.id, {
        withAssessment: request.query.include === 'assessment',
      });
      if (!found) return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchCase'));
      // The answer's JSON, made by the route's own serializer (the response schema) the first time a
      // record is read, then kept with it (see answers).
      let body = answers.get(found);
      if (body === undefined) {
        body = reply.serialize({ schemaVersion: 1, case: found as z.infer<typeof record> }) as string;
        if (Object.isFrozen(found)) answers.set(found, body);
      }
      // A string with its type set goes out as it is (the same header Fastify gives serialised JSON).
      return (reply.type(JSON_TYPE) as FastifyReply).send(body);
    },
  );

  app.put(
    '/api/cases/:id',
    {
      preHandler: requireRole('caseworker'),
      config: { factsBody: true },
      schema: {
        summary: 'Replace a case’s facts (send If-Match: <version> to refuse overwriting a newer save)',
        tags: ['cases'],
        params: idParams,
        headers: z.looseObject({ 'if-match': z.string().optional() }),
        body: caseFactsSchema,
        response: {
          200: caseResponse,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      if (version === null) {
        return sendError(
          reply,
          400,
          'invalid_input',
          say(reply, 'server.invalidPart', { where: 'headers' }),
          [
            {
              path: 'if-match',
              code: 'invalid_value',
              message: say(reply, 'server.ifMatch'),
              expected: say(reply, 'server.ifMatchExpected'),
              found: JSON.stringify(String(request.headers['if-match']).slice(0, 40)),
            },
          ],
        );
      }
      let input: CaseInput;
      try {
        input = await toInput(request.body, pool, reply.raw);
      } catch (error) {
        return sendPoolError(reply, error);
      }
      const result = await updateCase(
        db,
        actorOf(request.user!, request.ip),
        request.params.id,
        input,
        version,
      );
      if (result.ok) return { schemaVersion: 1 as const, case: result.record as z.infer<typeof record> };
      if (result.reason === 'not_found')
        return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchCase'));
      return sendError(
        reply,
        409,
        'conflict',
        say(reply, 'server.savedMeanwhile', { version: result.version }),
      );
    },
  );

  app.delete(
    '/api/cases/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        summary: 'Delete a case (admin only; the audit log keeps the trace)',
        tags: ['cases'],
        params: idParams,
        response: { 204: noContent, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const deleted = await deleteCase(db, actorOf(request.user!, request.ip), request.params.id);
      if (!deleted) return sendError(reply, 404, 'not_found', say(reply, 'server.noSuchCase'));
      return reply.code(204).send(null);
    },
  );
};
