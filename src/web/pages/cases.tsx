// Saved cases: the list, searchable by title or reference, filtered by a verdict, sorted; open one
// into the form (asking first if the case being worked on has unsaved changes); delete (admins).
import { useSignal, useSignalEffect } from '@preact/signals';
import type { CaseFacts } from '../../facts/schema.js';
import { instruments } from '../../law/instruments/index.js';
import { api } from '../api.js';
import { LoginForm } from '../components/login-form.js';
import { Verdict } from '../components/verdict.js';
import { instrumentShortName, verdictWords } from '../facts/labels.js';
import { dateTime, t } from '../i18n.js';
import { confirmReplace, replaceCase } from '../state/case.js';
import { go } from '../state/route.js';
import { can, user } from '../state/session.js';

const sorts = ['newest', 'oldest', 'title'] as const;
const sortWords = (sort: (typeof sorts)[number]) =>
  sort === 'newest'
    ? t('web.cases.sorts.newest')
    : sort === 'oldest'
      ? t('web.cases.sorts.oldest')
      : t('web.cases.sorts.title');

type Summary = {
  id: string;
  title: string | null;
  verdicts: Record<string, string>;
  version: number;
  updatedAt: string;
};
type ListResponse = { total: number; cases: Summary[] };
type CaseResponse = { case: Summary & { facts: CaseFacts } };
type Sort = (typeof sorts)[number];

const nameOf = (c: Summary) => c.title ?? t('web.cases.untitled');
/** When a case was saved, as people write it in the app's language. */
const savedAt = (iso: string) => dateTime(iso);

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
    if (!confirmReplace(t('web.cases.openWhat', { name: nameOf(c) }))) return;
    const result = await api<CaseResponse>('GET', `/api/cases/${encodeURIComponent(c.id)}`);
    if (!result.ok) {
      message.value = result.error.message;
      return;
    }
    replaceCase(result.data.case.facts, { id: result.data.case.id, version: result.data.case.version });
    go('assess');
  };

  const remove = async (c: Summary) => {
    if (!confirm(t('web.cases.confirmDelete', { name: nameOf(c) }))) return;
    const result = await api('DELETE', `/api/cases/${encodeURIComponent(c.id)}`);
    message.value = result.ok ? t('web.cases.deleted', { name: nameOf(c) }) : result.error.message;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="cases">
        <h1>{t('web.cases.title')}</h1>
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
      <h1>{t('web.cases.title')}</h1>
      <p class="status" role="status">
        {message.value ??
          (list.value
            ? shown.length === list.value.total
              ? t('web.cases.count', { total: list.value.total })
              : t('web.cases.countShown', { shown: shown.length, total: list.value.total })
            : t('web.cases.loading'))}
      </p>
      {all.length > 0 ? (
        <form
          class="case-filters"
          aria-label={t('web.cases.find')}
          onSubmit={(event) => event.preventDefault()}
        >
          <div>
            <label for="cf-search">{t('web.cases.search')}</label>
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
            <label for="cf-instrument">{t('web.cases.instrument')}</label>
            <select
              id="cf-instrument"
              value={instrument.value}
              onChange={(event) => {
                instrument.value = event.currentTarget.value;
              }}
            >
              <option value="">{t('web.cases.anyInstrument')}</option>
              {instruments.map((i) => (
                <option key={i.id} value={i.id}>
                  {instrumentShortName(i.id, i.title)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cf-verdict">{t('web.cases.verdict')}</label>
            <select
              id="cf-verdict"
              value={verdict.value}
              onChange={(event) => {
                verdict.value = event.currentTarget.value;
              }}
            >
              <option value="">{t('web.cases.anyVerdict')}</option>
              {Object.entries(verdictWords).map(([value, words]) => (
                <option key={value} value={value}>
                  {words.toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cf-sort">{t('web.cases.sort')}</label>
            <select
              id="cf-sort"
              value={sort.value}
              onChange={(event) => {
                sort.value = event.currentTarget.value as Sort;
              }}
            >
              {sorts.map((value) => (
                <option key={value} value={value}>
                  {sortWords(value)}
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
              <th scope="col">{t('web.cases.case')}</th>
              <th scope="col">{t('web.cases.lastSaved')}</th>
              <th scope="col">{t('web.cases.verdicts')}</th>
              <th scope="col">
                <span class="sr-only">{t('web.cases.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>
                  {/* The case's own title stays as written ("Untitled" is ours). */}
                  <strong translate={c.title ? false : undefined}>{nameOf(c)}</strong>
                  <br />
                  <span class="note">{t('web.cases.reference', { id: c.id, version: c.version })}</span>
                </td>
                <td>{savedAt(c.updatedAt)}</td>
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
                    {t('web.cases.open')}
                    <span class="sr-only" translate={c.title ? false : undefined}>
                      {' '}
                      {nameOf(c)}
                    </span>
                  </button>
                  {can('admin') ? (
                    <button type="button" class="danger" onClick={() => remove(c)}>
                      {t('web.cases.delete')}
                      <span class="sr-only" translate={c.title ? false : undefined}>
                        {' '}
                        {nameOf(c)}
                      </span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.value && all.length > 0 ? (
        <p>{t('web.cases.noMatch')}</p>
      ) : list.value ? (
        <p>
          {t('web.cases.none.before')}
          <a href="#/assess">{t('web.cases.none.assess')}</a>
          {t('web.cases.none.after')}
        </p>
      ) : null}
    </div>
  );
}
