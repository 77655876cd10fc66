// Saved cases: the list, searchable by title or reference, filtered by a verdict, sorted; open one
// into the form (asking first if the case being worked on has unsaved changes); delete (admins).
import { useSignal, useSignalEffect } from '@preact/signals';
import type { CaseFacts } from '../../facts/schema.js';
import { instruments } from '../../law/instruments/index.js';
import { api } from '../api.js';
import { LoginForm } from '../components/login-form.js';
import { Verdict } from '../components/verdict.js';
import { instrumentShortName, verdictWords } from '../facts/labels.js';
import { confirmReplace, replaceCase } from '../state/case.js';
import { go } from '../state/route.js';
import { can, user } from '../state/session.js';

const text = {
  title: 'Saved cases',
  count: (shown: number, total: number) =>
    shown === total
      ? `${total} saved case${total === 1 ? '' : 's'}.`
      : `${shown} of ${total} saved case${total === 1 ? '' : 's'} shown.`,
  loading: 'Loading…',
  find: 'Find saved cases',
  search: 'Search by title or reference',
  instrument: 'Verdict under',
  anyInstrument: 'any instrument',
  verdict: 'is',
  anyVerdict: 'any verdict',
  sort: 'Sort by',
  sorts: { newest: 'last saved, newest first', oldest: 'last saved, oldest first', title: 'title, A to Z' },
  case: 'Case',
  lastSaved: 'Last saved',
  verdicts: 'Verdicts',
  actions: 'Actions',
  untitled: 'Untitled',
  reference: (id: string, version: number) => `reference ${id} · version ${version}`,
  open: 'Open',
  delete: 'Delete',
  confirmDelete: (name: string) => `Delete the case “${name}”? The audit log keeps a record that it existed.`,
  deleted: (name: string) => `Deleted “${name}”.`,
  openWhat: (name: string) => `the saved case “${name}”`,
  none: ['No saved cases yet. Fill in the ', 'Assess', ' form and choose “Save case”.'],
  noMatch: 'No saved case matches.',
};

type Summary = {
  id: string;
  title: string | null;
  verdicts: Record<string, string>;
  version: number;
  updatedAt: string;
};
type ListResponse = { total: number; cases: Summary[] };
type CaseResponse = { case: Summary & { facts: CaseFacts } };
type Sort = keyof typeof text.sorts;

const nameOf = (c: Summary) => c.title ?? text.untitled;

export function CasesPage() {
  const list = useSignal<ListResponse | null>(null);
  const message = useSignal<string | null>(null);
  const search = useSignal('');
  const instrument = useSignal('');
  const verdict = useSignal('');
  const sort = useSignal<Sort>('newest');

  const refresh = async () => {
    const result = await api<ListResponse>('GET', '/api/cases?limit=200');
    if (result.ok) list.value = result.data;
    else message.value = result.error.message;
  };

  useSignalEffect(() => {
    if (user.value) void refresh();
    else list.value = null;
  });

  const open = async (c: Summary) => {
    if (!confirmReplace(text.openWhat(nameOf(c)))) return;
    const result = await api<CaseResponse>('GET', `/api/cases/${encodeURIComponent(c.id)}`);
    if (!result.ok) {
      message.value = result.error.message;
      return;
    }
    replaceCase(result.data.case.facts, { id: result.data.case.id, version: result.data.case.version });
    go('assess');
  };

  const remove = async (c: Summary) => {
    if (!confirm(text.confirmDelete(nameOf(c)))) return;
    const result = await api('DELETE', `/api/cases/${encodeURIComponent(c.id)}`);
    message.value = result.ok ? text.deleted(nameOf(c)) : result.error.message;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="cases">
        <h1>{text.title}</h1>
        <LoginForm />
      </div>
    );
  }
  const all = list.value?.cases ?? [];
  const needle = search.value.trim().toLowerCase();
  const shown = all
    .filter((c) => !needle || nameOf(c).toLowerCase().includes(needle) || c.id.toLowerCase().includes(needle))
    .filter((c) => {
      if (!verdict.value) return true;
      const ids = instrument.value ? [instrument.value] : Object.keys(c.verdicts);
      return ids.some((id) => c.verdicts[id] === verdict.value);
    })
    .sort((a, b) =>
      sort.value === 'title'
        ? nameOf(a).localeCompare(nameOf(b))
        : sort.value === 'oldest'
          ? a.updatedAt.localeCompare(b.updatedAt)
          : b.updatedAt.localeCompare(a.updatedAt),
    );
  return (
    <div class="cases">
      <h1>{text.title}</h1>
      <p class="status" role="status">
        {message.value ?? (list.value ? text.count(shown.length, list.value.total) : text.loading)}
      </p>
      {all.length > 0 ? (
        <form class="case-filters" aria-label={text.find} onSubmit={(event) => event.preventDefault()}>
          <div>
            <label for="cf-search">{text.search}</label>
            <input
              id="cf-search"
              type="search"
              value={search.value}
              onInput={(event) => {
                search.value = event.currentTarget.value;
              }}
            />
          </div>
          <div>
            <label for="cf-instrument">{text.instrument}</label>
            <select
              id="cf-instrument"
              value={instrument.value}
              onChange={(event) => {
                instrument.value = event.currentTarget.value;
              }}
            >
              <option value="">{text.anyInstrument}</option>
              {instruments.map((i) => (
                <option key={i.id} value={i.id}>
                  {instrumentShortName(i.id, i.title)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cf-verdict">{text.verdict}</label>
            <select
              id="cf-verdict"
              value={verdict.value}
              onChange={(event) => {
                verdict.value = event.currentTarget.value;
              }}
            >
              <option value="">{text.anyVerdict}</option>
              {Object.entries(verdictWords).map(([value, words]) => (
                <option key={value} value={value}>
                  {words.toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cf-sort">{text.sort}</label>
            <select
              id="cf-sort"
              value={sort.value}
              onChange={(event) => {
                sort.value = event.currentTarget.value as Sort;
              }}
            >
              {Object.entries(text.sorts).map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </select>
          </div>
        </form>
      ) : null}
      {shown.length > 0 ? (
        <table class="case-list">
          <thead>
            <tr>
              <th scope="col">{text.case}</th>
              <th scope="col">{text.lastSaved}</th>
              <th scope="col">{text.verdicts}</th>
              <th scope="col">
                <span class="sr-only">{text.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{nameOf(c)}</strong>
                  <br />
                  <span class="note">{text.reference(c.id, c.version)}</span>
                </td>
                <td>{new Date(c.updatedAt).toLocaleString()}</td>
                <td>
                  <ul class="chips">
                    {Object.entries(c.verdicts).map(([id, v]) => {
                      const title = instruments.find((i) => i.id === id)?.title ?? id;
                      return (
                        <li key={id}>
                          <span class="chip-id">{instrumentShortName(id, title)}</span>{' '}
                          <Verdict value={v} small />
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td class="actions">
                  <button type="button" onClick={() => open(c)}>
                    {text.open}
                    <span class="sr-only"> {nameOf(c)}</span>
                  </button>
                  {can('admin') ? (
                    <button type="button" class="danger" onClick={() => remove(c)}>
                      {text.delete}
                      <span class="sr-only"> {nameOf(c)}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.value && all.length > 0 ? (
        <p>{text.noMatch}</p>
      ) : list.value ? (
        <p>
          {text.none[0]}
          <a href="#/assess">{text.none[1]}</a>
          {text.none[2]}
        </p>
      ) : null}
    </div>
  );
}
