// The edge of the API: NUL characters and lone surrogates are refused with a 400 naming the path,
// on every part of a request and without logging in; a read by such an id is still audited;
// If-Match that is not a version is refused; behind a trusted proxy, its address and scheme count.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.js';
import { as, login, PASSWORD, serveForTests, testApp } from './helpers.js';

const server = serveForTests();

describe('text the store cannot keep', () => {
  it('is refused in a login body without logging in', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: '{"username":"a\\u0000b","password":"x"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'invalid_input',
      problems: [{ path: 'username', code: 'invalid_text' }],
    });
  });

  it('is refused in a case title (lone surrogate) and in a field name', async () => {
    const caseworker = await login(server.app, 'caseworker');
    for (const [payload, path] of [
      ['{"schemaVersion":1,"title":"x\\ud800"}', 'title'],
      ['{"schemaVersion":1,"person":{"a\\u0000":1}}', 'person.a\\u0000'],
    ]) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/cases',
        payload,
        headers: { ...as(caseworker, true), 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().problems[0].path).toBe(path);
    }
    const assess = await server.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: '{"schemaVersion":1,"notes":"\\udc00 alone"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(assess.statusCode).toBe(400);
    expect(assess.json().problems[0]).toMatchObject({ path: 'notes', code: 'invalid_text' });
  });

  it('is refused in a query string', async () => {
    const viewer = await login(server.app, 'viewer');
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/datasets?name=%00',
      headers: as(viewer),
    });
    // Unknown query fields are ignored by the route, but not at the edge.
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ message: 'invalid query', problems: [{ path: 'name' }] });
  });

  it('is refused in a case id, and the failed read is audited', async () => {
    const viewer = await login(server.app, 'viewer');
    for (const [kind, url] of [
      ['case', '/api/cases/c-%00x'],
      ['dataset', '/api/datasets/d-%00x'],
    ] as const) {
      const response = await server.app.inject({ method: 'GET', url, headers: as(viewer) });
      expect(response.statusCode).toBe(400);
      expect(response.json().problems[0].path).toBe('id');
      const [row] = await listAudit(
        server.store.db,
        kind === 'case' ? { caseId: 'c-\\u0000x' } : { datasetId: 'd-\\u0000x' },
      );
      expect(row).toMatchObject({
        username: 'viewer',
        action: 'read',
        detail: { found: false, invalidId: true },
      });
    }
  });
});

describe('If-Match', () => {
  it('that is not a version is a 400, and nothing is overwritten', async () => {
    const caseworker = await login(server.app, 'caseworker');
    const saved = await server.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: as(caseworker, true),
      payload: { schemaVersion: 1, title: 'first' },
    });
    const id = saved.json().case.id;
    for (const header of ['abc', '"0"', '1.5', '*', '"2", "3"']) {
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/cases/${id}`,
        headers: { ...as(caseworker, true), 'if-match': header },
        payload: { schemaVersion: 1, title: 'second' },
      });
      expect(put.statusCode, header).toBe(400);
      expect(put.json().problems[0].path).toBe('if-match');
    }
    const ok = await server.app.inject({
      method: 'PUT',
      url: `/api/cases/${id}`,
      headers: { ...as(caseworker, true), 'if-match': 'W/"1"' },
      payload: { schemaVersion: 1, title: 'second' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().case.version).toBe(2);
  });
});

describe('behind a trusted proxy', () => {
  it('takes the client address and the scheme from the proxy, and only from it', async () => {
    const app = await testApp(server.store, { trustProxy: ['127.0.0.1'], secureCookies: 'auto' });
    try {
      const viaProxy = await app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
        payload: { username: 'viewer', password: PASSWORD },
      });
      expect(viaProxy.statusCode).toBe(200);
      expect(viaProxy.cookies.find((c) => c.name === 'continuum_session')?.secure).toBe(true);
      const [row] = await listAudit(server.store.db, { action: 'login' });
      expect(row.ip).toBe('203.0.113.7');

      // A client that is not the proxy cannot choose its address, and plain http gets no Secure cookie.
      const direct = await app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '198.51.100.2',
        headers: { 'x-forwarded-for': '203.0.113.99' },
        payload: { username: 'viewer', password: PASSWORD },
      });
      expect(direct.cookies.find((c) => c.name === 'continuum_session')?.secure).not.toBe(true);
      const [second] = await listAudit(server.store.db, { action: 'login' });
      expect(second.ip).toBe('198.51.100.2');
    } finally {
      await app.close();
    }
  });
});
