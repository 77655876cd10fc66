// The participation lists (which states each treaty binds, since when, and the record each row was
// read from) are the largest data the law engine reads, and only a case that names a country needs
// them: they are a chunk of their own, not in the Assess page's first load (test/e2e/budget.test.ts),
// fetched the first time the case has a jurisdiction (state/case.ts), or when a page that shows
// every binding is opened. Until they have arrived `participation` is null and every treaty's binding
// reads as unknown — "not loaded yet" — never as "not bound" (law/binding/binding.ts).
import { signal } from '@preact/signals';
import type { ParticipationLists } from '../../law/participation/lookup.js';

/** Every participation list, once fetched; null until then. */
export const participation = signal<ParticipationLists | null>(null);

let fetching: Promise<void> | undefined;

/** Fetches the lists, once. A failed fetch (offline after an update) is tried again on the next call. */
export function loadParticipation(): Promise<void> {
  fetching ??= import('../../law/participation/index.js').then(
    (module) => {
      participation.value = module.participationLists;
    },
    () => {
      fetching = undefined;
    },
  );
  return fetching;
}
