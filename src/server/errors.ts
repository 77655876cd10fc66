// Every error leaves the server in one shape: a short code, a sentence for people and, for bad
// input, the problem list with JSON paths (the same problems the CLI prints). Never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Problem } from '../facts/problems.js';
import { validateFacts } from '../facts/validate.js';
import { type MessageKey, type MessageValues, translator } from '../i18n/index.js';

export const problemSchema = z.object({
  path: z.string().describe('dotted JSON path of the bad field; empty for the whole body'),
  code: z.string(),
  message: z.string(),
  expected: z.string().optional(),
  found: z.string().optional(),
});

export const errorSchema = z
  .object({
    schemaVersion: z.literal(1),
    error: z.string().describe('machine-readable code, e.g. invalid_input, unauthenticated, forbidden'),
    message: z.string(),
    problems: z.array(problemSchema).optional(),
  })
  .describe('An error');

/** 204: no body. */
export const noContent = z.null().describe('No content');

export type ErrorBody = z.infer<typeof errorSchema>;

export function errorBody(error: string, message: string, problems?: Problem[]): ErrorBody {
  return problems ? { schemaVersion: 1, error, message, problems } : { schemaVersion: 1, error, message };
}

/** A sentence of the server's for people, in the request's language (the `server` catalogue). */
export function say(
  reply: FastifyReply,
  key: Extract<MessageKey, `server.${string}`>,
  values?: MessageValues,
): string {
  return translator(reply.request.lang).t(key, values);
}

export function sendError(
  reply: FastifyReply,
  status: number,
  error: string,
  message: string,
  problems?: Problem[],
) {
  return reply
    .code(status)
    .type('application/json')
    .send(errorBody(error, message, problems));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is case facts: report problems exactly as `validateFacts` (and the CLI) do. */
    factsBody?: boolean;
  }
}

/**
 * For routes whose body is case facts: validate with `validateFacts` before the schema does, so
 * the problems (and the consistency checks between fields) are exactly those of the CLI.
 */
export async function validateFactsBody(request: FastifyRequest, reply: FastifyReply) {
  if (!request.routeOptions.config.factsBody) return;
  const checked = validateFacts(request.body, { lang: request.lang });
  if (!checked.ok) return sendError(reply, 400, 'invalid_input', 'invalid body', checked.problems);
  // The facts as the schema reads them: what the route's own body validation would have given.
  request.body = checked.facts;
}

/** A body `validateFactsBody` has already checked against the same schema, kept as it is. */
const checkedBody = (body: unknown) => ({ value: body });

/**
 * An onRoute hook: a case-facts route's body is checked once, by `validateFactsBody` (the same
 * schema, and the consistency checks besides), not a second time by the route's schema, which stays
 * declared for the OpenAPI document. Its other parts (query, params) are checked as before.
 */
export function checkFactsBodyOnce(route: RouteOptions): void {
  if (!route.config?.factsBody) return;
  route.validatorCompiler = (part) =>
    part.httpPart === 'body'
      ? checkedBody
      : validatorCompiler(part as Parameters<typeof validatorCompiler>[0]);
}

const slashPath = (instancePath: string) => instancePath.replace(/^\//, '').split('/').join('.');

function validationProblems(error: FastifyError): Problem[] {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((issue) => ({
      path: slashPath(issue.instancePath),
      code: issue.keyword,
      message: issue.message ?? 'invalid',
    }));
  }
  return [{ path: '', code: 'invalid', message: error.message }];
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) {
    const where = error.validationContext ?? 'request';
    return sendError(
      reply,
      400,
      'invalid_input',
      say(reply, 'server.invalidPart', { where }),
      validationProblems(error),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'too_large', say(reply, 'server.tooLarge'), [
        { path: '', code: 'too_large', message: say(reply, 'server.tooLargeProblem') },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'unsupported_media_type', say(reply, 'server.sendJson'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 400, 'invalid_input', say(reply, 'server.emptyBody'), [
        { path: '', code: 'syntax', message: say(reply, 'server.emptyBodyProblem') },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendError(reply, 400, 'invalid_input', say(reply, 'server.invalidJson'), [
        { path: '', code: 'syntax', message: say(reply, 'server.invalidJsonProblem') },
      ]);
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return sendError(reply, 400, 'invalid_input', say(reply, 'server.invalidJson'), [
      {
        path: '',
        code: 'syntax',
        message: say(reply, 'server.invalidJsonDetail', { detail: error.message }),
      },
    ]);
  }
  if (error.statusCode === 429) {
    return sendError(reply, 429, 'rate_limited', error.message);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, error.statusCode, 'bad_request', error.message);
  }
  request.log.error({ err: error }, 'internal error');
  return sendError(reply, 500, 'internal', say(reply, 'server.internal'));
}
