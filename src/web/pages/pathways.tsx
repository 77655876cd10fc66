// Pathways: what each protection regime would do for this person from a day of identification —
// cooperating with the police and not — as a timeline and in words. The day is the case's
// identification date (else the end or start of the events) unless another is chosen, and one
// regime can be chosen instead of all those in force; the regime of the case's own country comes
// first, then those that reach it (src/pathways/territory.ts), the others on request with why they
// do not reach it. Loaded on first use.
import { computed, signal } from '@preact/signals';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { Entitlement, PathwayResult } from '../../pathways/types.js';
import { words } from '../../pathways/words.js';
import { Chart } from '../charts/chart.js';
import { focusQuestion } from '../components/focus.js';
import { Verdict } from '../components/verdict.js';
import { countryName } from '../facts/countries.js';
import { lang, t, tr } from '../i18n.js';
import { facts } from '../state/case.js';

const categories = ['residence', 'protection', 'support', 'nothing'] as const;
const categoryWords = (c: Category) =>
  c === 'residence'
    ? t('web.pathways.categories.residence')
    : c === 'protection'
      ? t('web.pathways.categories.protection')
      : c === 'support'
        ? t('web.pathways.categories.support')
        : t('web.pathways.categories.nothing');

type Model = typeof import('./pathways-model.js');

type Category = (typeof categories)[number];
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
      {categories.map((c) => (
        <li key={c}>
          <span class="swatch" style={{ background: categoryColours[c] }} aria-hidden="true" />{' '}
          {categoryWords(c)}
        </li>
      ))}
      <li>{t('web.pathways.needsCooperation')}</li>
    </ul>
  );
}

/** One regime's two branches as bars over the days since identification, drawn with Plot. */
/** Where a branch ends, in words of the app's language (the core's pathways catalogue). */
const endWords = (end: string) => tr.value.dynamic(`pathways.end.${end}`, undefined, end.replace(/_/g, ' '));

function Timeline({ result, maxDay }: { result: PathwayResult; maxDay: number }) {
  const rows = [
    [t('web.pathways.cooperatingRow'), result.branches.cooperating],
    [t('web.pathways.notCooperatingRow'), result.branches.notCooperating],
  ] as const;
  const stages = rows.flatMap(([row, branch]) =>
    branch.stages.map((stage) => ({
      row,
      start: stage.startDay,
      end: stage.endDay ?? maxDay,
      category: category(stage.entitlements),
      cooperation: stage.requiresCooperation,
      title: t('web.pathways.stage', {
        name: stage.name,
        start: stage.startDay,
        end: stage.endDay ?? t('web.pathways.open'),
      }),
    })),
  );
  const ends = rows.map(([row, branch]) => ({
    row,
    day: branch.endDay ?? maxDay,
    label: `→ ${endWords(branch.endState)}`,
  }));
  return (
    <Chart
      testId={`timeline-${result.regime.id}`}
      label={t('web.pathways.chart', { title: result.regime.title })}
      deps={[result, maxDay, lang.value]}
      minWidth={320}
      draw={(Plot, width) =>
        Plot.plot({
          width,
          height: 96,
          marginLeft: 104,
          marginRight: 140,
          x: { type: 'sqrt', domain: [0, maxDay], label: t('web.pathways.days'), grid: true },
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
      result: m.evaluatePathway(regime, facts.value, start, lang.value),
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
      <strong>{label}:</strong> {branch.stages.map((s) => s.name).join(' → ') || t('web.pathways.noStage')} —{' '}
      {endWords(branch.endState)}
      {branch.endDay !== null ? t('web.pathways.byDay', { day: branch.endDay }) : ''}
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
        <label for="pw-day">{t('web.pathways.day')}</label>
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
          {t('web.pathways.dayHint')}{' '}
          {chosenDay.value ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                chosenDay.value = null;
              }}
            >
              {t('web.pathways.fromCase')}
            </button>
          ) : null}
        </p>
      </div>
      <div>
        <label for="pw-regime">{t('web.pathways.regime')}</label>
        <select
          id="pw-regime"
          value={chosenRegime.value ?? ''}
          onChange={(event) => {
            chosenRegime.value = event.currentTarget.value || null;
          }}
        >
          <option value="">{t('web.pathways.allInForce')}</option>
          {ordered.map((regime) => (
            <option key={regime.id} value={regime.id}>
              {words(tr.value, regime.title)}
              {start
                ? m.regimesOn(start).includes(regime)
                  ? t('web.pathways.inForceNote')
                  : t('web.pathways.notInForce')
                : ''}
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
  if (!m) return <p>{t('web.pathways.loading')}</p>;
  const start = startDate.value;
  if (!start) {
    return (
      <div class="pathways">
        <h1>{t('web.pathways.title')}</h1>
        <p>
          {t('web.pathways.needDate')}{' '}
          <button type="button" class="link" onClick={() => focusQuestion('events.identifiedOn')}>
            {t('web.pathways.giveDate')}
          </button>{' '}
          {t('web.pathways.needDateRest')}
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
      <h1>{t('web.pathways.title')}</h1>
      <p class="lede">{t('web.pathways.lede', { date: tr.value.date(start) })}</p>
      <Pickers m={m} />
      {chosenRegime.value ? null : country === null ? (
        <p class="note">{t('web.pathways.noCountry')}</p>
      ) : (
        <p class="note">
          {t('web.pathways.reaching', { n: reaching.length, all: all.length, country: countryName(country) })}{' '}
          {others.length > 0 ? (
            <button
              type="button"
              class="link"
              aria-pressed={showOthers.value}
              onClick={() => {
                showOthers.value = !showOthers.value;
              }}
            >
              {showOthers.value
                ? t('web.pathways.onlyThose')
                : t('web.pathways.showOthers', { n: others.length })}
            </button>
          ) : null}
        </p>
      )}
      {all.length === 0 ? <p>{t('web.pathways.none', { date: tr.value.date(start) })}</p> : null}
      {list.length > 0 ? <Legend /> : null}
      {list.map((r) => (
        <section
          key={r.regime.id}
          class="panel"
          aria-labelledby={`regime-${r.regime.id}`}
          data-regime={r.regime.id}
        >
          <h2 id={`regime-${r.regime.id}`}>{r.regime.title}</h2>
          {r.inForce ? null : <p class="note">{t('web.pathways.outOfForce')}</p>}
          {reachOf.get(r.regime.id)?.status === 'does_not_apply' ? (
            <p class="note">
              {t('web.pathways.doesNotReach', { reason: reachOf.get(r.regime.id)?.reason ?? '' })}
            </p>
          ) : null}
          <Timeline result={r} maxDay={maxDayOf(list)} />
          <p>
            {t('web.pathways.falls')} <Verdict value={r.eligibility.value} small /> {r.eligibility.basis}
          </p>
          <ul>
            <Branch label={t('web.pathways.cooperating')} branch={r.branches.cooperating} />
            <Branch label={t('web.pathways.notCooperating')} branch={r.branches.notCooperating} />
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
