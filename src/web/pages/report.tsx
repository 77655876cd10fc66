// The printable report, to attach to a case file in one to three A4 pages: the facts as recorded,
// per instrument the verdict with the elements that decided it and their articles, the open
// questions (once each, with what they would settle), the place on the continuum, and the protection
// regimes in force on the day of identification that reach its country. The full explanation trees
// only on request, as an appendix. The verdicts are read the way the Assess page was set to read
// them (the investigator's view or the facts as found), and the report says which. The continuum and pathways modules are loaded on first use, as on their own pages.
import { computed, signal, useSignal } from '@preact/signals';
import { lawText } from '../../law/messages.js';
import { instrumentTitle } from '../../law/titles.js';
import { dayZeroOf } from '../../pathways/day-zero.js';
import type { PathwayResult } from '../../pathways/types.js';
import { DecidedBy } from '../components/decided-by.js';
import { FindingTree } from '../components/finding-tree.js';
import { ModeLine, OpenReasonWords, openReasonShort } from '../components/open-reason.js';
import { Table } from '../components/table.js';
import { Legend, Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { getPath } from '../facts/edit.js';
import {
  answerLabel,
  formSections,
  instrumentShortName,
  questionText,
  verdictInText,
} from '../facts/labels.js';
import { lang, t, tr, tWith } from '../i18n.js';
import { asFound, assessment, facts, fullAssessment, saved } from '../state/case.js';
import { loadParticipation, participation } from '../state/participation.js';
import { go } from '../state/route.js';

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
  // The bindings in the report are read from the participation lists.
  void loadParticipation();
}

const continuum = computed(() => continuumModule.value?.continuumReport(facts.value, lang.value) ?? null);
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
    .map((regime) => m.evaluatePathway(regime, facts.value, start, lang.value));
});

/**
 * Every open question once, with what it would settle: instruments that the same answers settle
 * the same way are named together ("no → not met: Palermo Protocol, ILO C029").
 */
const openQuestions = computed(() => {
  const byPath = new Map<string, { question: string; outcomes: Map<string, string[]> }>();
  for (const result of assessment.value.instruments) {
    for (const q of result.questions) {
      const entry = byPath.get(q.path) ?? { question: questionText(q.path), outcomes: new Map() };
      const outcome = q.settles
        .map((s) =>
          t('web.result.settles', { answer: answerLabel(s.value), verdict: verdictInText(s.verdict) }),
        )
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
  const answered = formSections().flatMap((section) =>
    section.questions.filter((q) => getPath(current, q.path) !== undefined),
  );
  if (answered.length === 0) return <p>{t('web.report.noFacts')}</p>;
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
    <Table
      class="report-verdicts"
      columns={[t('web.assess.instrument'), t('web.assess.verdict'), t('web.compare.decidedBy')]}
    >
      {assessment.value.instruments.map((r) => (
        <tr key={r.id} data-instrument={r.id}>
          <th scope="row">{instrumentTitle(r, lang.value)}</th>
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
              <span class="note">{r.noteMessages.map((note) => lawText(note, tr.value)).join(' ')}</span>
            ) : (
              <DecidedBy deciders={r.decidedBy} />
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function OpenQuestions() {
  const questions = openQuestions.value;
  if (asFound.value) return <p>{t('web.report.noQuestionsAsFound')}</p>;
  if (questions.length === 0) return <p>{t('web.report.noQuestions')}</p>;
  return (
    <>
      <p class="note">{t('web.report.questionsIntro')}</p>
      <ol class="open-questions">
        {questions.map((q) => (
          <li key={q.question}>
            {q.question}{' '}
            <span class="settles-under">
              {q.outcomes.map((o) => (
                <span key={o.outcome}>
                  {t('web.report.outcome', { outcome: o.outcome, names: o.names.join(', ') })}
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
      <h2>{t('web.report.contested')}</h2>
      {open.map((r) => (
        <section key={r.id} class="report-contested" data-instrument={r.id}>
          <h3>{instrumentTitle(r, lang.value)}</h3>
          <OpenReasonWords reason={r.openBecause} contested={r.contested ?? []} questions={null} />
        </section>
      ))}
    </>
  );
}

function ContinuumSection() {
  const module = continuumModule.value;
  const report = continuum.value;
  if (!module || !report) return <p>{t('web.report.loading')}</p>;
  const label = (id: string) => tr.value.dynamic(`continuum.band.${id}.label`, undefined, id);
  const { band, profile } = report;
  return (
    <>
      <p>
        <strong>{t('web.report.band')}</strong>{' '}
        {band.lowest === band.highest
          ? label(band.lowest)
          : t('web.report.bandRange', { low: label(band.lowest), high: label(band.highest) })}
        . {t('web.report.delphi')} <Verdict value={profile.delphiTrafficking} small />
      </p>
      <Table
        class="report-dimensions"
        columns={[t('web.report.dimension'), t('web.report.observed'), t('web.report.positive')]}
      >
        {profile.dimensions.map((d) => (
          <tr key={d.id}>
            <td>
              <span translate={false}>{d.id}</span> {d.name}
            </td>
            <td>
              {d.strong} / {d.medium} / {d.weak}
            </td>
            <td>
              <Verdict value={d.positive} small />
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

/** Where a regime's path ends, in words (pathways.json). */
const endStateLabel = (endState: string): string =>
  tr.value.dynamic(`pathways.end.${endState}`, undefined, endState.replace(/_/g, ' '));

function Branch({ branch }: { branch: PathwayResult['branches']['cooperating'] }) {
  return (
    <>
      {branch.endDay !== null
        ? t('web.report.byDay', { end: endStateLabel(branch.endState), day: branch.endDay })
        : endStateLabel(branch.endState)}
    </>
  );
}

function PathwaysSection() {
  const start = dayZero.value;
  if (!start) return <p>{t('web.report.noDate')}</p>;
  const list = pathways.value;
  if (!list) return <p>{t('web.report.loading')}</p>;
  if (list.length === 0) return <p>{t('web.report.noRegime', { date: tr.value.date(start) })}</p>;
  return (
    <>
      <p class="note">{t('web.report.onDay', { date: tr.value.date(start) })}</p>
      <Table
        class="report-pathways"
        columns={[t('web.report.regime'), t('web.report.fallsWithin'), t('web.report.outcomeHeading')]}
      >
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
      </Table>
    </>
  );
}

function Appendix() {
  const found = fullAssessment.value.mode === 'as_found';
  return (
    <section class="appendix" aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">{t('web.report.appendixHeading')}</h2>
      {fullAssessment.value.instruments.map((r) => (
        <section key={r.id} class="appendix-instrument">
          <h3>
            {instrumentTitle(r, lang.value)} <Verdict value={r.verdict} small />
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
  const ready =
    continuum.value !== null &&
    (dayZero.value === null || pathways.value !== null) &&
    participation.value !== null;
  return (
    <div class="report" data-report-ready={ready ? 'true' : 'false'}>
      <div class="toolbar screen-only">
        <button type="button" class="primary" onClick={() => print()}>
          {t('web.report.print')}
        </button>
        <button type="button" onClick={() => go('assess')}>
          {t('web.compare.backToForm')}
        </button>
        <label class="option">
          <input
            type="checkbox"
            checked={withAppendix.value}
            onChange={(event) => {
              withAppendix.value = event.currentTarget.checked;
            }}
          />{' '}
          {t('web.report.appendix')}
        </label>
      </div>
      <h1>
        {facts.value.title
          ? tWith('web.report.titleWithCase', { title: <span translate={false}>{facts.value.title}</span> })
          : t('web.report.title')}
      </h1>
      <p class="meta">
        {ref
          ? t('web.report.savedRef', { date: tr.value.date(today), id: ref.id, version: ref.version })
          : t('web.report.notSaved', { date: tr.value.date(today) })}
      </p>
      <ModeLine asFound={asFound.value} />
      <p class="disclaimer">
        {t('web.report.disclaimer')}{' '}
        {asFound.value ? t('web.report.disclaimerAsFound') : t('web.report.disclaimerInvestigation')}
      </p>

      <h2>{t('web.report.facts')}</h2>
      <FactsRecorded />
      {facts.value.notes ? (
        <>
          <h3>{t('web.report.notes')}</h3>
          <p class="narrative" translate={false}>
            {facts.value.notes}
          </p>
        </>
      ) : null}

      <h2>{t('web.report.verdicts')}</h2>
      <Legend />
      <Verdicts />

      <h2>{t('web.report.questions')}</h2>
      <OpenQuestions />
      <ContestedSection />

      <h2>{t('web.report.continuum')}</h2>
      <ContinuumSection />

      <h2>{t('web.report.pathways')}</h2>
      <PathwaysSection />

      {withAppendix.value ? <Appendix /> : null}
    </div>
  );
}
