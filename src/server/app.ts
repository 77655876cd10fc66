// The HTTP server: the JSON API under /api (OpenAPI at /api/docs) and the built web app at /.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type DashboardPolicy, DEFAULT_POLICY } from '../data/dashboard-audit.js';
import type { Store } from '../store/db.js';
import { createAssessPool, defaultAssessThreads } from './assess/pool.js';
import { registerSessions } from './auth/session.js';
import { refuseUnstorableText } from './edge.js';
import { checkFactsBodyOnce, handleError, say, sendError, validateFactsBody } from './errors.js';
import { createEstimatePool } from './estimate/pool.js';
import { registerLanguage } from './lang.js';
import { analysisRoutes } from './routes/analyses.js';
import { assessRoutes } from './routes/assess.js';
import { authRoutes } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { datasetRoutes } from './routes/datasets.js';
import { estimateRoutes } from './routes/estimate.js';
import { instrumentRoutes } from './routes/instruments.js';
import { participationRoutes } from './routes/participation.js';
import { userRoutes } from './routes/users.js';
import { registerSecurityHeaders } from './security-headers.js';

export type AppOptions = {
  store: Store;
  /** The built web app (dist/web); when absent, / explains how to build it. */
  webRoot?: string;
  /** Requests per minute per client address on the whole server; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  loginRateLimitPerMinute?: number;
  /** Largest request body in bytes. Case facts are a few kilobytes. */
  bodyLimit?: number;
  sessionHours?: number;
  /** Set the Secure flag on the session cookie: always (behind HTTPS), or 'auto' when the request came
   * over https (as a trusted proxy says, X-Forwarded-Proto). */
  secureCookies?: boolean | 'auto';
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustProxy?: string[];
  logger?: boolean;
  /** Worker threads for POST /api/assess (default: CONTINUUM_ASSESS_THREADS, else one per core, 1–4); 0 = none. */
  assessThreads?: number;
  /** Worker threads for POST /api/estimate (default 1); 0 = in the request's thread. */
  estimateThreads?: number;
  /** Assessments allowed to wait for a worker before the server answers 503 (default 1000). */
  assessQueue?: number;
  /** What an uploaded dataset must meet (default: k at least 11). */
  releasePolicy?: DashboardPolicy;
};

export const DEFAULT_BODY_LIMIT = 256 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...(options.trustProxy?.length ? { trustProxy: options.trustProxy } : {}),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.addHook('onRoute', checkFactsBodyOnce);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  registerLanguage(app);
  // Registered first: no handler and no other check ever sees a NUL or a lone surrogate.
  app.addHook('preValidation', refuseUnstorableText(options.store));
  app.addHook('preValidation', validateFactsBody);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Continuum API',
        description:
          'Assess case facts against trafficking, smuggling, forced-labour and slavery law; save cases. ' +
          'Case endpoints need a session cookie (POST /api/login) and, for changes, the x-csrf-token header. ' +
          'Texts for people (problems, questions, reports) are in the language of `?lang=` (en, fr, es) or of ' +
          'the Accept-Language header (English by default), said in Content-Language; ids and codes never change.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const swaggerCSP = (app as unknown as { swaggerCSP: { script: string[]; style: string[] } }).swaggerCSP;
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        // The hashes let the OpenAPI page at /api/docs run its own inline script and styles.
        scriptSrc: ["'self'", ...swaggerCSP.script],
        styleSrc: ["'self'", ...swaggerCSP.style],
        // Served over plain HTTP on localhost: upgrading requests would break it.
        upgradeInsecureRequests: null,
      },
    },
    // Nothing about a case should leak through the Referer header.
    referrerPolicy: { policy: 'no-referrer' },
  });

  const perMinute = options.rateLimitPerMinute ?? 600;
  await app.register(rateLimit, {
    global: perMinute > 0,
    max: perMinute > 0 ? perMinute : 1_000_000,
    timeWindow: '1 minute',
  });
  await app.register(cookie);
  registerSessions(app, options.store);

  const assessPool = createAssessPool({
    threads: options.assessThreads ?? defaultAssessThreads(),
    maxQueue: options.assessQueue,
  });
  app.addHook('onClose', () => assessPool.close());
  await app.register(assessRoutes, { pool: assessPool });
  await app.register(analysisRoutes);
  await app.register(instrumentRoutes);
  await app.register(participationRoutes);
  const estimatePool = createEstimatePool({ threads: options.estimateThreads });
  app.addHook('onClose', () => estimatePool.close());
  await app.register(estimateRoutes, { pool: estimatePool });
  await app.register(authRoutes, {
    store: options.store,
    sessionHours: options.sessionHours ?? 8,
    secureCookies: options.secureCookies ?? false,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 10,
  });
  await app.register(caseRoutes, { store: options.store, pool: assessPool });
  await app.register(datasetRoutes, {
    store: options.store,
    policy: options.releasePolicy ?? DEFAULT_POLICY,
  });
  await app.register(userRoutes, { store: options.store });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // Vite's build manifest (.vite/manifest.json) and any other dot-file stay unserved: 404.
      dotfiles: 'ignore',
      setHeaders(reply, path) {
        // Vite names built assets by their content hash, so they never change; index.html does.
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm run build:web` (or `npm start`), then reload.\n'),
    );
  }

  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'not_found',
      say(reply, 'server.nothingAt', { method: request.method, path: request.url.split('?')[0] }),
    ),
  );
  return app;
}
