// The toolbar above the form: new case, load an example, import and export JSON, print, save.
import { useSignal } from '@preact/signals';
import type { Problem } from '../../facts/problems.js';
import type { CaseFacts } from '../../facts/schema.js';
import { api } from '../api.js';
import { examples } from '../examples.js';
import { emptyCase, facts, replaceCase, saved } from '../state/case.js';
import { go } from '../state/route.js';
import { can, user } from '../state/session.js';

type SavedCase = { case: { id: string; version: number; facts: CaseFacts } };

export const isEmpty = (value: CaseFacts) => Object.keys(value).every((key) => key === 'schemaVersion');

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
            <code>{p.path || '(whole case)'}</code>: {p.message}
            {p.expected ? ` (expected ${p.expected}${p.found ? `; found ${p.found}` : ''})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CaseTools() {
  const status = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const busy = useSignal(false);

  const startOver = () => {
    if (!isEmpty(facts.value) && !confirm('Start a new, empty case? Unsaved answers will be lost.')) return;
    replaceCase(emptyCase());
    problems.value = null;
    status.value = 'New case.';
  };

  const loadExample = async (name: string) => {
    const example = examples.find((e) => e.name === name);
    if (!example) return;
    const { validateFacts } = await import('../../facts/validate.js');
    const checked = validateFacts(await example.load());
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = `Loaded the example “${example.label}”.`;
    } else {
      problems.value = checked.problems;
    }
  };

  const importFile = async (file: File) => {
    const { parseFacts } = await import('../../facts/validate.js');
    const checked = parseFacts(await file.text());
    if (checked.ok) {
      replaceCase(checked.facts);
      problems.value = null;
      status.value = `Imported ${file.name}.`;
    } else {
      problems.value = checked.problems;
      status.value = `${file.name} was not imported.`;
    }
  };

  const exportFile = () => {
    const name = `${saved.value?.id ?? facts.value.id ?? 'case'}.json`;
    download(name, `${JSON.stringify(facts.value, null, 2)}\n`);
    status.value = `Exported ${name}.`;
  };

  const save = async () => {
    busy.value = true;
    const ref = saved.value;
    const result = ref
      ? await api<SavedCase>('PUT', `/api/cases/${encodeURIComponent(ref.id)}`, facts.value, {
          'if-match': `"${ref.version}"`,
        })
      : await api<SavedCase>('POST', '/api/cases', facts.value);
    busy.value = false;
    if (result.ok) {
      saved.value = { id: result.data.case.id, version: result.data.case.version };
      problems.value = null;
      status.value = `Saved as ${result.data.case.id} (version ${result.data.case.version}).`;
    } else {
      problems.value = result.error.problems ?? null;
      status.value = `Not saved: ${result.error.message}.`;
    }
  };

  return (
    <div class="case-tools">
      <div class="toolbar" role="toolbar" aria-label="Case">
        <button type="button" onClick={startOver}>
          New case
        </button>
        <label class="select-label">
          <span>Load an example</span>
          <select
            value=""
            onChange={(event) => {
              const name = event.currentTarget.value;
              event.currentTarget.value = '';
              if (name) void loadExample(name);
            }}
          >
            <option value="">Choose…</option>
            {examples.map((e) => (
              <option key={e.name} value={e.name}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label class="button file-button">
          Import JSON
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
          Export JSON
        </button>
        <button type="button" onClick={() => go('report')}>
          Printable report
        </button>
        {can('caseworker') ? (
          <button type="button" class="primary" disabled={busy.value} onClick={save}>
            {saved.value ? 'Save changes' : 'Save case'}
          </button>
        ) : (
          <a class="button" href="#/cases">
            {user.value ? 'Saving needs the caseworker role' : 'Log in to save'}
          </a>
        )}
      </div>
      <p class="status" role="status">
        {status.value ?? (saved.value ? `Saved case ${saved.value.id}, version ${saved.value.version}.` : '')}
      </p>
      {problems.value ? <ProblemList problems={problems.value} title="The case has problems:" /> : null}
    </div>
  );
}
