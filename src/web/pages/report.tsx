// A print-friendly assessment to attach to a file: the facts given, and per instrument the
// verdict, the questions that would settle it and the whole explanation with citations.
import { sections } from '../../facts/questions.js';
import { InstrumentResult } from '../components/instrument-result.js';
import { Verdict } from '../components/verdict.js';
import { getPath } from '../facts/edit.js';
import { answerLabel } from '../facts/labels.js';
import { assessment, facts, saved } from '../state/case.js';
import { go } from '../state/route.js';

export function ReportPage() {
  const result = assessment.value;
  const ref = saved.value;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div class="report">
      <div class="toolbar screen-only">
        <button type="button" class="primary" onClick={() => print()}>
          Print
        </button>
        <button type="button" onClick={() => go('assess')}>
          Back to the form
        </button>
      </div>
      <h1>Continuum assessment{facts.value.title ? `: ${facts.value.title}` : ''}</h1>
      <p class="meta">
        Prepared {today}
        {ref ? ` · saved case ${ref.id}, version ${ref.version}` : ' · not saved'}
      </p>
      <p class="disclaimer">
        A structured reading of legal definitions on the facts given below, with the articles relied on. It is
        not legal advice. An unknown fact is never treated as false: “undetermined” names the facts that would
        settle it.
      </p>

      <h2>Summary</h2>
      <table class="summary-table">
        <thead>
          <tr>
            <th scope="col">Instrument</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {result.instruments.map((r) => (
            <tr key={r.id}>
              <td>{r.title}</td>
              <td>
                <Verdict value={r.verdict} small />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Facts given</h2>
      {sections.map((section) => {
        const answered = section.questions.filter((q) => getPath(facts.value, q.path) !== undefined);
        if (answered.length === 0) return null;
        return (
          <section key={section.id} class="facts-given">
            <h3>{section.title}</h3>
            <dl>
              {answered.map((q) => (
                <div key={q.path}>
                  <dt>{q.question}</dt>
                  <dd>{answerLabel(getPath(facts.value, q.path))}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}

      <h2>Per instrument</h2>
      {result.instruments.map((r) => (
        <InstrumentResult key={r.id} result={r} printable />
      ))}
    </div>
  );
}
