// Why an undetermined verdict is open, in words: because facts are missing (recording them could
// settle it), or because the law itself is contested on these facts (no fact would: courts divide).
// And which way of reading the facts produced the verdicts. Assess, Compare and the report say it
// the same way.
import type { ContestedPoint } from '../../law/assess.js';
import type { OpenReason } from '../../law/logic/truth.js';
import { ruleLabel, ruleNote } from '../../law/render/labels.js';
import { t, tr } from '../i18n.js';

/** The reason in a few words, for tables ("open: facts missing"). */
export function openReasonShort(reason: OpenReason | undefined): string {
  return reason ? t(`web.open.short.${reason}`) : '';
}

/** A contested reading: why courts divide, and who. */
function Contested({ point }: { point: ContestedPoint }) {
  return (
    <div class="contested">
      <p>{t('web.open.reading', { label: ruleLabel(tr.value, point) })}</p>
      {point.note ? <p class="note">{ruleNote(tr.value, point)}</p> : null}
      {point.citations.length > 0 ? (
        <p class="note">
          {t('web.open.authorities')}{' '}
          {point.citations.map((c, i) => (
            <span key={`${c.instrument}-${c.article}`}>
              {i > 0 ? '; ' : ''}
              <cite translate={false}>
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
        <p>{t('web.open.law')}</p>
        {contested.map((point) => (
          <Contested key={point.id} point={point} />
        ))}
      </div>
    );
  const why = definitionMet
    ? t('web.open.factsPeriod')
    : questions === null
      ? t('web.open.factsPlain')
      : questions > 0
        ? t('web.open.factsQuestions')
        : t('web.open.factsSeveral');
  return (
    <div class="open-reason" data-open-because="facts">
      <p>{why}</p>
      {contested.length > 0 ? <p>{t('web.open.lawIfNot')}</p> : null}
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
      {asFound ? t('web.open.asFound') : t('web.open.investigation')}
    </p>
  );
}
