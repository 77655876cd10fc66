// Saved cases: the list (newest first), open one into the form, delete (admins).
import { useSignal, useSignalEffect } from '@preact/signals';
import type { CaseFacts } from '../../facts/schema.js';
import { api } from '../api.js';
import { LoginForm } from '../components/login-form.js';
import { Verdict } from '../components/verdict.js';
import { replaceCase } from '../state/case.js';
import { go } from '../state/route.js';
import { can, user } from '../state/session.js';

type Summary = {
  id: string;
  title: string | null;
  verdicts: Record<string, string>;
  version: number;
  updatedAt: string;
};
type ListResponse = { total: number; cases: Summary[] };
type CaseResponse = { case: Summary & { facts: CaseFacts } };

export function CasesPage() {
  const list = useSignal<ListResponse | null>(null);
  const message = useSignal<string | null>(null);

  const refresh = async () => {
    const result = await api<ListResponse>('GET', '/api/cases?limit=200');
    if (result.ok) list.value = result.data;
    else message.value = result.error.message;
  };

  useSignalEffect(() => {
    if (user.value) void refresh();
    else list.value = null;
  });

  const open = async (id: string) => {
    const result = await api<CaseResponse>('GET', `/api/cases/${encodeURIComponent(id)}`);
    if (!result.ok) {
      message.value = result.error.message;
      return;
    }
    replaceCase(result.data.case.facts, { id: result.data.case.id, version: result.data.case.version });
    go('assess');
  };

  const remove = async (id: string) => {
    if (!confirm(`Delete case ${id}? The audit log keeps a record that it existed.`)) return;
    const result = await api('DELETE', `/api/cases/${encodeURIComponent(id)}`);
    message.value = result.ok ? `Deleted ${id}.` : result.error.message;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="cases">
        <h1>Saved cases</h1>
        <LoginForm />
      </div>
    );
  }
  return (
    <div class="cases">
      <h1>Saved cases</h1>
      <p class="status" role="status">
        {message.value ??
          (list.value ? `${list.value.total} saved case${list.value.total === 1 ? '' : 's'}.` : 'Loading…')}
      </p>
      {list.value && list.value.cases.length > 0 ? (
        <table class="case-list">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Last saved</th>
              <th scope="col">Verdicts</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.value.cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.title ?? 'Untitled'}</strong>
                  <br />
                  <code>{c.id}</code> · v{c.version}
                </td>
                <td>{new Date(c.updatedAt).toLocaleString()}</td>
                <td>
                  <ul class="chips">
                    {Object.entries(c.verdicts).map(([id, verdict]) => (
                      <li key={id} title={id}>
                        <span class="chip-id">{id}</span> <Verdict value={verdict} small />
                      </li>
                    ))}
                  </ul>
                </td>
                <td class="actions">
                  <button type="button" onClick={() => open(c.id)}>
                    Open<span class="sr-only"> {c.title ?? c.id}</span>
                  </button>
                  {can('admin') ? (
                    <button type="button" class="danger" onClick={() => remove(c.id)}>
                      Delete<span class="sr-only"> {c.title ?? c.id}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.value ? (
        <p>
          No saved cases yet. Fill in the <a href="#/assess">Assess</a> form and choose “Save case”.
        </p>
      ) : null}
    </div>
  );
}
