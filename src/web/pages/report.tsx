// The printable report, to attach to a case file in one to three A4 pages: the facts as recorded,
// per instrument the verdict with the elements that decided it and their articles, the open
// questions (once each, with what they would settle), the place on the continuum, and the protection
// regimes in force on the day of identification that reach its country. The full explanation trees
// only on request, as an appendix. The verdicts are read the way the Assess page was set to read
// them (the investigator's view or the facts as found), and the report says which. The continuum and pathways modules are loaded on first use, as on their own pages.
import { computed, signal, useSignal } from '@preact/signals';
import { sections } from '../../facts/questions.js';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { PathwayResult } from '../../pathways/types.js';
import { DecidedBy } from '../components/decided-by.js';
import { FindingTree } from '../components/finding-tree.js';
import { ModeLine, OpenReasonWords, openReasonShort } from '../components/open-reason.js';
import { Legend, Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { getPath } from '../facts/edit.js';
import { answerLabel, instrumentShortName, valueLabel, verdictWords } from '../facts/labels.js';
import { asFound, assessment, facts, fullAssessment, saved } from '../state/case.js';
import { go } from '../state/route.js';

const text = {
  print: 'Print',
  back: 'Back to the form',
  appendix: 'Add the full explanations as an appendix (many pages)',
  title: 'Continuum assessment',
  prepared: (date: string) => `Prepared ${date}`,
  savedRef: (id: string, version: number) => ` · saved case ${id}, version ${version}`,
  notSaved: ' · not saved',
  disclaimer:
    'A structured reading of legal definitions on the facts recorded below, with the articles relied on. Not legal advice.',
  disclaimerInvestigation:
    'An unknown fact is never treated as false: an undetermined verdict says whether facts are missing (the questions that would settle it are listed) or the law itself is contested.',
  disclaimerAsFound:
    'Every fact not recorded below counts as not established, as a court decides on its evidence: no question is left to ask, and a verdict stays undetermined only where the law itself is contested.',
  facts: 'Facts as recorded',
  noFacts: 'No facts recorded yet.',
  notes: 'Notes',
  verdicts: 'Verdicts',
  instrument: 'Instrument',
  verdict: 'Verdict',
  decidedBy: 'Decided by',
  notApplicable: (reason: string) => reason,
  questions: 'Open questions',
  questionsIntro: 'Each answer would settle the verdicts named after it.',
  noQuestions: 'None: every verdict is settled on the facts recorded.',
  noQuestionsAsFound: 'None are asked: on the facts as found, a fact not recorded counts as not established.',
  contested: 'Where the law is contested',
  continuum: 'Place on the continuum',
  band: 'Band',
  bandRange: (low: string, high: string) => (low === high ? low : `between ${low} and ${high}`),
  delphi: 'Trafficking on the Delphi indicators:',
  dimension: 'Dimension',
  observed: 'Indicators observed (strong / medium / weak)',
  positive: 'Positive',
  pathways: 'Protection regimes on the day of identification',
  noDate: 'No identification date (or date of the events) is recorded: the regimes cannot be placed in time.',
  noRegime: (date: string) =>
    `No regime known to Continuum was in force on ${date} and reached the country of the case.`,
  onDay: (date: string) => `Regimes in force on ${date} that reach the country of the case.`,
  regime: 'Regime',
  fallsWithin: 'Falls within it',
  outcome: 'If the person cooperates / does not',
  byDay: (day: number) => ` by day ${day}`,
  appendixHeading: 'Appendix: the full explanations',
  loading: 'Preparing the report…',
};

type ContinuumModule = typeof import('../../continuum/index.js');
type PathwaysModule = typeof import('./pathways-model.js');
const continuumModule = signal<ContinuumModule | null>(null);
const pathwaysModule = signal<PathwaysModule | null>(null);
let requested = false;
function load(): void {
  if (requested) return;
  requested = true;
  void import('../../continuum/index.js').then((module) => {
    continuumModule.value = module;
  });
  void import('./pathways-model.js').then((module) => {
    pathwaysModule.value = module;
  });
}

const continuum = computed(() => continuumModule.value?.continuumReport(facts.value) ?? null);
const dayZero = computed(() => dayZeroOf(facts.value) ?? null);
const pathways = computed<PathwayResult[] | null>(() => {
  const m = pathwaysModule.value;
  const start = dayZero.value;
  if (!m || !start) return null;
  // Those that reach the case's country (or may: no country given, or not known); the others are
  // on the Pathways page, with why they do not reach it.
  const country = facts.value.jurisdiction ?? null;
  return m
    .regimesOn(start)
    .filter((regime) => m.regimeReach(regime, country, start).status !== 'does_not_apply')
    .map((regime) => m.evaluatePathway(regime, facts.value, start));
});

/**
 * Every open question once, with what it would settle: instruments that the same answers settle
 * the same way are named together ("no → not met: Palermo Protocol, ILO C029").
 */
const openQuestions = computed(() => {
  const byPath = new Map<string, { question: string; outcomes: Map<string, string[]> }>();
  for (const result of assessment.value.instruments) {
    for (const q of result.questions) {
      const entry = byPath.get(q.path) ?? { question: q.question, outcomes: new Map() };
      const outcome = q.settles
        .map((s) => `${answerLabel(s.value)} → ${verdictWords[s.verdict].toLowerCase()}`)
        .join('; ');
      entry.outcomes.set(outcome, [
        ...(entry.outcomes.get(outcome) ?? []),
        instrumentShortName(result.id, result.title),
      ]);
      byPath.set(q.path, entry);
    }
  }
  return [...byPath.values()].map(({ question, outcomes }) => ({
    question,
    outcomes: [...outcomes].map(([outcome, names]) => ({ outcome, names })),
  }));
});

function FactsRecorded() {
  const current = facts.value;
  const answered = sections.flatMap((section) =>
    section.questions.filter((q) => getPath(current, q.path) !== undefined),
  );
  if (answered.length === 0) return <p>{text.noFacts}</p>;
  return (
    <dl class="facts-given">
      {answered.map((q) => (
        <div key={q.path}>
          <dt>{q.question}</dt>
          <dd>{answerFor(q.path, getPath(current, q.path))}</dd>
        </div>
      ))}
    </dl>
  );
}

function Verdicts() {
  return (
    <table class="report-verdicts">
      <thead>
        <tr>
          <th scope="col">{text.instrument}</th>
          <th scope="col">{text.verdict}</th>
          <th scope="col">{text.decidedBy}</th>
        </tr>
      </thead>
      <tbody>
        {assessment.value.instruments.map((r) => (
          <tr key={r.id} data-instrument={r.id}>
            <th scope="row">{r.title}</th>
            <td>
              <Verdict value={r.verdict} small />
              {r.verdict === 'undetermined' && r.openBecause ? (
                <span class="open-short" data-open-because={r.openBecause}>
                  {openReasonShort(r.openBecause)}
                </span>
              ) : null}
            </td>
            <td>
              {r.verdict === 'not_applicable' ? (
                <span class="note">{r.applicability.reason}</span>
              ) : (
                <DecidedBy deciders={r.decidedBy} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OpenQuestions() {
  const questions = openQuestions.value;
  if (asFound.value) return <p>{text.noQuestionsAsFound}</p>;
  if (questions.length === 0) return <p>{text.noQuestions}</p>;
  return (
    <>
      <p class="note">{text.questionsIntro}</p>
      <ol class="open-questions">
        {questions.map((q) => (
          <li key={q.question}>
            {q.question}{' '}
            <span class="settles-under">
              {q.outcomes.map((o) => (
                <span key={o.outcome}>
                  {o.outcome}: {o.names.join(', ')}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The undetermined verdicts that turn on a reading of the law courts divide on, with who divides. */
function ContestedSection() {
  const open = assessment.value.instruments.filter(
    (r) => r.verdict === 'undetermined' && (r.contested?.length ?? 0) > 0,
  );
  if (open.length === 0) return null;
  return (
    <>
      <h2>{text.contested}</h2>
      {open.map((r) => (
        <section key={r.id} class="report-contested" data-instrument={r.id}>
          <h3>{r.title}</h3>
          <OpenReasonWords reason={r.openBecause} contested={r.contested ?? []} questions={null} />
        </section>
      ))}
    </>
  );
}

function ContinuumSection() {
  const module = continuumModule.value;
  const report = continuum.value;
  if (!module || !report) return <p>{text.loading}</p>;
  const label = (id: string) => module.bands.find((b) => b.id === id)?.label ?? valueLabel(id);
  const { band, profile } = report;
  return (
    <>
      <p>
        <strong>{text.band}:</strong> {text.bandRange(label(band.lowest), label(band.highest))}. {text.delphi}{' '}
        <Verdict value={profile.delphiTrafficking} small />
      </p>
      <table class="report-dimensions">
        <thead>
          <tr>
            <th scope="col">{text.dimension}</th>
            <th scope="col">{text.observed}</th>
            <th scope="col">{text.positive}</th>
          </tr>
        </thead>
        <tbody>
          {profile.dimensions.map((d) => (
            <tr key={d.id}>
              <td>
                {d.id} {d.name}
              </td>
              <td>
                {d.strong} / {d.medium} / {d.weak}
              </td>
              <td>
                <Verdict value={d.positive} small />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Branch({ branch }: { branch: PathwayResult['branches']['cooperating'] }) {
  return (
    <>
      {valueLabel(branch.endState)}
      {branch.endDay !== null ? text.byDay(branch.endDay) : ''}
    </>
  );
}

function PathwaysSection() {
  const start = dayZero.value;
  if (!start) return <p>{text.noDate}</p>;
  const list = pathways.value;
  if (!list) return <p>{text.loading}</p>;
  if (list.length === 0) return <p>{text.noRegime(start)}</p>;
  return (
    <>
      <p class="note">{text.onDay(start)}</p>
      <table class="report-pathways">
        <thead>
          <tr>
            <th scope="col">{text.regime}</th>
            <th scope="col">{text.fallsWithin}</th>
            <th scope="col">{text.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.regime.id}>
              <th scope="row">{r.regime.title}</th>
              <td>
                <Verdict value={r.eligibility.value} small />
              </td>
              <td>
                <Branch branch={r.branches.cooperating} /> / <Branch branch={r.branches.notCooperating} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Appendix() {
  const found = fullAssessment.value.mode === 'as_found';
  return (
    <section class="appendix" aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">{text.appendixHeading}</h2>
      {fullAssessment.value.instruments.map((r) => (
        <section key={r.id} class="appendix-instrument">
          <h3>
            {r.title} <Verdict value={r.verdict} small />
          </h3>
          <FindingTree finding={r.elements} expanded asFound={found} />
          {r.remarks.map((remark) => (
            <FindingTree key={remark.id} finding={remark} expanded asFound={found} />
          ))}
        </section>
      ))}
    </section>
  );
}

export function ReportPage() {
  load();
  const withAppendix = useSignal(false);
  const ref = saved.value;
  const today = new Date().toISOString().slice(0, 10);
  const ready = continuum.value !== null && (dayZero.value === null || pathways.value !== null);
  return (
    <div class="report" data-report-ready={ready ? 'true' : 'false'}>
      <div class="toolbar screen-only">
        <button type="button" class="primary" onClick={() => print()}>
          {text.print}
        </button>
        <button type="button" onClick={() => go('assess')}>
          {text.back}
        </button>
        <label class="option">
          <input
            type="checkbox"
            checked={withAppendix.value}
            onChange={(event) => {
              withAppendix.value = event.currentTarget.checked;
            }}
          />{' '}
          {text.appendix}
        </label>
      </div>
      <h1>
        {text.title}
        {facts.value.title ? `: ${facts.value.title}` : ''}
      </h1>
      <p class="meta">
        {text.prepared(today)}
        {ref ? text.savedRef(ref.id, ref.version) : text.notSaved}
      </p>
      <ModeLine asFound={asFound.value} />
      <p class="disclaimer">
        {text.disclaimer} {asFound.value ? text.disclaimerAsFound : text.disclaimerInvestigation}
      </p>

      <h2>{text.facts}</h2>
      <FactsRecorded />
      {facts.value.notes ? (
        <>
          <h3>{text.notes}</h3>
          <p class="narrative">{facts.value.notes}</p>
        </>
      ) : null}

      <h2>{text.verdicts}</h2>
      <Legend />
      <Verdicts />

      <h2>{text.questions}</h2>
      <OpenQuestions />
      <ContestedSection />

      <h2>{text.continuum}</h2>
      <ContinuumSection />

      <h2>{text.pathways}</h2>
      <PathwaysSection />

      {withAppendix.value ? <Appendix /> : null}
    </div>
  );
}
