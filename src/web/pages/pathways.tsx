// Pathways: what each protection regime in force on the day of identification would do for this
// person — cooperating with the police and not — as a timeline and in words. Loaded on first use.
import { computed, signal } from '@preact/signals';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { PathwayResult } from '../../pathways/types.js';
import { focusQuestion } from '../components/focus.js';
import { Verdict } from '../components/verdict.js';
import { valueLabel } from '../facts/labels.js';
import { facts } from '../state/case.js';

type Model = typeof import('./pathways-model.js');
const model = signal<Model | null>(null);
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  void import('./pathways-model.js').then((module) => {
    model.value = module;
  });
}

/** Day 0, as `continuum pathways` takes it: identification, else the end or the start of the events. */
const startDate = computed(() => dayZeroOf(facts.value) ?? null);

const results = computed<PathwayResult[] | null>(() => {
  const m = model.value;
  const start = startDate.value;
  if (!m || !start) return null;
  return m.regimesOn(start).map((regime) => m.evaluatePathway(regime, facts.value, start));
});

function Branch({ label, branch }: { label: string; branch: PathwayResult['branches']['cooperating'] }) {
  return (
    <li>
      <strong>{label}:</strong> {branch.stages.map((s) => s.name).join(' → ') || 'no stage'} —{' '}
      {valueLabel(branch.endState)}
      {branch.endDay !== null ? ` by day ${branch.endDay}` : ''}
    </li>
  );
}

export function PathwaysPage() {
  load();
  const m = model.value;
  if (!m) return <p>Loading the protection regimes…</p>;
  const start = startDate.value;
  if (!start) {
    return (
      <div class="pathways">
        <h1>Protection pathways</h1>
        <p>
          The pathways start on the day the person is identified.{' '}
          <button type="button" class="link" onClick={() => focusQuestion('events.identifiedOn')}>
            Give that date
          </button>{' '}
          (or when the events ended or began) on the Assess page.
        </p>
      </div>
    );
  }
  const list = results.value ?? [];
  return (
    <div class="pathways">
      <h1>Protection pathways</h1>
      <p class="lede">
        What each regime in force on {start} would do for this person from the day of identification, if they
        cooperate with the police and if they do not. Computed in this browser.
      </p>
      {list.length === 0 ? <p>No regime known to Continuum was in force on {start}.</p> : null}
      {list.length > 0 ? (
        <div class="svg" role="img" aria-label="Timelines of each regime; the same is said in words below">
          <div dangerouslySetInnerHTML={{ __html: m.renderSvg(list, facts.value.title ?? 'This case') }} />
        </div>
      ) : null}
      {list.map((r) => (
        <section key={r.regime.id} class="panel" aria-labelledby={`regime-${r.regime.id}`}>
          <h2 id={`regime-${r.regime.id}`}>{r.regime.title}</h2>
          <p>
            Falls within it: <Verdict value={r.eligibility.value} small /> {r.eligibility.basis}
          </p>
          <ul>
            <Branch label="Cooperating" branch={r.branches.cooperating} />
            <Branch label="Not cooperating" branch={r.branches.notCooperating} />
          </ul>
          {r.notes.map((note) => (
            <p key={note} class="note">
              {note}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
