// Why an undetermined verdict is open, in words: because facts are missing (recording them could
// settle it), or because the law itself is contested on these facts (no fact would: courts divide).
// And which way of reading the facts produced the verdicts. Assess, Compare and the report say it
// the same way.
import type { ContestedPoint } from '../../law/assess.js';
import type { OpenReason } from '../../law/logic/truth.js';

const text = {
  short: { facts: 'open: facts missing', law: 'open: the law is contested' } as Record<OpenReason, string>,
  factsQuestions: 'Open because facts are missing: the answers to the questions below would settle it.',
  factsSeveral: 'Open because facts are missing: no single answer settles it, but several together would.',
  factsPeriod:
    'Open because facts are missing: the definition is fulfilled, but it is not recorded whether the conduct went on while this law was in force.',
  factsPlain: 'Open because facts are missing: recording them could settle it.',
  law: 'Open because the law itself is contested, not because facts are missing: no fact the case could add would settle it.',
  lawIfNot: 'If the facts do not settle it, the law itself is contested.',
  reading: (label: string) => `The reading courts divide on: ${label}.`,
  authorities: 'Courts that divide on it:',
  investigation: 'Read as an investigator would: a fact not recorded stays unknown.',
  asFound:
    'Decided on the facts as found, as a court would: every fact not recorded counts as not established.',
};

/** The reason in a few words, for tables ("open: facts missing"). */
export function openReasonShort(reason: OpenReason | undefined): string {
  return reason ? text.short[reason] : '';
}

/** A contested reading: why courts divide, and who. */
function Contested({ point }: { point: ContestedPoint }) {
  return (
    <div class="contested">
      <p>{text.reading(point.label)}</p>
      {point.note ? <p class="note">{point.note}</p> : null}
      {point.citations.length > 0 ? (
        <p class="note">
          {text.authorities}{' '}
          {point.citations.map((c, i) => (
            <span key={`${c.instrument}-${c.article}`}>
              {i > 0 ? '; ' : ''}
              <cite>
                {c.instrument}, {c.article}
              </cite>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Why an undetermined verdict is open, in full: the kind of reason, and the contested readings it
 * turns on. `questions`: how many questions would settle it alone (null when not yet known or not
 * asked); `definitionMet`: the definition is fulfilled and only the dates leave it open.
 */
export function OpenReasonWords({
  reason,
  contested,
  questions,
  definitionMet,
}: {
  reason: OpenReason | undefined;
  contested: readonly ContestedPoint[];
  questions: number | null;
  definitionMet?: boolean;
}) {
  if (!reason) return null;
  if (reason === 'law')
    return (
      <div class="open-reason" data-open-because="law">
        <p>{text.law}</p>
        {contested.map((point) => (
          <Contested key={point.id} point={point} />
        ))}
      </div>
    );
  const why = definitionMet
    ? text.factsPeriod
    : questions === null
      ? text.factsPlain
      : questions > 0
        ? text.factsQuestions
        : text.factsSeveral;
  return (
    <div class="open-reason" data-open-because="facts">
      <p>{why}</p>
      {contested.length > 0 ? <p>{text.lawIfNot}</p> : null}
      {contested.map((point) => (
        <Contested key={point.id} point={point} />
      ))}
    </div>
  );
}

/** Which way of reading the facts produced the verdicts shown, in one sentence. */
export function ModeLine({ asFound }: { asFound: boolean }) {
  return (
    <p class="mode-line" data-mode={asFound ? 'as_found' : 'investigation'}>
      {asFound ? text.asFound : text.investigation}
    </p>
  );
}
