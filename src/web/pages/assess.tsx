// The Assess page: the guided form on one side, the live results on the other. Every answer
// re-runs the assessment here, in the browser: the verdicts at once, the rest just after
// (state/results.ts). All verdicts are visible at a glance beside the form, what an answer changed
// is marked and announced to screen readers, and a skip link leads straight to the results. A switch
// at the top of the form chooses how facts not recorded are read: as an investigator (unknown stays unknown, and
// the questions that would settle each open verdict are listed) or as found, as a court decides.
import { useComputed } from '@preact/signals';
import { consistencyProblems } from '../../facts/consistency.js';
import { CaseTools, ProblemList } from '../components/case-tools.js';
import { CountryList } from '../components/country-picker.js';
import { decidingArticles } from '../components/decided-by.js';
import { focusQuestion } from '../components/focus.js';
import { LiveResult } from '../components/live-result.js';
import { ModeLine, openReasonShort } from '../components/open-reason.js';
import { Question } from '../components/question.js';
import { Table } from '../components/table.js';
import { Legend, Verdict } from '../components/verdict.js';
import { countKnown } from '../facts/edit.js';
import { formSections, instrumentShortName, questionText, verdictInText } from '../facts/labels.js';
import { lang, t } from '../i18n.js';
import { answer, asFound, facts, readAsFound } from '../state/case.js';
import {
  changedVerdicts,
  explained,
  headlines,
  participationPending,
  questionsPending,
  revision,
  settled,
  treesPending,
  updating,
} from '../state/results.js';

function SectionBlock({ section }: { section: ReturnType<typeof formSections>[number] }) {
  const paths = section.questions.map((q) => q.path);
  const known = useComputed(() => countKnown(facts.value, paths)).value;
  return (
    <details class="section" id={`section-${section.id}`} open={section.id === 'person'}>
      <summary>
        <h2>{section.title}</h2>
        <span class="count">{t('web.assess.answered', { known, all: paths.length })}</span>
      </summary>
      <div class="questions">
        {section.questions.map((q) => (
          <Question key={q.path} path={q.path} question={q.question} />
        ))}
      </div>
    </details>
  );
}

function TitleField() {
  const title = useComputed(() => facts.value.title ?? '').value;
  return (
    <div class="q q-text case-title">
      <label for="case-title">{t('web.assess.caseTitle')}</label>
      <input
        id="case-title"
        type="text"
        maxLength={500}
        autoComplete="off"
        value={title}
        aria-describedby="case-title-hint"
        onInput={(event) => answer('title', event.currentTarget.value || undefined)}
      />
      <p class="hint" id="case-title-hint">
        {t('web.assess.caseTitleHint')}
      </p>
    </div>
  );
}

function NotesField() {
  const notes = useComputed(() => facts.value.notes ?? '').value;
  return (
    <div class="q q-text case-notes">
      <label for="case-notes">{t('web.assess.notes')}</label>
      <textarea
        id="case-notes"
        rows={4}
        value={notes}
        aria-describedby="case-notes-hint"
        onInput={(event) => answer('notes', event.currentTarget.value || undefined)}
      />
      <p class="hint" id="case-notes-hint">
        {t('web.assess.notesHint')}
      </p>
    </div>
  );
}

/** The switch between the investigator's view and the facts as found (kept with the draft). */
function ModeSwitch() {
  return (
    <fieldset class="mode-switch">
      <legend class="sr-only">{t('web.assess.reading')}</legend>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={asFound.value}
          id="as-found"
          checked={asFound.value}
          aria-describedby="as-found-hint"
          onChange={(event) => readAsFound(event.currentTarget.checked)}
        />{' '}
        <span class="switch-label">{t('web.assess.asFoundSwitch')}</span>
      </label>
      <p class="hint" id="as-found-hint">
        {t('web.assess.asFoundHint')}
      </p>
    </fieldset>
  );
}

const scrollToResult = (id: string) =>
  document.getElementById(`result-${id}`)?.scrollIntoView({ block: 'start' });

/** On a phone the results are below the form: a strip of verdicts stays at the top. */
function VerdictStrip() {
  const results = headlines.value;
  return (
    <nav class="verdict-strip" aria-label={t('web.assess.glance')}>
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <button type="button" class="strip-item" onClick={() => scrollToResult(r.id)}>
              <span class="strip-title">{instrumentShortName(r.id, r.title)}</span>{' '}
              <Verdict value={r.verdict} small />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every verdict in one table at the top of the results, with what the latest answer changed. */
function Glance() {
  const results = headlines.value;
  const changed = new Set(changedVerdicts.value.map((c) => c.id));
  const decided = explained.value;
  return (
    <Table
      class="glance"
      caption={t('web.assess.glance')}
      columns={[t('web.assess.instrument'), t('web.assess.verdict'), t('web.assess.decidedBy')]}
    >
      {results.map((r) => (
        <tr key={r.id} class={changed.has(r.id) ? 'changed' : undefined} data-glance={r.id}>
          <th scope="row">
            <button type="button" class="link" onClick={() => scrollToResult(r.id)}>
              {instrumentShortName(r.id, r.title)}
            </button>
          </th>
          <td>
            <Verdict value={r.verdict} small />
            {changed.has(r.id) ? <span class="changed-tag">{t('web.result.changed')}</span> : null}
            {r.verdict === 'undetermined' && r.openBecause ? (
              <span class="open-short" data-open-because={r.openBecause}>
                {openReasonShort(r.openBecause)}
              </span>
            ) : null}
          </td>
          <td class="glance-articles" translate={false}>
            {decidingArticles(decided.get(r.id)?.deciders ?? [])}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** Read out what the latest answer changed, by name: "ILO C029: now met". */
function Announcer() {
  const words = changedVerdicts.value
    .map((c) => {
      const headline = headlines.value.find((h) => h.id === c.id);
      return t('web.assess.now', {
        name: instrumentShortName(c.id, headline?.title ?? c.title),
        verdict: verdictInText(c.to),
      });
    })
    .join('; ');
  return (
    <p class="sr-only" aria-live="polite" aria-atomic="true" id="verdict-announcer">
      {words}
    </p>
  );
}

const noQuestions: [] = [];
const noContested: [] = [];

function Results() {
  const results = headlines.value;
  const done = settled.value;
  const changed = new Set(changedVerdicts.value.map((c) => c.id));
  const decided = explained.value;
  const found = asFound.value;
  const counts = { met: 0, not_met: 0, undetermined: 0 } as Record<string, number>;
  for (const r of results) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  // data-revision and data-updating let a reader (the benchmark, the tests) tell which answer the
  // verdicts show and whether the questions, the explanations and the bindings have caught up with
  // it; the questions' and the trees' *-pending attributes dim what is behind (styles.css) without
  // re-rendering it (a binding that awaits the lists says so in its note).
  return (
    <section
      class="results"
      id="results"
      tabIndex={-1}
      aria-labelledby="results-heading"
      data-revision={revision.value}
      data-updating={updating.value ? 'true' : 'false'}
      data-questions-pending={questionsPending.value ? 'true' : 'false'}
      data-trees-pending={treesPending.value ? 'true' : 'false'}
      data-participation-pending={participationPending.value ? 'true' : 'false'}
      data-mode={found ? 'as_found' : 'investigation'}
    >
      <h2 id="results-heading">{t('web.assess.results')}</h2>
      {/* The investigator's view is the default; the facts as found are said (the switch is beside the form). */}
      {found ? <ModeLine asFound /> : null}
      <p class="summary">
        {t('web.assess.counts', {
          met: counts.met,
          notMet: counts.not_met,
          undetermined: counts.undetermined,
          notApplicable: counts.not_applicable ?? 0,
        })}
      </p>
      <Announcer />
      <p class="privacy">{t('web.assess.privacy')}</p>
      <Glance />
      <Legend />
      {results.map((r) => {
        const why = decided.get(r.id);
        // Only an undetermined verdict has questions that would settle it: the others have none, at
        // once; and as found none is asked.
        const open = r.verdict === 'undetermined';
        return (
          <LiveResult
            key={r.id}
            headline={r}
            questions={open ? (done?.questions?.[r.id] ?? null) : noQuestions}
            asked={!found}
            deciders={why?.deciders}
            contested={open ? (why?.contested ?? noContested) : noContested}
            definitionMet={open && why?.definition === 'met'}
            changed={changed.has(r.id)}
            error={open ? done?.error : undefined}
          />
        );
      })}
    </section>
  );
}

function Contradictions() {
  // In the app's language (state/case.ts's are in English).
  const problems = useComputed(() => consistencyProblems(facts.value, lang.value)).value;
  if (problems.length === 0) return null;
  return (
    <div class="contradictions">
      <ProblemList problems={problems} title={t('web.assess.contradictions')} />
      <ul class="jump">
        {problems.map((p) => (
          <li key={p.path}>
            {t('web.assess.goTo')}{' '}
            <button type="button" class="link" onClick={() => focusQuestion(p.path)}>
              {questionText(p.path)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AssessPage() {
  return (
    <div class="assess">
      <h1>{t('web.assess.title')}</h1>
      <p class="lede">{t('web.assess.lede')}</p>
      <button
        type="button"
        class="link jump-results"
        onClick={() => {
          const results = document.getElementById('results');
          results?.scrollIntoView({ block: 'start' });
          results?.focus({ preventScroll: true });
        }}
      >
        {t('web.shell.skipToResults')}
      </button>
      <CaseTools />
      <VerdictStrip />
      <div class="assess-grid">
        <form
          class="case-form"
          aria-label={t('web.assess.caseFacts')}
          onSubmit={(event) => event.preventDefault()}
        >
          <ModeSwitch />
          <CountryList />
          <TitleField />
          <NotesField />
          <Contradictions />
          {formSections().map((section) => (
            <SectionBlock key={section.id} section={section} />
          ))}
        </form>
        <Results />
      </div>
    </div>
  );
}
