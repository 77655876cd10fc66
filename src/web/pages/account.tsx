// The account: who is logged in, change password, log out; for admins, accounts and the audit log.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { ProblemList } from '../components/case-tools.js';
import { LoginForm } from '../components/login-form.js';
import { Table } from '../components/table.js';
import { TableBox } from '../components/table-box.js';
import { dateTime, t, tr, tWith } from '../i18n.js';
import { can, logOut, type Role, user } from '../state/session.js';

type AuditEntry = {
  id: string;
  at: string;
  username: string | null;
  action: string;
  caseId: string | null;
  datasetId: string | null;
  subjectUserId: number | null;
  ip: string | null;
};
type UserEntry = { id: number; username: string; role: Role; createdAt: string; disabled: boolean };

/** The audit log's actions, in words (an action without words is shown as its code, spaced). */
const actionWords = (action: string) =>
  tr.value.dynamic(`web.account.action.${action}`, undefined, action.replace(/[._]/g, ' '));
/** A role in words. */
const roleWord = (role: string) => tr.value.dynamic(`web.account.role.${role}`, undefined, role);
/** When something happened, as people write it in the app's language. */
const when = (iso: string) => dateTime(iso, { dateStyle: 'medium', timeStyle: 'medium' });

function ChangePassword() {
  const message = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  return (
    <form
      class="stack"
      aria-labelledby="password-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const result = await api('POST', '/api/session/password', {
          currentPassword: String(data.get('current') ?? ''),
          newPassword: String(data.get('new') ?? ''),
        });
        problems.value = result.ok ? null : (result.error.problems ?? null);
        message.value = result.ok ? t('web.account.changed') : result.error.message;
        if (result.ok) form.reset();
      }}
    >
      <h2 id="password-heading">{t('web.account.changePassword')}</h2>
      <label for="pw-current">{t('web.account.currentPassword')}</label>
      <input id="pw-current" name="current" type="password" autoComplete="current-password" required />
      <label for="pw-new">{t('web.account.newPassword')}</label>
      <input id="pw-new" name="new" type="password" autoComplete="new-password" minLength={12} required />
      <button type="submit">{t('web.account.changeSubmit')}</button>
      <p role="status">{message.value}</p>
      {problems.value ? <ProblemList problems={problems.value} title={t('web.account.notChanged')} /> : null}
    </form>
  );
}

function Admin() {
  const users = useSignal<UserEntry[]>([]);
  const audit = useSignal<AuditEntry[]>([]);
  const message = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const refresh = async () => {
    const [u, a] = await Promise.all([
      api<{ users: UserEntry[] }>('GET', '/api/users'),
      api<{ entries: AuditEntry[] }>('GET', '/api/audit?limit=100'),
    ]);
    if (u.ok) users.value = u.data.users;
    if (a.ok) audit.value = a.data.entries;
  };
  useSignalEffect(() => {
    void refresh();
  });
  const change = async (u: UserEntry, method: 'PATCH' | 'DELETE', body?: object) => {
    const result = await api(
      method,
      method === 'PATCH' ? `/api/users/${u.id}` : `/api/users/${u.id}/sessions`,
      body,
    );
    problems.value = result.ok ? null : (result.error.problems ?? null);
    message.value = result.ok ? t('web.account.updated', { name: u.username }) : result.error.message;
    await refresh();
  };
  const nameOf = (id: number | null) => users.value.find((u) => u.id === id)?.username ?? '';
  return (
    <>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('web.account.accounts')}</h2>
        <ul class="accounts">
          {users.value.map((u) => (
            <li key={u.id}>
              <span>
                <span translate={false}>{u.username}</span>
                {u.disabled ? ` ${t('web.account.disabled')}` : ''}
              </span>{' '}
              <label>
                {t('web.account.role')}{' '}
                <select
                  value={u.role}
                  aria-label={t('web.account.roleOf', { name: u.username })}
                  onChange={(event) => change(u, 'PATCH', { role: event.currentTarget.value })}
                >
                  <option value="viewer">{roleWord('viewer')}</option>
                  <option value="caseworker">{roleWord('caseworker')}</option>
                  <option value="admin">{roleWord('admin')}</option>
                </select>
              </label>{' '}
              <button type="button" onClick={() => change(u, 'PATCH', { disabled: !u.disabled })}>
                {u.disabled ? t('web.account.enable') : t('web.account.disable')}
              </button>{' '}
              <button type="button" onClick={() => change(u, 'DELETE')}>
                {t('web.account.endSessions')}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const data = new FormData(form);
            const result = await api('POST', '/api/users', {
              username: String(data.get('username') ?? ''),
              password: String(data.get('password') ?? ''),
              role: String(data.get('role') ?? 'viewer'),
            });
            problems.value = result.ok ? null : (result.error.problems ?? null);
            message.value = result.ok ? t('web.account.created') : result.error.message;
            if (result.ok) {
              form.reset();
              await refresh();
            }
          }}
        >
          <h3>{t('web.account.newAccount')}</h3>
          <label for="nu-name">{t('web.account.username')}</label>
          <input id="nu-name" name="username" required pattern="[a-z0-9._\-]{2,50}" autoComplete="off" />
          <label for="nu-password">{t('web.account.password')}</label>
          <input
            id="nu-password"
            name="password"
            type="password"
            minLength={12}
            required
            autoComplete="new-password"
          />
          <label for="nu-role">{t('web.account.role')}</label>
          <select id="nu-role" name="role">
            <option value="viewer">{t('web.account.roleHint.viewer')}</option>
            <option value="caseworker">{t('web.account.roleHint.caseworker')}</option>
            <option value="admin">{t('web.account.roleHint.admin')}</option>
          </select>
          <button type="submit">{t('web.account.create')}</button>
          <p role="status">{message.value}</p>
          {problems.value ? (
            <ProblemList problems={problems.value} title={t('web.account.notCreated')} />
          ) : null}
        </form>
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('web.account.audit')}</h2>
        <TableBox label={t('web.account.auditLabel')}>
          <Table
            class="audit"
            columns={[
              t('web.account.when'),
              t('web.account.who'),
              t('web.account.what'),
              t('web.account.subject'),
              t('web.account.from'),
            ]}
          >
            {audit.value.map((e) => (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td translate={false}>{e.username}</td>
                <td>{actionWords(e.action)}</td>
                <td>
                  {e.caseId || e.datasetId ? (
                    <code translate={false}>{e.caseId ?? e.datasetId}</code>
                  ) : (
                    <span translate={false}>{nameOf(e.subjectUserId) || '—'}</span>
                  )}
                </td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </Table>
        </TableBox>
      </section>
    </>
  );
}

export function AccountPage() {
  if (!user.value) {
    return (
      <div class="account">
        <h1>{t('web.account.title')}</h1>
        <LoginForm />
      </div>
    );
  }
  return (
    <div class="account">
      <h1>{t('web.account.title')}</h1>
      <p>
        {tWith(
          'web.account.loggedIn',
          { name: <span translate={false}>{user.value.username}</span> },
          { role: roleWord(user.value.role) },
        )}{' '}
        <button type="button" onClick={() => logOut()}>
          {t('web.account.logOut')}
        </button>
      </p>
      <ChangePassword />
      {can('admin') ? <Admin /> : null}
    </div>
  );
}
