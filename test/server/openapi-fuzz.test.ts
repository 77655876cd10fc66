// Every route of the OpenAPI document, fuzzed: random path parameters, query strings and bodies —
// NUL characters, lone surrogates, broken percent-encoding, wrong types, huge and deep values —
// sent logged in as an admin (with the CSRF token) and without logging in. Whatever comes in,
// the answer is never a 5xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as, login, serveForTests } from './helpers.js';

const server = serveForTests();

type Operation = { method: string; path: string; query: string[]; bodyFields: string[] };

type Spec = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string }>;
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

function operations(spec: Spec): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (path === '/api/logout') continue; // it would end the session the other requests use
      const body = operation.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      found.push({
        method: method.toUpperCase(),
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(body),
      });
    }
  }
  return found;
}

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000',
    '\ud800',
    '\udfff x',
    '',
    ' ',
    '-1',
    '0',
    '1e999',
    'NaN',
    '2024-02-31',
    '../../etc/passwd',
    'c-aaaaaaaaaaaa',
    'admin',
    'all',
  ),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'y'.repeat(n)),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, 2 ** 31, 1),
  fc.array(nasty, { maxLength: 4 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A path segment as a client might send it: encoded, raw percent signs, or encoded surrogates. */
function segment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be encoded as UTF-8: send the bytes a careless encoder would.
    return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^\w%-]/g, (c) => encodeURIComponent(c));
  }
}
const rawSegment = fc.oneof(
  nasty.map(segment),
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '%C0%80',
    '%ED%A0%80',
    '%FF',
    '1',
    '2',
    '99999999999999999999',
    '-3',
    'c-%00',
  ),
);

const request = (operation: Operation) =>
  fc.record({
    params: fc.array(rawSegment, { minLength: 3, maxLength: 3 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...operation.query, 'x'), nasty), nasty), {
      maxLength: 3,
    }),
    body: fc.oneof(
      fc.dictionary(fc.constantFrom(...operation.bodyFields, 'schemaVersion', 'extra'), value, {
        maxKeys: 5,
      }),
      fc.constantFrom(
        { schemaVersion: 1 },
        { schemaVersion: 1, title: '\ud800' },
        { username: 'a\u0000b', password: 'x' },
      ),
      value,
    ),
    raw: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('{', '{"a":', 'null', '"\\u0000"', '{"schemaVersion":1,"title":"\\ud800"}', '[]'),
    ),
    anonymous: fc.boolean(),
  });

describe('every route of the OpenAPI document', () => {
  it('answers any input with something other than a 5xx', async () => {
    const spec = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as Spec;
    const routes = operations(spec);
    expect(routes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const operation of routes) {
      const session = await login(server.app, 'admin');
      await fc
        .assert(
          fc.asyncProperty(request(operation), async (r) => {
            let p = 0;
            const path = operation.path.replace(/\{[^}]+\}/g, () => r.params[p++]);
            const query = r.query.map(([k, v]) => `${segment(String(k))}=${segment(String(v))}`).join('&');
            const url = query ? `${path}?${query}` : path;
            const hasBody = !['GET', 'HEAD', 'DELETE'].includes(operation.method);
            const response = await server.app.inject({
              method: operation.method as 'GET',
              url,
              headers: {
                ...(r.anonymous ? {} : as(session, true)),
                ...(hasBody ? { 'content-type': 'application/json' } : {}),
              },
              ...(hasBody ? { payload: r.raw ?? JSON.stringify(r.body) ?? 'null' } : {}),
            });
            if (response.statusCode >= 500 && failures.length < 10) {
              failures.push(
                `${operation.method} ${url} → ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
            }
            return response.statusCode < 500;
          }),
          { numRuns: 25, seed: 15 },
        )
        .catch(() => {});
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
