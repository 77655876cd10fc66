// The account: who is logged in, change password, log out; for admins, accounts and the audit log.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { ProblemList } from '../components/case-tools.js';
import { LoginForm } from '../components/login-form.js';
import { TableBox } from '../components/table-box.js';
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

/** The audit log's actions, in words. */
const actionWords: Record<string, string> = {
  list: 'listed cases',
  read: 'read',
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  export: 'exported',
  login: 'logged in',
  login_failed: 'failed to log in',
  logout: 'logged out',
  password_change: 'changed the password of',
  user_create: 'created the account',
  role_change: 'changed the role of',
  user_disable: 'disabled the account',
  user_enable: 'enabled the account',
  sessions_revoke: 'ended the sessions of',
  audit_read: 'read the audit log',
};

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
        message.value = result.ok
          ? 'Password changed. Your other sessions have ended.'
          : result.error.message;
        if (result.ok) form.reset();
      }}
    >
      <h2 id="password-heading">Change your password</h2>
      <label for="pw-current">Current password</label>
      <input id="pw-current" name="current" type="password" autoComplete="current-password" required />
      <label for="pw-new">New password (at least 12 characters)</label>
      <input id="pw-new" name="new" type="password" autoComplete="new-password" minLength={12} required />
      <button type="submit">Change password</button>
      <p role="status">{message.value}</p>
      {problems.value ? <ProblemList problems={problems.value} title="Not changed:" /> : null}
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
    message.value = result.ok ? `Account ${u.username} updated.` : result.error.message;
    await refresh();
  };
  const nameOf = (id: number | null) => users.value.find((u) => u.id === id)?.username ?? '';
  return (
    <>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Accounts</h2>
        <ul class="accounts">
          {users.value.map((u) => (
            <li key={u.id}>
              <span>
                {u.username}
                {u.disabled ? ' (disabled)' : ''}
              </span>{' '}
              <label>
                Role{' '}
                <select
                  value={u.role}
                  aria-label={`Role of ${u.username}`}
                  onChange={(event) => change(u, 'PATCH', { role: event.currentTarget.value })}
                >
                  <option value="viewer">viewer</option>
                  <option value="caseworker">caseworker</option>
                  <option value="admin">admin</option>
                </select>
              </label>{' '}
              <button type="button" onClick={() => change(u, 'PATCH', { disabled: !u.disabled })}>
                {u.disabled ? 'Enable' : 'Disable'}
              </button>{' '}
              <button type="button" onClick={() => change(u, 'DELETE')}>
                End sessions
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
            message.value = result.ok ? 'Account created.' : result.error.message;
            if (result.ok) {
              form.reset();
              await refresh();
            }
          }}
        >
          <h3>New account</h3>
          <label for="nu-name">Username</label>
          <input id="nu-name" name="username" required pattern="[a-z0-9._\-]{2,50}" autoComplete="off" />
          <label for="nu-password">Password (at least 12 characters)</label>
          <input
            id="nu-password"
            name="password"
            type="password"
            minLength={12}
            required
            autoComplete="new-password"
          />
          <label for="nu-role">Role</label>
          <select id="nu-role" name="role">
            <option value="viewer">viewer — reads saved cases</option>
            <option value="caseworker">caseworker — also saves cases</option>
            <option value="admin">admin — also deletes cases, manages accounts, reads the audit log</option>
          </select>
          <button type="submit">Create account</button>
          <p role="status">{message.value}</p>
          {problems.value ? <ProblemList problems={problems.value} title="Not created:" /> : null}
        </form>
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">Audit log (latest 100)</h2>
        <TableBox label="Audit log">
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Case, dataset or account</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {audit.value.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{e.username}</td>
                  <td>{actionWords[e.action] ?? e.action.replace(/[._]/g, ' ')}</td>
                  <td>
                    {e.caseId || e.datasetId ? (
                      <code>{e.caseId ?? e.datasetId}</code>
                    ) : (
                      nameOf(e.subjectUserId) || '—'
                    )}
                  </td>
                  <td>{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      </section>
    </>
  );
}

export function AccountPage() {
  if (!user.value) {
    return (
      <div class="account">
        <h1>Account</h1>
        <LoginForm />
      </div>
    );
  }
  return (
    <div class="account">
      <h1>Account</h1>
      <p>
        Logged in as <strong>{user.value.username}</strong> ({user.value.role}).{' '}
        <button type="button" onClick={() => logOut()}>
          Log out
        </button>
      </p>
      <ChangePassword />
      {can('admin') ? <Admin /> : null}
    </div>
  );
}
