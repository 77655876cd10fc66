// Pathways: what each protection regime in force on the day of identification would do for this
// person — cooperating with the police and not — as a timeline and in words. Loaded on first use.
import { computed, signal } from '@preact/signals';
import { countryName } from '../../facts/country-codes.js';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { PathwayResult } from '../../pathways/types.js';
import { focusQuestion } from '../components/focus.js';
import { Verdict } from '../components/verdict.js';
import { valueLabel } from '../facts/labels.js';
import { facts } from '../state/case.js';

type Model = typeof import('./pathways-model.js');
const model = signal<Model | null>(null);
/** Show the regimes of other countries too (by default only those that reach the case's country). */
const showOthers = signal(false);
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

type Reached = { result: PathwayResult; reach: ReturnType<Model['regimeReach']> };

const results = computed<Reached[] | null>(() => {
  const m = model.value;
  const start = startDate.value;
  if (!m || !start) return null;
  const country = facts.value.jurisdiction ?? null;
  return m.regimesOn(start).map((regime) => ({
    result: m.evaluatePathway(regime, facts.value, start),
    reach: m.regimeReach(regime, country, start),
  }));
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
  const all = results.value ?? [];
  const country = facts.value.jurisdiction ?? null;
  // The regimes that reach the case's country (or may: unknown) first; the others on request.
  const reaching = all.filter((r) => r.reach.status !== 'does_not_apply');
  const others = all.filter((r) => r.reach.status === 'does_not_apply');
  const list = (showOthers.value ? [...reaching, ...others] : reaching).map((r) => r.result);
  const reachOf = new Map(all.map((r) => [r.result.regime.id, r.reach]));
  return (
    <div class="pathways">
      <h1>Protection pathways</h1>
      <p class="lede">
        What each regime in force on {start} would do for this person from the day of identification, if they
        cooperate with the police and if they do not. Computed in this browser.
      </p>
      {country === null ? (
        <p class="note">No country is given for the case: every regime is shown.</p>
      ) : (
        <p class="note">
          {reaching.length} of {all.length} regimes reach {countryName(country)}.{' '}
          {others.length > 0 ? (
            <button
              type="button"
              class="link"
              aria-pressed={showOthers.value}
              onClick={() => (showOthers.value = !showOthers.value)}
            >
              {showOthers.value ? 'Show only those' : `Show the other ${others.length} as well`}
            </button>
          ) : null}
        </p>
      )}
      {all.length === 0 ? <p>No regime known to Continuum was in force on {start}.</p> : null}
      {list.length > 0 ? (
        <div class="svg" role="img" aria-label="Timelines of each regime; the same is said in words below">
          <div dangerouslySetInnerHTML={{ __html: m.renderSvg(list, facts.value.title ?? 'This case') }} />
        </div>
      ) : null}
      {list.map((r) => (
        <section key={r.regime.id} class="panel" aria-labelledby={`regime-${r.regime.id}`}>
          <h2 id={`regime-${r.regime.id}`}>{r.regime.title}</h2>
          {reachOf.get(r.regime.id)?.status === 'does_not_apply' ? (
            <p class="note">Does not reach this case’s country: {reachOf.get(r.regime.id)?.reason}</p>
          ) : null}
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
