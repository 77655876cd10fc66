import { beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.js';
import { as, login, type Session, serveForTests } from './helpers.js';

type Who = 'anonymous' | 'viewer' | 'caseworker' | 'admin';
const everyone: Who[] = ['anonymous', 'viewer', 'caseworker', 'admin'];

const server = serveForTests();
const sessions: Partial<Record<Who, Session>> = {};
let existingId: string;

beforeAll(async () => {
  for (const role of ['viewer', 'caseworker', 'admin'] as const)
    sessions[role] = await login(server.app, role);
  const saved = await server.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: as(sessions.caseworker, true),
    payload: { schemaVersion: 1, title: 'shared case' },
  });
  existingId = saved.json().case.id;
}, 120_000);

type Action = {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  payload?: unknown;
  /** The least role allowed; null = anyone, even without logging in. */
  needs: Exclude<Who, 'anonymous'> | null;
  ok: number;
};

const actions: Action[] = [
  {
    name: 'assess without saving',
    method: 'POST',
    url: () => '/api/assess',
    payload: { schemaVersion: 1 },
    needs: null,
    ok: 200,
  },
  { name: 'read rule trees', method: 'GET', url: () => '/api/instruments', needs: null, ok: 200 },
  { name: 'list cases', method: 'GET', url: () => '/api/cases', needs: 'viewer', ok: 200 },
  { name: 'read a case', method: 'GET', url: () => `/api/cases/${existingId}`, needs: 'viewer', ok: 200 },
  {
    name: 'save a case',
    method: 'POST',
    url: () => '/api/cases',
    payload: { schemaVersion: 1 },
    needs: 'caseworker',
    ok: 201,
  },
  {
    name: 'update a case',
    method: 'PUT',
    url: () => `/api/cases/${existingId}`,
    payload: { schemaVersion: 1, title: 'shared case' },
    needs: 'caseworker',
    ok: 200,
  },
  { name: 'list users', method: 'GET', url: () => '/api/users', needs: 'admin', ok: 200 },
  { name: 'read the audit log', method: 'GET', url: () => '/api/audit', needs: 'admin', ok: 200 },
];

const rank: Record<Who, number> = { anonymous: 0, viewer: 1, caseworker: 2, admin: 3 };

describe.each(actions)('$name', (action) => {
  it.each(everyone)('as %s', async (who) => {
    const write = action.method !== 'GET';
    const response = await server.app.inject({
      method: action.method,
      url: action.url(),
      headers: as(sessions[who], write),
      ...(action.payload === undefined ? {} : { payload: action.payload as object }),
    });
    const allowed = action.needs === null || rank[who] >= rank[action.needs];
    const refused = who === 'anonymous' ? 401 : 403;
    expect(response.statusCode).toBe(allowed ? action.ok : refused);
    if (!allowed) expect(response.json().error).toBe(who === 'anonymous' ? 'unauthenticated' : 'forbidden');
  });
});

describe('deleting a case', () => {
  it('is for admins only', async () => {
    const saved = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(sessions.caseworker, true),
      payload: { schemaVersion: 1 },
    });
    const id = saved.json().case.id;
    for (const who of ['anonymous', 'viewer', 'caseworker'] as const) {
      const response = await server.app.inject({
        method: 'DELETE',
        url: `/api/cases/${id}`,
        headers: as(sessions[who], true),
      });
      expect(response.statusCode).toBe(who === 'anonymous' ? 401 : 403);
    }
    const done = await server.app.inject({
      method: 'DELETE',
      url: `/api/cases/${id}`,
      headers: as(sessions.admin, true),
    });
    expect(done.statusCode).toBe(204);
    const gone = await server.app.inject({
      method: 'GET',
      url: `/api/cases/${id}`,
      headers: as(sessions.admin),
    });
    expect(gone.statusCode).toBe(404);
  });
});

describe('CSRF', () => {
  it('refuses a write with the session cookie but no token or a wrong token', async () => {
    const cookieOnly = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(sessions.caseworker),
      payload: { schemaVersion: 1 },
    });
    expect(cookieOnly.statusCode).toBe(403);
    expect(cookieOnly.json().error).toBe('csrf');
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...as(sessions.caseworker), 'x-csrf-token': sessions.admin!.csrf },
      payload: { schemaVersion: 1 },
    });
    expect(wrong.statusCode).toBe(403);
  });
});

describe('audit', () => {
  it('writes one row per case read and write, naming the user and the case', async () => {
    const cw = sessions.caseworker!;
    const created = (
      await server.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: as(cw, true),
        payload: { schemaVersion: 1 },
      })
    ).json().case;
    await server.app.inject({ method: 'GET', url: `/api/cases/${created.id}`, headers: as(sessions.viewer) });
    await server.app.inject({
      method: 'PUT',
      url: `/api/cases/${created.id}`,
      headers: as(cw, true),
      payload: { schemaVersion: 1, title: 't' },
    });
    await server.app.inject({
      method: 'DELETE',
      url: `/api/cases/${created.id}`,
      headers: as(sessions.admin, true),
    });

    const rows = (await listAudit(server.store.db, { caseId: created.id })).reverse();
    expect(rows.map((r) => [r.action, r.username])).toEqual([
      ['create', 'caseworker'],
      ['read', 'viewer'],
      ['update', 'caseworker'],
      ['delete', 'admin'],
    ]);

    // A refused request reaches no case and writes nothing.
    await server.app.inject({ method: 'GET', url: `/api/cases/${created.id}` });
    expect(await listAudit(server.store.db, { caseId: created.id })).toHaveLength(4);

    // The admin sees the same rows through the API; listing cases is audited too.
    await server.app.inject({ method: 'GET', url: '/api/cases', headers: as(sessions.viewer) });
    const log = (
      await server.app.inject({ method: 'GET', url: '/api/audit?limit=5', headers: as(sessions.admin) })
    ).json();
    expect(log.entries[0]).toMatchObject({ action: 'list', username: 'viewer' });
    const forCase = (
      await server.app.inject({
        method: 'GET',
        url: `/api/audit?caseId=${created.id}`,
        headers: as(sessions.admin),
      })
    ).json();
    expect(forCase.entries).toHaveLength(4);
  });
});
