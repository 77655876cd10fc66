// One instrument's result: verdict, citation, notes, the questions that would settle it, and the
// explanation tree (collapsed until asked for; fully expanded in the printed report).

import type { InstrumentAssessment } from '../../law/assess.js';
import { formatCitation } from '../../law/logic/citation.js';
import { answerLabel, verdictWords } from '../facts/labels.js';
import { Disclosure } from './disclosure.js';
import { FindingTree } from './finding-tree.js';
import { focusQuestion } from './focus.js';
import { Verdict } from './verdict.js';

export function Settles({ settles }: { settles: InstrumentAssessment['questions'][number]['settles'] }) {
  return (
    <span class="settles">
      {settles.map((s) => `${answerLabel(s.value)} → ${verdictWords[s.verdict].toLowerCase()}`).join('; ')}
    </span>
  );
}

export function InstrumentResult({
  result,
  printable,
}: {
  result: InstrumentAssessment;
  printable?: boolean;
}) {
  const headingId = `result-${result.id}`;
  return (
    <article class="result" aria-labelledby={headingId} data-instrument={result.id}>
      <header>
        <h3 id={headingId}>{result.title}</h3>
        <Verdict value={result.verdict} />
      </header>
      <p class="cite-line">{formatCitation(result.citation)}</p>
      {result.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
      {result.questions.length > 0 ? (
        <div class="settle">
          <h4>Questions that would settle it</h4>
          <ul>
            {result.questions.map((q) => (
              <li key={q.path}>
                {printable ? (
                  <span>{q.question}</span>
                ) : (
                  <button type="button" class="link" onClick={() => focusQuestion(q.path)}>
                    {q.question}
                  </button>
                )}{' '}
                <Settles settles={q.settles} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {printable ? (
        <section class="why">
          <h4>Why</h4>
          <FindingTree finding={result.elements} expanded />
          {result.remarks.length > 0 ? <h4>Remarks</h4> : null}
          {result.remarks.map((remark) => (
            <FindingTree key={remark.id} finding={remark} expanded />
          ))}
        </section>
      ) : (
        <Disclosure class="why" summary="Why — the explanation, with citations">
          {() => (
            <>
              <FindingTree finding={result.elements} />
              {result.remarks.length > 0 ? <h4>Remarks</h4> : null}
              {result.remarks.map((remark) => (
                <FindingTree key={remark.id} finding={remark} />
              ))}
            </>
          )}
        </Disclosure>
      )}
    </article>
  );
}
