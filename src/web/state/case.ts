// The case being assessed lives here, in the browser. The assessment is computed from it here (the
// domain code is bundled), so nothing leaves the device unless the user saves it. The Assess page
// shows it in two steps (state/results.ts); the full assessment is computed only when a view
// reads it (Compare, the printed report).
//
// How facts not recorded are read is chosen here too (`asFound`): the investigator's view (unknown
// stays unknown) or the facts as found (not recorded = not established, as a court decides). It is a
// way of reading the case, not a fact of it, so it is kept with the draft in this browser — the
// report then says what the Assess page showed — but not in the case's JSON or on the server.
//
// Nothing typed is lost silently: the case is kept as a draft in this browser's IndexedDB (it
// survives a reload and a closed tab, until a new case is started), the case knows whether it has
// changes not yet saved, replacing such a case asks first, and leaving the page warns.
import { computed, effect, signal } from '@preact/signals';
import { get, set } from 'idb-keyval';
import { consistencyProblems } from '../../facts/consistency.js';
import type { CaseFacts } from '../../facts/schema.js';
import { assess } from '../../law/assess-core.js';
import { compactAssessment } from '../../law/render/compact.js';
import { setPath } from '../facts/edit.js';
import { t } from '../i18n.js';
import { loadParticipation, participation } from './participation.js';

export const emptyCase = (): CaseFacts => ({ schemaVersion: 1 });
export const isEmpty = (value: CaseFacts) => Object.keys(value).every((key) => key === 'schemaVersion');

/** The saved record this case came from (for saving over it), or null for an unsaved case. */
export type SavedRef = { id: string; version: number };

type Draft = { facts: CaseFacts; saved: SavedRef | null; baseline: CaseFacts; asFound?: boolean };

export const facts = signal<CaseFacts>(emptyCase());
export const saved = signal<SavedRef | null>(null);
/** The facts as last opened, loaded, imported or saved. */
export const baseline = signal<CaseFacts>(emptyCase());

/** Decide on the facts as found (decision mode) instead of the investigator's view. */
export const asFound = signal(false);

/** JSON with sorted keys: two cases with the same facts compare equal whatever the order answered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The case differs from the version last opened, loaded or saved. */
export const dirty = computed(() => canonical(facts.value) !== canonical(baseline.value));

/**
 * The full assessment (every finding tree): Compare and the report's appendix read it. It reads the
 * participation lists once they have arrived (state/participation.ts).
 */
export const fullAssessment = computed(() =>
  assess(facts.value, { asFound: asFound.value, participation: participation.value }),
);

// Which treaties bind the case is read from the participation lists: fetched once it names a country.
effect(() => {
  if (facts.value.jurisdiction) void loadParticipation();
});
/** The assessment as the contract gives it (compact, schemaVersion 2), as the CLI and the API do. */
export const assessment = computed(() => compactAssessment(fullAssessment.value));
export const contradictions = computed(() => consistencyProblems(facts.value));

/**
 * Whether the latest change was one answer, the way of reading the facts switched (both mark the
 * verdicts they changed), or the whole case replaced.
 */
let latestChange: 'answer' | 'reading' | 'replace' = 'replace';
export const latestChangeKind = () => latestChange;

export function answer(path: string, value: unknown): void {
  latestChange = 'answer';
  facts.value = setPath(facts.value, path, value);
}

/** Switch between the investigator's view and the facts as found. */
export function readAsFound(value: boolean): void {
  if (value === asFound.peek()) return;
  latestChange = 'reading';
  asFound.value = value;
}

/** Replace the case (a new one, an example, an import, a saved case opened, or the case just saved). */
export function replaceCase(next: CaseFacts, ref: SavedRef | null = null): void {
  latestChange = 'replace';
  facts.value = next;
  saved.value = ref;
  baseline.value = next;
}

/** Whether the case being worked on may be replaced: asks when it has unsaved changes. */
export function confirmReplace(what: string): boolean {
  if (!dirty.peek() || isEmpty(facts.peek())) return true;
  return confirm(t('web.case.replace', { what }));
}

// The draft, in IndexedDB. `draftStored` says when the latest change has been written.
const DRAFT_KEY = 'continuum.draft';
export const draftStored = signal(true);
let restored = false;

/** Reads the draft kept by an earlier visit; the page is shown once it has (or after 1.5 s without). */
export async function restoreDraft(): Promise<void> {
  try {
    const draft = await Promise.race([
      get<Draft>(DRAFT_KEY),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1500)),
    ]);
    if (draft?.facts) {
      latestChange = 'replace';
      facts.value = draft.facts;
      saved.value = draft.saved ?? null;
      baseline.value = draft.baseline ?? emptyCase();
      asFound.value = draft.asFound === true;
    }
  } catch {
    // No IndexedDB (some private modes): the case is simply not kept.
  }
  restored = true;
  keepDraft();
}

let writing = false;
let again = false;
async function writeDraft(): Promise<void> {
  if (writing) {
    again = true;
    return;
  }
  writing = true;
  try {
    do {
      again = false;
      const draft: Draft = {
        facts: facts.peek(),
        saved: saved.peek(),
        baseline: baseline.peek(),
        asFound: asFound.peek(),
      };
      await set(DRAFT_KEY, draft);
    } while (again);
  } catch {
    // Storage full or unavailable: the draft is not kept, and the page still works.
  } finally {
    writing = false;
    draftStored.value = true;
  }
}

function keepDraft(): void {
  effect(() => {
    void facts.value;
    void saved.value;
    void baseline.value;
    void asFound.value;
    if (!restored) return;
    draftStored.value = false;
    void writeDraft();
  });
}

// Leaving the page with changes not saved asks first (the draft is kept either way).
if (typeof addEventListener === 'function') {
  addEventListener('beforeunload', (event) => {
    if (!dirty.peek()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
