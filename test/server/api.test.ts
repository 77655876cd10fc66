import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../../src/law/instruments/index.js';
import { instrumentToJson } from '../../src/law/render/json.js';
import { ensureAdmin } from '../../src/server/bootstrap.js';
import { openStore } from '../../src/store/db.js';
import { runCli } from '../support/cli.js';
import { as, login, PASSWORD, type Session, serveForTests, testApp } from './helpers.js';

const exampleFile = 'examples/cases/domestic-servitude.json';
const example = JSON.parse(readFileSync(exampleFile, 'utf8'));

const server = serveForTests();

beforeAll(async () => {}, 120_000);

/** What `continuum assess --json FILE` prints, parsed. */
async function cliAssessJson(file: string): Promise<unknown> {
  const { code, stdout } = await runCli(['assess', '--json', file]);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('POST /api/assess', () => {
  it('returns exactly what `continuum assess --json` prints, without logging in', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/assess', payload: example });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(await cliAssessJson(exampleFile));
  });

  it('decides on the facts as found with ?asFound=true, as `continuum assess --as-found --json` does', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/assess?asFound=true',
      payload: example,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().mode).toBe('as_found');
    expect(response.json()).toEqual(
      JSON.parse((await runCli(['assess', '--json', '--as-found', exampleFile])).stdout),
    );
    const investigation = await server.app.inject({ method: 'POST', url: '/api/assess', payload: example });
    expect(investigation.json().mode).toBe('investigation');
    const bad = await server.app.inject({ method: 'POST', url: '/api/assess?asFound=yes', payload: example });
    expect(bad.statusCode).toBe(400);
  });

  it('gives version 1 (every finding tree) by parameter, and the trees asked for in version 2, as the CLI does', async () => {
    const v1 = await server.app.inject({
      method: 'POST',
      url: '/api/assess?schemaVersion=1',
      payload: example,
    });
    expect(v1.json()).toEqual(
      JSON.parse((await runCli(['assess', '--json', '--schema-version', '1', exampleFile])).stdout),
    );
    expect(v1.json().schemaVersion).toBe(1);
    const trees = await server.app.inject({
      method: 'POST',
      url: '/api/assess?tree=servitude&tree=us-tvpa',
      payload: example,
    });
    expect(trees.json()).toEqual(
      JSON.parse((await runCli(['assess', '--json', '--tree', 'servitude,us-tvpa', exampleFile])).stdout),
    );
    const withTrees = trees.json().instruments.filter((i: { elements?: unknown }) => i.elements);
    expect(withTrees.map((i: { id: string }) => i.id)).toEqual(['servitude', 'us-tvpa']);
    const all = await server.app.inject({ method: 'POST', url: '/api/assess?tree=all', payload: example });
    expect(all.json().instruments.every((i: { elements?: unknown }) => i.elements)).toBe(true);
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/assess?tree=nope',
      payload: example,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().problems[0]).toMatchObject({ path: 'tree', found: 'nope' });
    const version = await server.app.inject({
      method: 'POST',
      url: '/api/assess?schemaVersion=3',
      payload: example,
    });
    expect(version.statusCode).toBe(400);
  });

  it('assesses only the instruments asked for', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/assess?instrument=un-smuggling-protocol&instrument=ilo-forced-labour-convention',
      payload: { schemaVersion: 1 },
    });
    expect(response.json().instruments.map((i: { id: string }) => i.id)).toEqual([
      'un-smuggling-protocol',
      'ilo-forced-labour-convention',
    ]);
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/assess?instrument=nope',
      payload: { schemaVersion: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().problems[0]).toMatchObject({ code: 'unknown_instrument', found: 'nope' });
  });

  it('answers bad facts with 400 and the problem list, with JSON paths', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { schemaVersion: 1, person: { ageAtRecruitment: 'fifteen' }, recruitment: { decieved: true } },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('invalid_input');
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'person.ageAtRecruitment',
          code: 'invalid_type',
          expected: 'number',
        }),
        expect.objectContaining({ path: 'recruitment.decieved', code: 'unknown_field' }),
      ]),
    );
  });

  it('checks consistency between facts as the CLI does', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { schemaVersion: 1, events: { from: '2020-05-01', to: '2019-01-01' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ path: 'events.to', code: 'inconsistent' }),
    ]);
  });

  it('refuses a body that is not JSON, empty, or too large — with a problem, not a stack trace', async () => {
    const syntax = await server.app.inject({
      method: 'POST',
      url: '/api/assess',
      headers: { 'content-type': 'application/json' },
      payload: '{"schemaVersion": 1,',
    });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().problems[0].code).toBe('syntax');
    expect(syntax.body).not.toMatch(/at .*\.js:\d+/);

    const big = await server.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { schemaVersion: 1, notes: 'x'.repeat(300 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe('too_large');

    const array = await server.app.inject({ method: 'POST', url: '/api/assess', payload: [1, 2] });
    expect(array.statusCode).toBe(400);
  });
});

describe('GET /api/instruments', () => {
  it('serves every rule tree as `explain --json` renders it', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/instruments' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(
      JSON.parse(JSON.stringify({ schemaVersion: 1, instruments: instruments.map(instrumentToJson) })),
    );
    const one = await server.app.inject({ method: 'GET', url: `/api/instruments/${instruments[0].id}` });
    expect(one.json().instrument.id).toBe(instruments[0].id);
    expect((await server.app.inject({ method: 'GET', url: '/api/instruments/nope' })).statusCode).toBe(404);
  });
});

describe('security', () => {
  it('sends security headers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/instruments' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('limits the request rate per client and says so in the usual error shape', async () => {
    const limited = await testApp(server.store, { rateLimitPerMinute: 2 });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push((await limited.inject({ method: 'GET', url: '/api/instruments' })).statusCode);
      expect(codes).toEqual([200, 200, 429]);
      const response = await limited.inject({ method: 'GET', url: '/api/instruments' });
      expect(response.json()).toMatchObject({ schemaVersion: 1, error: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const ui = await server.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    const spec = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/assess',
        '/api/instruments',
        '/api/cases',
        '/api/cases/{id}',
        '/api/login',
      ]),
    );
  });

  it('unknown API paths get a JSON 404', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found');
  });
});

describe('sessions', () => {
  it('sets an httpOnly, SameSite=Strict cookie and refuses wrong passwords alike for unknown users', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'viewer', password: PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'continuum_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'viewer', password: 'nope' },
    });
    const nobody = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'ghost', password: 'nope' },
    });
    expect([wrong.statusCode, nobody.statusCode]).toEqual([401, 401]);
    expect(wrong.json().message).toBe(nobody.json().message);
  });

  it('gives the CSRF token again after a reload, and logging out ends the session', async () => {
    const session = await login(server.app, 'caseworker');
    const again = await server.app.inject({ method: 'GET', url: '/api/session', headers: as(session) });
    expect(again.json()).toMatchObject({
      user: { username: 'caseworker', role: 'caseworker' },
      csrfToken: session.csrf,
    });
    const noCsrf = await server.app.inject({ method: 'POST', url: '/api/logout', headers: as(session) });
    expect(noCsrf.statusCode).toBe(403);
    const out = await server.app.inject({ method: 'POST', url: '/api/logout', headers: as(session, true) });
    expect(out.statusCode).toBe(204);
    const after = await server.app.inject({ method: 'GET', url: '/api/cases', headers: as(session) });
    expect(after.statusCode).toBe(401);
  });

  it('lets a user change their own password', async () => {
    const admin = await login(server.app, 'admin');
    await server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin, true),
      payload: { username: 'changer', password: 'first password 1', role: 'viewer' },
    });
    const session = await login(server.app, 'changer', 'first password 1');
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: as(session, true),
      payload: { currentPassword: 'not it', newPassword: 'second password 2' },
    });
    expect(wrong.statusCode).toBe(403);
    const changed = await server.app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: as(session, true),
      payload: { currentPassword: 'first password 1', newPassword: 'second password 2' },
    });
    expect(changed.statusCode).toBe(204);
    await expect(login(server.app, 'changer', 'first password 1')).rejects.toThrow(/401/);
    await login(server.app, 'changer', 'second password 2');
  });
});

describe('first start', () => {
  it('creates one admin, with a printed random password or the one from the environment', async () => {
    const fresh = await openStore({ kind: 'pglite' });
    try {
      const first = await ensureAdmin(fresh);
      expect(first).toMatchObject({ created: true, username: 'admin', source: 'generated' });
      const password = first.created ? first.password : null;
      expect(password?.length).toBeGreaterThanOrEqual(20);
      expect(await ensureAdmin(fresh, 'another password')).toEqual({ created: false });
      const freshApp = await testApp(fresh);
      await login(freshApp, 'admin', password!);
      await freshApp.close();
    } finally {
      await fresh.close();
    }
  }, 120_000);
});

describe('cases', () => {
  let caseworker: Session;
  beforeAll(async () => {
    caseworker = await login(server.app, 'caseworker');
  });

  it('saves a case with a pseudonymous id and the server’s own assessment, then reads it back', async () => {
    const saved = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(caseworker, true),
      payload: example,
    });
    expect(saved.statusCode).toBe(201);
    const record = saved.json().case;
    expect(record.id).toMatch(/^c-/);
    expect(record.facts).toEqual(example);
    expect(record.assessment).toBeUndefined();

    const read = await server.app.inject({
      method: 'GET',
      url: `/api/cases/${record.id}`,
      headers: as(caseworker),
    });
    expect(read.json().case).toEqual(record);

    // The stored assessment is the CLI's, made by the server when the case was saved.
    const full = (
      await server.app.inject({
        method: 'GET',
        url: `/api/cases/${record.id}?include=assessment`,
        headers: as(caseworker),
      })
    ).json().case;
    const cli = (await cliAssessJson(exampleFile)) as { instruments: Array<{ id: string; verdict: string }> };
    expect(full.assessment).toEqual(cli);
    expect(full.verdicts).toEqual(Object.fromEntries(cli.instruments.map((i) => [i.id, i.verdict])));
  });

  it('answers every read of a case with the same bytes, and a read after a save with the new version', async () => {
    const saved = (
      await server.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: as(caseworker, true),
        payload: example,
      })
    ).json().case;
    const read = () =>
      server.app.inject({ method: 'GET', url: `/api/cases/${saved.id}`, headers: as(caseworker) });
    // What the response schema makes of the record: its fields in the schema's order.
    const expected = (record: typeof saved) =>
      JSON.stringify({
        schemaVersion: 1,
        case: {
          id: record.id,
          title: record.title,
          verdicts: record.verdicts,
          version: record.version,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
          facts: record.facts,
        },
      });
    const first = await read();
    const second = await read();
    expect(first.body).toBe(expected(saved));
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(second.headers)).toEqual(Object.keys(first.headers));
    expect(second.headers['content-length']).toBe(first.headers['content-length']);

    const edited = await server.app.inject({
      method: 'PUT',
      url: `/api/cases/${saved.id}`,
      headers: as(caseworker, true),
      payload: { ...example, title: 'edited after reading' },
    });
    expect(edited.statusCode).toBe(200);
    const after = await read();
    expect(after.json().case).toMatchObject({ version: 2, title: 'edited after reading' });
    expect(after.body).toBe(expected(edited.json().case));
    const fr = await server.app.inject({
      method: 'GET',
      url: `/api/cases/${saved.id}?lang=fr`,
      headers: as(caseworker),
    });
    expect(fr.body).toBe(after.body);
    expect(fr.headers['content-language']).toBe('fr');
  });

  it('refuses invalid facts with the problem list and stores nothing', async () => {
    const before = (
      await server.app.inject({ method: 'GET', url: '/api/cases', headers: as(caseworker) })
    ).json().total;
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(caseworker, true),
      payload: { schemaVersion: 1, jurisdiction: 'uk' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems[0].path).toBe('jurisdiction');
    const after = (
      await server.app.inject({ method: 'GET', url: '/api/cases', headers: as(caseworker) })
    ).json().total;
    expect(after).toBe(before);
  });

  it('refuses to overwrite a newer save (If-Match)', async () => {
    const saved = (
      await server.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: as(caseworker, true),
        payload: { schemaVersion: 1 },
      })
    ).json().case;
    const first = await server.app.inject({
      method: 'PUT',
      url: `/api/cases/${saved.id}`,
      headers: { ...as(caseworker, true), 'if-match': '"1"' },
      payload: { schemaVersion: 1, title: 'edited' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().case).toMatchObject({ version: 2, title: 'edited' });
    const stale = await server.app.inject({
      method: 'PUT',
      url: `/api/cases/${saved.id}`,
      headers: { ...as(caseworker, true), 'if-match': '"1"' },
      payload: { schemaVersion: 1, title: 'stale' },
    });
    expect(stale.statusCode).toBe(409);
  });
});
