// A verdict as words and a mark, never colour alone; and the legend that says what each means.
import { verdictMarks, verdictShortMeanings, verdictWords } from '../facts/labels.js';
import { t } from '../i18n.js';

export function Verdict({ value, small }: { value: string; small?: boolean }) {
  return (
    <span class={`verdict verdict-${value}${small ? ' verdict-small' : ''}`} data-verdict={value}>
      <span aria-hidden="true">{verdictMarks[value] ?? '?'}</span> {verdictWords[value] ?? value}
    </span>
  );
}

const allVerdicts = ['met', 'not_met', 'undetermined', 'not_applicable'];

/** The verdicts with a few words each, always shown beside verdicts, and the way to the glossary. */
export function Legend({ values = allVerdicts }: { values?: string[] }) {
  return (
    <div class="legend" role="note" aria-label={t('web.verdict.legend')}>
      <ul>
        {values.map((value) => (
          <li key={value}>
            <Verdict value={value} small /> {verdictShortMeanings[value]}
          </li>
        ))}
      </ul>
      <a class="screen-only" href="#/glossary">
        {t('web.verdict.glossary')}
      </a>
    </div>
  );
}
