// The Assess page: the guided form on one side, the live results on the other. Every answer
// re-runs the assessment here, in the browser: the verdicts at once, the rest just after
// (state/results.ts).
import { useComputed } from '@preact/signals';
import { sections } from '../../facts/questions.js';
import { CaseTools, ProblemList } from '../components/case-tools.js';
import { focusQuestion } from '../components/focus.js';
import { LiveResult } from '../components/live-result.js';
import { Question } from '../components/question.js';
import { Verdict } from '../components/verdict.js';
import { countKnown } from '../facts/edit.js';
import { answer, contradictions, facts } from '../state/case.js';
import { headlines, questionsPending, revision, settled, treesPending, updating } from '../state/results.js';

function SectionBlock({ section }: { section: (typeof sections)[number] }) {
  const paths = section.questions.map((q) => q.path);
  const known = useComputed(() => countKnown(facts.value, paths)).value;
  return (
    <details class="section" id={`section-${section.id}`} open={section.id === 'person'}>
      <summary>
        <h2>{section.title}</h2>
        <span class="count">
          {known} of {paths.length} answered
        </span>
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
      <label for="case-title">Case title</label>
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
        No names: a pseudonym or a file reference.
      </p>
    </div>
  );
}

function VerdictStrip() {
  const results = headlines.value;
  return (
    <nav class="verdict-strip" aria-label="Verdicts at a glance">
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              class="strip-item"
              onClick={() => document.getElementById(`result-${r.id}`)?.scrollIntoView({ block: 'start' })}
            >
              <span class="strip-title">{r.citation.instrument}</span> <Verdict value={r.verdict} small />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const noQuestions: [] = [];

function Results() {
  const results = headlines.value;
  const done = settled.value;
  const counts = { met: 0, not_met: 0, undetermined: 0 } as Record<string, number>;
  for (const r of results) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  // data-revision and data-updating let a reader (the benchmark, the tests) tell which answer the
  // verdicts show and whether the questions and explanations have caught up with it; the two
  // *-pending attributes dim what is behind (styles.css) without re-rendering it.
  return (
    <section
      class="results"
      aria-labelledby="results-heading"
      data-revision={revision.value}
      data-updating={updating.value ? 'true' : 'false'}
      data-questions-pending={questionsPending.value ? 'true' : 'false'}
      data-trees-pending={treesPending.value ? 'true' : 'false'}
    >
      <h2 id="results-heading">Results</h2>
      <p class="summary" aria-live="polite">
        {counts.met} met, {counts.not_met} not met, {counts.undetermined} undetermined
        {counts.not_applicable ? `, ${counts.not_applicable} not applicable` : ''}.
      </p>
      <p class="privacy">Worked out in this browser: nothing has been sent anywhere.</p>
      {results.map((r) =>
        // Only an undetermined verdict has questions that would settle it: the others have none, at once.
        r.verdict === 'undetermined' ? (
          <LiveResult
            key={r.id}
            headline={r}
            questions={done?.questions?.[r.id] ?? null}
            error={done?.error}
          />
        ) : (
          <LiveResult key={r.id} headline={r} questions={noQuestions} />
        ),
      )}
    </section>
  );
}

function Contradictions() {
  const problems = contradictions.value;
  if (problems.length === 0) return null;
  return (
    <div class="contradictions">
      <ProblemList problems={problems} title="Some answers contradict each other:" />
      <ul class="jump">
        {problems.map((p) => (
          <li key={p.path}>
            <button type="button" class="link" onClick={() => focusQuestion(p.path)}>
              Go to {p.path}
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
      <h1>Assess a case</h1>
      <p class="lede">
        Answer what you know. “Don’t know” is always a fair answer: an unknown fact is never treated as a no.
        The results beside the form (below it on a phone) change as you answer.
      </p>
      <CaseTools />
      <VerdictStrip />
      <div class="assess-grid">
        <form class="case-form" aria-label="Case facts" onSubmit={(event) => event.preventDefault()}>
          <TitleField />
          <Contradictions />
          {sections.map((section) => (
            <SectionBlock key={section.id} section={section} />
          ))}
        </form>
        <Results />
      </div>
    </div>
  );
}
