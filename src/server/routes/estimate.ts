// Population estimates over HTTP: overlapping lists (a capture CSV: one 0/1 column per list and a
// count) in, the estimate with its interval out — the `continuum estimate --json` report, for every
// method the CLI has. Aggregate counts only, no case data; nothing is stored.
//
//   POST   /api/estimate            one request, one answer (for short estimates and scripts)
//   POST   /api/estimate/jobs       start an estimate; 202 with the job (its id, state, progress)
//   GET    /api/estimate/jobs/:id   the job: queued, running (with progress), done (with the
//                                   report), failed (with problems) or cancelled
//   DELETE /api/estimate/jobs/:id   cancel it
//
// Each request's work is bounded before it starts (lists × replicates × the method's cost; the
// problem says what would fit), each client — the logged-in user, else the address — has a share
// of the queue (two estimates under way at once), a plain request whose client hangs up is
// cancelled, running or waiting, and so is a job nobody has asked about for 30 seconds.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ESTIMATE_METHODS, MAX_HTTP_BOOTSTRAP, STAGES } from '../../estimate/options.js';
import { translator } from '../../i18n/index.js';
import { errorBody, errorSchema, sendError } from '../errors.js';
import { EstimateJobs, type JobsOptions, OwnerBusyError } from '../estimate/jobs.js';
import type { EstimatePool } from '../estimate/pool.js';
import { PoolBusyError } from '../worker-pool.js';

export const MAX_BOOTSTRAP = MAX_HTTP_BOOTSTRAP;

/**
 * The most work one request may ask for, in units of one log-linear fit on five lists
 * (METHODS[…].work; 60–180 µs a unit on the shared 2-core development machine at load ~20, a
 * few times less idle): UK 2013's five lists by BIC over all models with 1000 replicates fit,
 * eight lists by stepwise with 1000 do not (about 730 do).
 */
export const MAX_WORK_PER_REQUEST = 600_000;

const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  lang: z.string().describe('the language of the warnings (en, fr, es)'),
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

const resultSchema = z.object({
  schemaVersion: z.literal(1),
  report: reportSchema,
  summary: z.string(),
  lists: z.array(z.string()).describe('the lists’ names; a model’s digits number them from 1'),
  distribution: z
    .array(z.number())
    .describe('bootstrap replicates or posterior draws behind the interval, sorted (at most 2,000)'),
});

const jobSchema = z.object({
  id: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  progress: z
    .object({ stage: z.enum(STAGES), done: z.number(), total: z.number() })
    .nullable()
    .describe('how far the running estimate has got, by stage'),
  result: resultSchema.optional().describe('when done: what POST /api/estimate answers'),
  error: errorSchema.optional().describe('when failed: the problems with the lists or settings'),
});

const bodySchema = z.object({
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
    .optional()
    .describe('p-value threshold (stepwise, aic-stepwise); standard deviations (bayes-threshold)'),
  ntop: z
    .union([z.number().int().min(1), z.literal('all')])
    .optional()
    .describe('bic bootstrap: how many of the best models each replicate chooses among'),
  prior: z.enum(['proper', 'improper']).optional().describe('bayes-threshold: the interactions’ prior'),
});

const jobParams = z.object({ id: z.string().max(100) });

/** Whose estimate it is: the logged-in user, else the client's address. */
const ownerOf = (request: FastifyRequest) =>
  request.user ? `user:${request.user.id}` : `address:${request.ip}`;

function sendRefusal(reply: FastifyReply, error: unknown) {
  if (error instanceof OwnerBusyError) {
    return reply
      .header('retry-after', '5')
      .code(429)
      .type('application/json')
      .send(errorBody('too_many', error.message));
  }
  if (error instanceof PoolBusyError) {
    return reply
      .header('retry-after', '1')
      .code(503)
      .type('application/json')
      .send(errorBody('busy', error.message));
  }
  throw error;
}

export type EstimateRouteOptions = JobsOptions & {
  pool: EstimatePool;
  /** MAX_WORK_PER_REQUEST unless given. */
  maxWork?: number;
};

export const estimateRoutes: FastifyPluginAsyncZod<EstimateRouteOptions> = async (app, options) => {
  const { pool, maxWork = MAX_WORK_PER_REQUEST, ...jobOptions } = options;
  const jobs = new EstimateJobs(pool, jobOptions);
  app.addHook('onClose', async () => jobs.close());

  app.post(
    '/api/estimate',
    {
      schema: {
        summary: 'Estimate a hidden population from overlapping lists (nothing is stored)',
        tags: ['estimate'],
        body: bodySchema,
        response: { 200: resultSchema, 400: errorSchema, 429: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      // The client hanging up cancels the estimate, waiting or running.
      const gone = new AbortController();
      const onClose = () => {
        if (!reply.raw.writableFinished) gone.abort();
      };
      reply.raw.once('close', onClose);
      try {
        const { lang } = request;
        const answer = await jobs.run(ownerOf(request), { ...request.body, maxWork, lang }, gone.signal);
        if (answer === 'cancelled')
          return sendError(reply, 503, 'cancelled', translator(lang).t('estimate.server.cancelled'));
        if (!answer.ok) return sendError(reply, 400, answer.error, answer.message, answer.problems);
        // As text, as the CLI prints it: a model without a log-linear fit has a BIC of NaN, which
        // JSON writes as null (the schema documents the number).
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(answer.body) as never);
      } catch (error) {
        return sendRefusal(reply, error);
      } finally {
        reply.raw.off('close', onClose);
      }
    },
  );

  app.post(
    '/api/estimate/jobs',
    {
      schema: {
        summary: 'Start an estimate; follow its progress at the job’s address',
        tags: ['estimate'],
        body: bodySchema,
        response: { 202: jobSchema, 429: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      try {
        const job = jobs.submit(ownerOf(request), { ...request.body, maxWork, lang: request.lang });
        return reply
          .code(202)
          .header('location', `/api/estimate/jobs/${job.id}`)
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(job) as never);
      } catch (error) {
        return sendRefusal(reply, error);
      }
    },
  );

  app.get(
    '/api/estimate/jobs/:id',
    {
      schema: {
        summary: 'An estimate job: its state, progress, and its report once done',
        tags: ['estimate'],
        params: jobParams,
        response: { 200: jobSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const job = jobs.get(ownerOf(request), request.params.id);
      if (!job)
        return sendError(reply, 404, 'not_found', translator(request.lang).t('estimate.server.notFound'));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(job) as never);
    },
  );

  app.delete(
    '/api/estimate/jobs/:id',
    {
      schema: {
        summary: 'Cancel an estimate job',
        tags: ['estimate'],
        params: jobParams,
        response: { 200: jobSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const job = jobs.cancel(ownerOf(request), request.params.id);
      if (!job)
        return sendError(reply, 404, 'not_found', translator(request.lang).t('estimate.server.notFound'));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(job) as never);
    },
  );
};
