// The toolbar above the form: new case, load an example, import and export JSON, print, save —
// and whether the case has changes not yet saved. Replacing a case with unsaved changes asks first.
import { useSignal } from '@preact/signals';
import type { Problem } from '../../facts/problems.js';
import { allQuestionPaths } from '../../facts/questions.js';
import type { CaseFacts } from '../../facts/schema.js';
import { api } from '../api.js';
import { examples } from '../examples.js';
import { questionText } from '../facts/labels.js';
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

const text = {
  toolbar: 'Case',
  newCase: 'New case',
  newCaseWhat: 'a new, empty case',
  loadExample: 'Load an example',
  choose: 'Choose…',
  exampleWhat: (label: string) => `the example “${label}”`,
  importJson: 'Import JSON',
  importWhat: (name: string) => `the case in ${name}`,
  exportJson: 'Export JSON',
  report: 'Printable report',
  saveNew: 'Save case',
  saveChanges: 'Save changes',
  needsRole: 'Saving needs the caseworker role',
  logInToSave: 'Log in to save',
  started: 'New case.',
  loaded: (label: string) => `Loaded the example “${label}”.`,
  imported: (name: string) => `Imported ${name}.`,
  notImported: (name: string) => `${name} was not imported.`,
  exported: (name: string) => `Exported ${name}.`,
  savedAs: (id: string, version: number) => `Saved as ${id} (version ${version}).`,
  notSaved: (message: string) => `Not saved: ${message}.`,
  savedCase: (id: string, version: number) => `Saved case ${id}, version ${version}.`,
  problems: 'The case has problems:',
  unsaved: 'Unsaved changes',
  unsavedHint: 'kept as a draft in this browser',
  allSaved: 'No unsaved changes',
  draftSaving: 'keeping the draft…',
  wholeCase: 'the whole case',
  inFile: (where: string) => `in the file, at “${where}”`,
};

const knownPaths = new Set(allQuestionPaths());

/** Where a problem is, in words: the question it concerns, else its place in the file. */
export function problemPlace(path: string): string {
  if (path === '') return text.wholeCase;
  if (knownPaths.has(path)) return questionText(path);
  return text.inFile(path.split('.').join(' › '));
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
            {p.expected ? ` (expected ${p.expected}${p.found ? `; found ${p.found}` : ''})` : ''}
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
          <strong>{text.unsaved}</strong> — {draftStored.value ? text.unsavedHint : text.draftSaving}
        </>
      ) : (
        text.allSaved
      )}
    </p>
  );
}

export function CaseTools() {
  const status = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const busy = useSignal(false);

  const startOver = () => {
    if (!confirmReplace(text.newCaseWhat)) return;
    replaceCase(emptyCase());
    problems.value = null;
    status.value = text.started;
  };

  const loadExample = async (name: string) => {
    const example = examples.find((e) => e.name === name);
    if (!example || !confirmReplace(text.exampleWhat(example.label))) return;
    const { validateFacts } = await import('../../facts/validate.js');
    const checked = validateFacts(await example.load());
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = text.loaded(example.label);
    } else {
      problems.value = checked.problems;
    }
  };

  const importFile = async (file: File) => {
    if (!confirmReplace(text.importWhat(file.name))) return;
    const { parseFacts } = await import('../../facts/validate.js');
    const checked = parseFacts(await file.text());
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = text.imported(file.name);
    } else {
      problems.value = checked.problems;
      status.value = text.notImported(file.name);
    }
  };

  const exportFile = () => {
    const name = `${saved.value?.id ?? facts.value.id ?? 'case'}.json`;
    download(name, `${JSON.stringify(facts.value, null, 2)}\n`);
    status.value = text.exported(name);
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
      status.value = text.savedAs(id, version);
    } else {
      problems.value = result.error.problems ?? null;
      status.value = text.notSaved(result.error.message);
    }
  };

  return (
    <div class="case-tools">
      <div class="toolbar" role="toolbar" aria-label={text.toolbar}>
        <button type="button" onClick={startOver}>
          {text.newCase}
        </button>
        <label class="select-label">
          <span>{text.loadExample}</span>
          <select
            value=""
            onChange={(event) => {
              const name = event.currentTarget.value;
              event.currentTarget.value = '';
              if (name) void loadExample(name);
            }}
          >
            <option value="">{text.choose}</option>
            {examples.map((e) => (
              <option key={e.name} value={e.name}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label class="button file-button">
          {text.importJson}
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
          {text.exportJson}
        </button>
        <button type="button" onClick={() => go('report')}>
          {text.report}
        </button>
        {can('caseworker') ? (
          <button type="button" class="primary" disabled={busy.value} onClick={save}>
            {saved.value ? text.saveChanges : text.saveNew}
          </button>
        ) : (
          <a class="button" href={user.value ? '#/account' : '#/account?return=assess'}>
            {user.value ? text.needsRole : text.logInToSave}
          </a>
        )}
      </div>
      <SaveState />
      <p class="status" role="status">
        {status.value ?? (saved.value ? text.savedCase(saved.value.id, saved.value.version) : '')}
      </p>
      {problems.value ? <ProblemList problems={problems.value} title={text.problems} /> : null}
    </div>
  );
}
