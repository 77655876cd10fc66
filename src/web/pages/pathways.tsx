// Pathways: what each protection regime would do for this person from a day of identification —
// cooperating with the police and not — as a timeline and in words. The day is the case's
// identification date (else the end or start of the events) unless another is chosen, and one
// regime can be chosen instead of all those in force; the regime of the case's own country comes
// first, then those that reach it (src/pathways/territory.ts), the others on request with why they
// do not reach it. Loaded on first use.
import { computed, signal } from '@preact/signals';
import { countryName } from '../../facts/country-codes.js';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { Entitlement, PathwayResult } from '../../pathways/types.js';
import { Chart } from '../charts/chart.js';
import { focusQuestion } from '../components/focus.js';
import { Verdict } from '../components/verdict.js';
import { valueLabel } from '../facts/labels.js';
import { facts } from '../state/case.js';

const text = {
  title: 'Protection pathways',
  loading: 'Loading the protection regimes…',
  needDate: 'The pathways start on the day the person is identified.',
  giveDate: 'Give that date',
  needDateRest: '(or when the events ended or began) on the Assess page, or choose a day here.',
  lede: (date: string) =>
    `What each regime would do for this person from ${date}, the day of identification, if they cooperate with the police and if they do not. Computed in this browser.`,
  day: 'Day of identification',
  dayHint: 'From the case unless you choose another day.',
  fromCase: 'Use the case’s date',
  regime: 'Regime',
  allInForce: 'Every regime in force on that day',
  inForceNote: ' (in force)',
  notInForce: ' (not in force on that day)',
  none: (date: string) => `No regime known to Continuum was in force on ${date}.`,
  chart: (title: string) =>
    `Timeline of ${title}, cooperating and not: the same is said in words below the chart`,
  cooperatingRow: 'cooperating',
  notCooperatingRow: 'not cooperating',
  days: 'days from identification (square-root scale)',
  legend: 'What the person has',
  categories: {
    residence: 'residence',
    protection: 'no removal, and support',
    support: 'support only',
    nothing: 'waiting, nothing yet',
  },
  needsCooperation: 'dashed outline: needs cooperation with the police',
  open: 'open-ended',
  falls: 'Falls within it:',
  cooperating: 'Cooperating',
  notCooperating: 'Not cooperating',
  noStage: 'no stage',
  byDay: (day: number) => ` by day ${day}`,
  outOfForce: 'This regime was not in force on that day: shown as it would have applied.',
  noCountry: 'No country is given for the case: every regime is shown.',
  reaching: (n: number, all: number, country: string) => `${n} of ${all} regimes reach ${country}.`,
  onlyThose: 'Show only those',
  showOthers: (n: number) => `Show the other ${n} as well`,
  doesNotReach: (reason: string) => `Does not reach this case’s country: ${reason}`,
};

type Model = typeof import('./pathways-model.js');

type Category = keyof typeof text.categories;
const categoryColours: Record<Category, string> = {
  residence: '#1d4e89',
  protection: '#6ea8d8',
  support: '#f2c14e',
  nothing: '#c4c7cc',
};
/** What a stage gives, strongest first (as the command line's chart reads it). */
function category(entitlements: Entitlement[]): Category {
  if (entitlements.includes('residence')) return 'residence';
  if (entitlements.includes('no_removal')) return 'protection';
  return entitlements.length > 0 ? 'support' : 'nothing';
}

function Legend() {
  return (
    <ul class="timeline-legend">
      {(Object.keys(text.categories) as Category[]).map((c) => (
        <li key={c}>
          <span class="swatch" style={{ background: categoryColours[c] }} aria-hidden="true" />{' '}
          {text.categories[c]}
        </li>
      ))}
      <li>{text.needsCooperation}</li>
    </ul>
  );
}

/** One regime's two branches as bars over the days since identification, drawn with Plot. */
function Timeline({ result, maxDay }: { result: PathwayResult; maxDay: number }) {
  const rows = [
    [text.cooperatingRow, result.branches.cooperating],
    [text.notCooperatingRow, result.branches.notCooperating],
  ] as const;
  const stages = rows.flatMap(([row, branch]) =>
    branch.stages.map((stage) => ({
      row,
      start: stage.startDay,
      end: stage.endDay ?? maxDay,
      category: category(stage.entitlements),
      cooperation: stage.requiresCooperation,
      title: `${stage.name}: day ${stage.startDay} to ${stage.endDay ?? text.open}`,
    })),
  );
  const ends = rows.map(([row, branch]) => ({
    row,
    day: branch.endDay ?? maxDay,
    label: `→ ${valueLabel(branch.endState)}`,
  }));
  return (
    <Chart
      testId={`timeline-${result.regime.id}`}
      label={text.chart(result.regime.title)}
      deps={[result, maxDay]}
      minWidth={320}
      draw={(Plot, width) =>
        Plot.plot({
          width,
          height: 96,
          marginLeft: 104,
          marginRight: 140,
          x: { type: 'sqrt', domain: [0, maxDay], label: text.days, grid: true },
          y: { domain: rows.map(([row]) => row), label: null },
          color: { domain: Object.keys(categoryColours), range: Object.values(categoryColours) },
          marks: [
            Plot.barX(stages, {
              x1: 'start',
              x2: 'end',
              y: 'row',
              fill: 'category',
              stroke: 'white',
              title: 'title',
            }),
            Plot.barX(
              stages.filter((d) => d.cooperation),
              {
                x1: 'start',
                x2: 'end',
                y: 'row',
                fill: 'none',
                stroke: '#111',
                strokeDasharray: '3,2',
                inset: 1,
              },
            ),
            Plot.text(ends, {
              x: 'day',
              y: 'row',
              text: 'label',
              textAnchor: 'start',
              dx: 4,
              fontWeight: 'bold',
            }),
          ],
        })
      }
    />
  );
}
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

/** A day chosen on this page, else null (the case's own). */
const chosenDay = signal<string | null>(null);
/** One regime chosen, else null (every regime in force). */
const chosenRegime = signal<string | null>(null);

/** Day 0, as `continuum pathways` takes it: identification, else the end or the start of the events. */
const startDate = computed(() => chosenDay.value ?? dayZeroOf(facts.value) ?? null);

type Reached = { result: PathwayResult; reach: ReturnType<Model['regimeReach']> };

/** The regimes to show: the one chosen, or those in force; the case's own country's first. */
const results = computed<Reached[] | null>(() => {
  const m = model.value;
  const start = startDate.value;
  if (!m || !start) return null;
  const home = facts.value.jurisdiction ?? null;
  const regimes = chosenRegime.value
    ? m.regimes.filter((r) => r.id === chosenRegime.value)
    : m.regimesOn(start);
  return [...regimes]
    .sort((a, b) => Number(b.jurisdiction === home) - Number(a.jurisdiction === home))
    .map((regime) => ({
      result: m.evaluatePathway(regime, facts.value, start),
      reach: m.regimeReach(regime, home, start),
    }));
});

/** The last day any stage shown ends (at least a year), so that every timeline has the same scale. */
function maxDayOf(list: PathwayResult[]): number {
  const days = list.flatMap((r) =>
    [r.branches.cooperating, r.branches.notCooperating].flatMap((b) => [
      ...b.stages.map((s) => s.endDay ?? 0),
      b.endDay ?? 0,
    ]),
  );
  return Math.ceil(Math.max(365, ...days) * 1.05);
}

function Branch({ label, branch }: { label: string; branch: PathwayResult['branches']['cooperating'] }) {
  return (
    <li>
      <strong>{label}:</strong> {branch.stages.map((s) => s.name).join(' → ') || text.noStage} —{' '}
      {valueLabel(branch.endState)}
      {branch.endDay !== null ? text.byDay(branch.endDay) : ''}
    </li>
  );
}

function Pickers({ m }: { m: Model }) {
  const start = startDate.value;
  const home = facts.value.jurisdiction ?? null;
  const ordered = [...m.regimes].sort(
    (a, b) => Number(b.jurisdiction === home) - Number(a.jurisdiction === home),
  );
  return (
    <form class="pickers" onSubmit={(event) => event.preventDefault()}>
      <div>
        <label for="pw-day">{text.day}</label>
        <input
          id="pw-day"
          type="date"
          value={start ?? ''}
          aria-describedby="pw-day-hint"
          onInput={(event) => {
            const value = event.currentTarget.value;
            chosenDay.value = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
          }}
        />
        <p class="hint" id="pw-day-hint">
          {text.dayHint}{' '}
          {chosenDay.value ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                chosenDay.value = null;
              }}
            >
              {text.fromCase}
            </button>
          ) : null}
        </p>
      </div>
      <div>
        <label for="pw-regime">{text.regime}</label>
        <select
          id="pw-regime"
          value={chosenRegime.value ?? ''}
          onChange={(event) => {
            chosenRegime.value = event.currentTarget.value || null;
          }}
        >
          <option value="">{text.allInForce}</option>
          {ordered.map((regime) => (
            <option key={regime.id} value={regime.id}>
              {regime.title}
              {start ? (m.regimesOn(start).includes(regime) ? text.inForceNote : text.notInForce) : ''}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

export function PathwaysPage() {
  load();
  const m = model.value;
  if (!m) return <p>{text.loading}</p>;
  const start = startDate.value;
  if (!start) {
    return (
      <div class="pathways">
        <h1>{text.title}</h1>
        <p>
          {text.needDate}{' '}
          <button type="button" class="link" onClick={() => focusQuestion('events.identifiedOn')}>
            {text.giveDate}
          </button>{' '}
          {text.needDateRest}
        </p>
        <Pickers m={m} />
      </div>
    );
  }
  const all = results.value ?? [];
  const country = facts.value.jurisdiction ?? null;
  // The regimes that reach the case's country (or may: unknown) first; the others on request. A
  // regime chosen by name is shown whatever its reach.
  const reaching = all.filter((r) => r.reach.status !== 'does_not_apply');
  const others = all.filter((r) => r.reach.status === 'does_not_apply');
  const list = (showOthers.value || chosenRegime.value ? [...reaching, ...others] : reaching).map(
    (r) => r.result,
  );
  const reachOf = new Map(all.map((r) => [r.result.regime.id, r.reach]));
  return (
    <div class="pathways">
      <h1>{text.title}</h1>
      <p class="lede">{text.lede(start)}</p>
      <Pickers m={m} />
      {chosenRegime.value ? null : country === null ? (
        <p class="note">{text.noCountry}</p>
      ) : (
        <p class="note">
          {text.reaching(reaching.length, all.length, countryName(country))}{' '}
          {others.length > 0 ? (
            <button
              type="button"
              class="link"
              aria-pressed={showOthers.value}
              onClick={() => {
                showOthers.value = !showOthers.value;
              }}
            >
              {showOthers.value ? text.onlyThose : text.showOthers(others.length)}
            </button>
          ) : null}
        </p>
      )}
      {all.length === 0 ? <p>{text.none(start)}</p> : null}
      {list.length > 0 ? <Legend /> : null}
      {list.map((r) => (
        <section
          key={r.regime.id}
          class="panel"
          aria-labelledby={`regime-${r.regime.id}`}
          data-regime={r.regime.id}
        >
          <h2 id={`regime-${r.regime.id}`}>{r.regime.title}</h2>
          {r.inForce ? null : <p class="note">{text.outOfForce}</p>}
          {reachOf.get(r.regime.id)?.status === 'does_not_apply' ? (
            <p class="note">{text.doesNotReach(reachOf.get(r.regime.id)?.reason ?? '')}</p>
          ) : null}
          <Timeline result={r} maxDay={maxDayOf(list)} />
          <p>
            {text.falls} <Verdict value={r.eligibility.value} small /> {r.eligibility.basis}
          </p>
          <ul>
            <Branch label={text.cooperating} branch={r.branches.cooperating} />
            <Branch label={text.notCooperating} branch={r.branches.notCooperating} />
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
