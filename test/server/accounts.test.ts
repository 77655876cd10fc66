// Accounts: a password change ends the user's other sessions in the store; an administrator can end
// a user's sessions, disable an account and change its role, never leaving no enabled admin;
// repeated failed logins lock the account; every account action is audited with who, what, when
// and from where.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.js';
import { as, login, PASSWORD, serveForTests } from './helpers.js';

const server = serveForTests();

async function createAccount(username: string, role: 'viewer' | 'caseworker' | 'admin', password = PASSWORD) {
  const admin = await login(server.app, 'admin');
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: as(admin, true),
    payload: { username, password, role },
  });
  expect(created.statusCode).toBe(201);
  return created.json().user.id as number;
}

const sessionsOf = async (userId: number) =>
  (await server.store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', userId).execute())
    .length;

const whoAmI = async (session: { cookie: string; csrf: string }) =>
  (await server.app.inject({ method: 'GET', url: '/api/session', headers: as(session) })).statusCode;

describe('a password change', () => {
  it('ends every other session of the user, in the store, and keeps the one that made it', async () => {
    const id = await createAccount('pw-user', 'viewer', 'first password 1');
    const laptop = await login(server.app, 'pw-user', 'first password 1');
    const phone = await login(server.app, 'pw-user', 'first password 1');
    // The phone's session is remembered by this process before the change.
    expect(await whoAmI(phone)).toBe(200);
    expect(await sessionsOf(id)).toBe(2);
    const changed = await server.app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: as(laptop, true),
      payload: { currentPassword: 'first password 1', newPassword: 'second password 2' },
    });
    expect(changed.statusCode).toBe(204);
    expect(await sessionsOf(id)).toBe(1);
    expect(await whoAmI(phone)).toBe(401);
    expect(await whoAmI(laptop)).toBe(200);
    const audit = await listAudit(server.store.db, { userId: id, action: 'password_change' });
    expect(audit[0]).toMatchObject({
      userId: id,
      subjectUserId: id,
      detail: { ok: true, otherSessionsEnded: 1 },
    });
    expect(audit[0].ip).toBe('127.0.0.1');
  });
});

describe('administration of accounts', () => {
  it('ends a user’s sessions on request', async () => {
    const id = await createAccount('revoked', 'caseworker');
    const session = await login(server.app, 'revoked');
    expect(await whoAmI(session)).toBe(200);
    const admin = await login(server.app, 'admin');
    const revoked = await server.app.inject({
      method: 'DELETE',
      url: `/api/users/${id}/sessions`,
      headers: as(admin, true),
    });
    expect(revoked.statusCode).toBe(204);
    expect(await whoAmI(session)).toBe(401);
    expect(await sessionsOf(id)).toBe(0);
    const [row] = await listAudit(server.store.db, { userId: id, action: 'sessions_revoke' });
    expect(row).toMatchObject({ username: 'admin', subjectUserId: id, detail: { ended: 1 } });
  });

  it('disables an account (no login, no session) and enables it again', async () => {
    const id = await createAccount('disabled', 'viewer');
    const session = await login(server.app, 'disabled');
    const admin = await login(server.app, 'admin');
    const patch = (disabled: boolean) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: as(admin, true),
        payload: { disabled },
      });
    const off = await patch(true);
    expect(off.statusCode).toBe(200);
    expect(off.json().user).toMatchObject({ username: 'disabled', disabled: true });
    expect(await whoAmI(session)).toBe(401);
    const refused = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'disabled', password: PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('disabled');
    expect((await patch(false)).json().user.disabled).toBe(false);
    expect(await whoAmI(await login(server.app, 'disabled'))).toBe(200);
    const actions = (await listAudit(server.store.db, { userId: id })).map((r) => r.action).reverse();
    expect(actions).toEqual(['user_create', 'login', 'user_disable', 'login_failed', 'user_enable', 'login']);
  });

  it('changes a role, which takes effect on the next request', async () => {
    const id = await createAccount('promoted', 'viewer');
    const session = await login(server.app, 'promoted');
    const save = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: as(session, true),
        payload: { schemaVersion: 1 },
      });
    expect((await save()).statusCode).toBe(403);
    const admin = await login(server.app, 'admin');
    const changed = await server.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(admin, true),
      payload: { role: 'caseworker' },
    });
    expect(changed.json().user.role).toBe('caseworker');
    expect((await save()).statusCode).toBe(201);
    const [row] = await listAudit(server.store.db, { userId: id, action: 'role_change' });
    expect(row.detail).toEqual({ from: 'viewer', to: 'caseworker' });
  });

  it('never leaves no enabled admin, and refuses a viewer', async () => {
    const admin = await login(server.app, 'admin');
    const users = (await server.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })).json()
      .users as Array<{ id: number; username: string; role: string; disabled: boolean }>;
    const admins = users.filter((u) => u.role === 'admin' && !u.disabled);
    expect(admins.map((u) => u.username)).toEqual(['admin']);
    for (const payload of [{ role: 'caseworker' }, { disabled: true }]) {
      const refused = await server.app.inject({
        method: 'PATCH',
        url: `/api/users/${admins[0].id}`,
        headers: as(admin, true),
        payload,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toBe('last_admin');
    }
    // With a second admin, the first may step down.
    const second = await createAccount('second-admin', 'admin');
    const down = await server.app.inject({
      method: 'PATCH',
      url: `/api/users/${second}`,
      headers: as(admin, true),
      payload: { role: 'viewer' },
    });
    expect(down.statusCode).toBe(200);
    const viewer = await login(server.app, 'viewer');
    const forbidden = await server.app.inject({
      method: 'PATCH',
      url: `/api/users/${second}`,
      headers: as(viewer, true),
      payload: { role: 'admin' },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('logins', () => {
  it('locks an account after repeated failures, whatever the address, and audits every attempt', async () => {
    const id = await createAccount('guessed', 'viewer');
    const attempt = (password: string, ip: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: ip,
        payload: { username: 'guessed', password },
      });
    for (let i = 1; i <= 5; i++) expect((await attempt(`guess ${i}`, `10.0.0.${i}`)).statusCode).toBe(401);
    // Now even the right password is refused until the lock ends.
    const locked = await attempt(PASSWORD, '10.0.0.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toBe('locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const rows = await listAudit(server.store.db, { userId: id, action: 'login_failed' });
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ ip: '10.0.0.9', detail: { reason: 'locked' } });
    expect(rows[1]).toMatchObject({ ip: '10.0.0.5', detail: { reason: 'wrong password', failures: 5 } });
    // When the lock has passed, a success clears the count.
    await server.store.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect((await attempt(PASSWORD, '10.0.0.9')).statusCode).toBe(200);
    const user = await server.store.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('audits a login to an account that does not exist, and logouts', async () => {
    await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'nobody-here', password: 'x' },
    });
    const [failed] = await listAudit(server.store.db, { action: 'login_failed' });
    expect(failed).toMatchObject({
      userId: null,
      username: 'nobody-here',
      detail: { reason: 'no such account' },
    });
    const session = await login(server.app, 'viewer');
    await server.app.inject({ method: 'POST', url: '/api/logout', headers: as(session, true) });
    const [logout] = await listAudit(server.store.db, { action: 'logout' });
    expect(logout).toMatchObject({ username: 'viewer', action: 'logout' });
  });
});

describe('the audit log', () => {
  it('records each reading of itself, after the read', async () => {
    const admin = await login(server.app, 'admin');
    const read = await server.app.inject({
      method: 'GET',
      url: '/api/audit?action=login&limit=5',
      headers: as(admin),
    });
    expect(read.statusCode).toBe(200);
    const entries = read.json().entries as Array<{ action: string }>;
    expect(entries.every((e) => e.action === 'login')).toBe(true);
    const [row] = await listAudit(server.store.db, { action: 'audit_read' });
    expect(row).toMatchObject({
      username: 'admin',
      ip: '127.0.0.1',
      detail: { filter: { action: 'login', limit: 5 }, entries: entries.length },
    });
  });
});
