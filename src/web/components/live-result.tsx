// One instrument's result on the Assess page, live: the verdict and notes at once; the elements that
// decided it, the questions that would settle it and the explanation once they have been worked out
// for the latest answer (dimmed and marked as updating until then). An undetermined verdict says why
// it is open: facts missing, or the law contested. Read as found, no question is asked.
import { useComputed } from '@preact/signals';
import { memo } from 'preact/compat';
import { useRef } from 'preact/hooks';
import type { ContestedPoint, InstrumentHeadline, Settling } from '../../law/assess.js';
import type { Decider } from '../../law/compare.js';
import type { Instrument } from '../../law/instrument.js';
import { formatCitation } from '../../law/logic/citation.js';
import { evaluate, type Finding, readerFor } from '../../law/logic/evaluate.js';
import { lawText } from '../../law/messages.js';
import { instrumentTitle } from '../../law/titles.js';
import { answerLabel, questionText, verdictInText } from '../facts/labels.js';
import { lang, t, tr } from '../i18n.js';
import { shareUnchanged } from '../live/share-findings.js';
import { instrumentById, ruleRead, treeReading } from '../state/results.js';
import { DecidedBy } from './decided-by.js';
import { Disclosure } from './disclosure.js';
import { FindingTree } from './finding-tree.js';
import { focusQuestion } from './focus.js';
import { OpenReasonWords } from './open-reason.js';
import { Verdict } from './verdict.js';

type Trees = { elements: Finding; remarks: Finding[]; asFound: boolean };

export function Settles({ settles }: { settles: Settling['settles'] }) {
  return (
    <span class="settles">
      {settles
        .map((s) =>
          t('web.result.settles', { answer: answerLabel(s.value), verdict: verdictInText(s.verdict) }),
        )
        .join('; ')}
    </span>
  );
}

/** The explanation of an open panel, for the facts the trees have caught up with. */
function Explanation({ instrument }: { instrument: Instrument }) {
  const previous = useRef<Trees | null>(null);
  const trees = useComputed(() => {
    // The same trees as assessInstrument's `elements` and `remarks`, built only for open panels.
    const { facts, asFound } = treeReading.value;
    const read = readerFor(facts);
    const next: Trees = {
      asFound,
      elements: shareUnchanged(
        previous.current?.elements,
        evaluate(ruleRead(instrument.rule, asFound), read),
      ),
      remarks: (instrument.remarks ?? []).map((remark, i) =>
        shareUnchanged(previous.current?.remarks[i], evaluate(ruleRead(remark, asFound), read)),
      ),
    };
    previous.current = next;
    return next;
  }).value;
  // Whether it is behind the answers is shown by the results' data-trees-pending (styles.css), so
  // that an answer need not re-render every open explanation just to mark it.
  return (
    <>
      <p class="updating">{t('web.result.updating')}</p>
      <FindingTree finding={trees.elements} asFound={trees.asFound} />
      {trees.remarks.length > 0 ? <h4>{t('web.result.remarks')}</h4> : null}
      {trees.remarks.map((remark) => (
        <FindingTree key={remark.id} finding={remark} asFound={trees.asFound} />
      ))}
    </>
  );
}

/**
 * `questions`: null until first worked out. An instrument that is not undetermined has none, known
 * at once. Whether they are from an earlier answer is shown by the results' data-questions-pending
 * (styles.css: dimmed, "updating…"), so that an answer re-renders only the results it changed.
 */
function SettleList({ questions, error }: { questions: Settling[] | null; error?: string }) {
  if (questions === null)
    return error ? (
      <div class="settle">
        <h4>{t('web.result.settleHeading')}</h4>
        <p class="problem">{t('web.result.failed', { error })}</p>
      </div>
    ) : (
      <div class="settle">
        <h4>
          {t('web.result.settleHeading')} <span class="working">{t('web.result.working')}</span>
        </h4>
      </div>
    );
  if (questions.length === 0) return null;
  return (
    <div class="settle">
      <h4>
        {t('web.result.settleHeading')} <span class="updating">{t('web.result.updatingDash')}</span>
      </h4>
      <ul>
        {questions.map((q) => (
          <li key={q.path}>
            <button type="button" class="link" onClick={() => focusQuestion(q.path)}>
              {questionText(q.path)}
            </button>{' '}
            <Settles settles={q.settles} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export const LiveResult = memo(function LiveResult({
  headline,
  questions,
  asked,
  deciders,
  contested,
  definitionMet,
  changed,
  error,
}: {
  headline: InstrumentHeadline;
  /** null until worked out. */
  questions: Settling[] | null;
  /** Whether questions are asked at all: not as found, where no fact is unknown. */
  asked: boolean;
  deciders: Decider[] | undefined;
  contested: readonly ContestedPoint[];
  definitionMet: boolean;
  changed: boolean;
  error?: string;
}) {
  const headingId = `result-${headline.id}`;
  const instrument = instrumentById.get(headline.id);
  return (
    <article
      class={changed ? 'result changed' : 'result'}
      aria-labelledby={headingId}
      data-instrument={headline.id}
    >
      <header>
        <h3 id={headingId}>{instrumentTitle(headline, lang.value)}</h3>
        <span class="verdict-line">
          <Verdict value={headline.verdict} />
          {changed ? <span class="changed-tag">{t('web.result.changed')}</span> : null}
        </span>
      </header>
      <p class="cite-line" translate={false}>
        {formatCitation(headline.citation)}
      </p>
      {headline.noteMessages.map((message) => {
        const note = lawText(message, tr.value);
        return (
          <p key={note} class="note">
            {note}
          </p>
        );
      })}
      {headline.verdict === 'undetermined' ? (
        <OpenReasonWords
          reason={headline.openBecause}
          contested={contested}
          questions={asked && questions ? questions.length : null}
          definitionMet={definitionMet}
        />
      ) : null}
      {deciders && deciders.length > 0 ? (
        <div class="decided">
          <h4>{t('web.result.decidedBy')}</h4>
          <DecidedBy deciders={deciders} />
        </div>
      ) : null}
      {asked ? <SettleList questions={questions} error={error} /> : null}
      {instrument ? (
        <Disclosure class="why" summary={t('web.result.why')}>
          {() => <Explanation instrument={instrument} />}
        </Disclosure>
      ) : null}
    </article>
  );
});
