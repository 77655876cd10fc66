// The security headers every answer carries (Helmet's: Content-Security-Policy, Referrer-Policy,
// Strict-Transport-Security, …), worked out once when the server starts. Helmet's Fastify plugin
// built its middleware again for every request — parsing the CSP directives into the header's text
// each time, about 7% of the event loop's work under load — though our headers never change:
// nothing in them depends on the request (no CSP nonces). Helmet itself still writes them, once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers Helmet sets with these options, in the order it sets them. */
export function securityHeaders(options: HelmetOptions): Array<[string, string]> {
  const headers = new Map<string, string>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, String(value));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return [...headers];
}

/**
 * Every request's answer gets the headers, set on the response as Helmet sets them (before the
 * route's own, in the same order). An onRequest hook, where @fastify/helmet added its own: an
 * answer given by an earlier hook (a bad `?lang=`) goes without them, as it did.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of headers) raw.setHeader(name, value);
    done();
  });
}
