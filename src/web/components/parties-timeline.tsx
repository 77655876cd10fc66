// How many states an instrument bound over time, as a small picture drawn in this browser with
// Observable Plot (the same chart `continuum parties --svg` writes). Loaded on first use.
import { signal } from '@preact/signals';

type Model = typeof import('../pages/parties-model.js');
const model = signal<Model | null>(null);
const chosen = signal('un-trafficking-protocol');
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  void import('../pages/parties-model.js').then((module) => {
    model.value = module;
  });
}

export function PartiesTimeline() {
  load();
  const m = model.value;
  if (!m) return <p>Loading the ratification timeline…</p>;
  const list = m.findParticipationList(chosen.value) ?? m.participationLists[0];
  const through = m.recordedThrough(list);
  // The chart is one image, labelled on its box: the names Plot gives its groups (aria-label on a
  // <g>, which has no role to carry one) are dropped, as axe-core requires.
  const svg = m.timelineSvg(list, through, document).replace(/(<g\b[^>]*?) aria-label="[^"]*"/g, '$1');
  const parties = list.rows.length;
  return (
    <section class="panel" aria-labelledby="parties-timeline">
      <h2 id="parties-timeline">States bound over time</h2>
      <label>
        Instrument{' '}
        <select
          value={list.id}
          onChange={(event) => (chosen.value = (event.target as HTMLSelectElement).value)}
        >
          {m.participationLists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.short}
            </option>
          ))}
        </select>
      </label>
      <div
        class="svg"
        role="img"
        aria-label={`${list.short}: the number of states bound, from its entry into force`}
      >
        <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
      <p class="note">
        {parties} states recorded. Source: {list.source.name}.{' '}
        {list.checkedThrough
          ? `Checked against it up to ${m.humanDate(list.checkedThrough)}.`
          : 'Not checked against the depositary’s own record.'}
      </p>
    </section>
  );
}
