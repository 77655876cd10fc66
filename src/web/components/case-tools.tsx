// The toolbar above the form: new case, load an example, import and export JSON, print, save —
// and whether the case has changes not yet saved. Replacing a case with unsaved changes asks first.
import { useSignal } from '@preact/signals';
import type { Problem } from '../../facts/problems.js';
import { allQuestionPaths } from '../../facts/questions.js';
import type { CaseFacts } from '../../facts/schema.js';
import { api } from '../api.js';
import { examples } from '../examples.js';
import { questionText } from '../facts/labels.js';
import { lang, t, tr } from '../i18n.js';
import {
  confirmReplace,
  dirty,
  draftStored,
  emptyCase,
  facts,
  isEmpty,
  replaceCase,
  saved,
} from '../state/case.js';
import { go } from '../state/route.js';
import { can, user } from '../state/session.js';

const knownPaths = new Set(allQuestionPaths());

/** An example's name in the app's language (its file name in words where it has none). */
const exampleLabel = (example: { name: string; label: string }): string =>
  tr.value.dynamic(`web.example.${example.name}`, undefined, example.label);

/** Where a problem is, in words: the question it concerns, else its place in the file. */
export function problemPlace(path: string): string {
  if (path === '') return t('web.tools.wholeCase');
  if (knownPaths.has(path)) return questionText(path);
  return t('web.tools.inFile', { where: path.split('.').join(' › ') });
}

export function download(name: string, body: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ProblemList({ problems, title }: { problems: Problem[]; title: string }) {
  return (
    <div class="problems" role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}-${p.code}`}>
            <span class="problem-place">{problemPlace(p.path)}</span>: {p.message}
            {p.expected
              ? ` ${p.found ? t('common.cli.expectedFound', { expected: p.expected, found: p.found }) : t('common.cli.expected', { expected: p.expected })}`
              : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

type SavedCase = { case: { id: string; version: number; facts: CaseFacts } };

/** Whether the case has changes not yet saved (or opened, loaded, imported), always in words. */
function SaveState() {
  const changed = dirty.value && !isEmpty(facts.value);
  return (
    <p class={changed ? 'save-state unsaved' : 'save-state'} data-unsaved={changed ? 'true' : 'false'}>
      {changed ? (
        <>
          <strong>{t('web.tools.unsaved')}</strong> —{' '}
          {draftStored.value ? t('web.tools.unsavedHint') : t('web.tools.draftSaving')}
        </>
      ) : (
        t('web.tools.allSaved')
      )}
    </p>
  );
}

export function CaseTools() {
  const status = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const busy = useSignal(false);

  const startOver = () => {
    if (!confirmReplace(t('web.tools.newCaseWhat'))) return;
    replaceCase(emptyCase());
    problems.value = null;
    status.value = t('web.tools.started');
  };

  const loadExample = async (name: string) => {
    const example = examples.find((e) => e.name === name);
    if (!example || !confirmReplace(t('web.tools.exampleWhat', { label: exampleLabel(example) }))) return;
    const { validateFacts } = await import('../../facts/validate.js');
    const checked = validateFacts(await example.load(), { lang: lang.value });
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = t('web.tools.loaded', { label: exampleLabel(example) });
    } else {
      problems.value = checked.problems;
    }
  };

  const importFile = async (file: File) => {
    if (!confirmReplace(t('web.tools.importWhat', { name: file.name }))) return;
    const { parseFacts } = await import('../../facts/validate.js');
    const checked = parseFacts(await file.text(), { lang: lang.value });
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = t('web.tools.imported', { name: file.name });
    } else {
      problems.value = checked.problems;
      status.value = t('web.tools.notImported', { name: file.name });
    }
  };

  const exportFile = () => {
    const name = `${saved.value?.id ?? facts.value.id ?? 'case'}.json`;
    download(name, `${JSON.stringify(facts.value, null, 2)}\n`);
    status.value = t('web.tools.exported', { name });
  };

  const save = async () => {
    busy.value = true;
    const ref = saved.value;
    const sent = facts.value;
    const result = ref
      ? await api<SavedCase>('PUT', `/api/cases/${encodeURIComponent(ref.id)}`, sent, {
          'if-match': `"${ref.version}"`,
        })
      : await api<SavedCase>('POST', '/api/cases', sent);
    busy.value = false;
    if (result.ok) {
      const { id, version } = result.data.case;
      // What was sent is now saved; answers given while it was on its way stay unsaved.
      const current = facts.value;
      replaceCase(sent, { id, version });
      facts.value = current;
      problems.value = null;
      status.value = t('web.tools.savedAs', { id, version });
    } else {
      problems.value = result.error.problems ?? null;
      status.value = t('web.tools.notSaved', { message: result.error.message });
    }
  };

  return (
    <div class="case-tools">
      <div class="toolbar" role="toolbar" aria-label={t('web.tools.toolbar')}>
        <button type="button" onClick={startOver}>
          {t('web.tools.newCase')}
        </button>
        <label class="select-label">
          <span>{t('web.tools.loadExample')}</span>
          <select
            value=""
            onChange={(event) => {
              const name = event.currentTarget.value;
              event.currentTarget.value = '';
              if (name) void loadExample(name);
            }}
          >
            <option value="">{t('web.tools.choose')}</option>
            {examples.map((e) => (
              <option key={e.name} value={e.name}>
                {exampleLabel(e)}
              </option>
            ))}
          </select>
        </label>
        <label class="button file-button">
          {t('web.tools.importJson')}
          <input
            type="file"
            accept=".json,application/json,.yaml,.yml"
            class="sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" onClick={exportFile}>
          {t('web.tools.exportJson')}
        </button>
        <button type="button" onClick={() => go('report')}>
          {t('web.page.report')}
        </button>
        {can('caseworker') ? (
          <button type="button" class="primary" disabled={busy.value} onClick={save}>
            {saved.value ? t('web.tools.saveChanges') : t('web.tools.saveNew')}
          </button>
        ) : (
          <a class="button" href={user.value ? '#/account' : '#/account?return=assess'}>
            {user.value ? t('web.tools.needsRole') : t('web.tools.logInToSave')}
          </a>
        )}
      </div>
      <SaveState />
      <p class="status" role="status">
        {status.value ??
          (saved.value ? t('web.tools.savedCase', { id: saved.value.id, version: saved.value.version }) : '')}
      </p>
      {problems.value ? <ProblemList problems={problems.value} title={t('web.tools.problems')} /> : null}
    </div>
  );
}
