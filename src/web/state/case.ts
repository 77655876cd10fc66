// The case being assessed lives here, in the browser. The assessment is computed from it here (the
// domain code is bundled), so nothing leaves the device unless the user saves it. The Assess page
// shows it in two steps (state/results.ts); the full `assessment` is computed only when a view
// reads it (Compare, the printed report).
import { computed, effect, signal } from '@preact/signals';
import { consistencyProblems } from '../../facts/consistency.js';
import type { CaseFacts } from '../../facts/schema.js';
import { assess } from '../../law/assess.js';
import { setPath } from '../facts/edit.js';

export const emptyCase = (): CaseFacts => ({ schemaVersion: 1 });

/** The saved record this case came from (for saving over it), or null for an unsaved case. */
export type SavedRef = { id: string; version: number };

const DRAFT_KEY = 'continuum.draft';

function loadDraft(): { facts: CaseFacts; saved: SavedRef | null } {
  try {
    const text = sessionStorage.getItem(DRAFT_KEY);
    if (text) return JSON.parse(text);
  } catch {
    // No storage (private mode) or a broken draft: start empty.
  }
  return { facts: emptyCase(), saved: null };
}

const draft = loadDraft();
export const facts = signal<CaseFacts>(draft.facts);
export const saved = signal<SavedRef | null>(draft.saved);

export const assessment = computed(() => assess(facts.value));
export const contradictions = computed(() => consistencyProblems(facts.value));

// The draft survives a reload of this tab only (sessionStorage is cleared when the tab closes).
effect(() => {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ facts: facts.value, saved: saved.value }));
  } catch {
    // Storage full or unavailable: the draft simply is not kept.
  }
});

export function answer(path: string, value: unknown): void {
  facts.value = setPath(facts.value, path, value);
}

export function replaceCase(next: CaseFacts, ref: SavedRef | null = null): void {
  facts.value = next;
  saved.value = ref;
}
