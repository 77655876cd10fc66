// Plain words for the vocabulary's enum values, for verdicts and for the instruments' short names,
// in the app's language (values and answers from the facts catalogue, src/i18n/messages/*/facts.json).
import {
  valueLabel as factValueLabel,
  questionFor,
  type Section,
  sectionsIn,
} from '../../facts/questions.js';
import type { Lang } from '../../i18n/index.js';
import { instrumentTitle } from '../../law/titles.js';
import { lang, t, tr } from '../i18n.js';

const sectionsByLang = new Map<Lang, Section[]>();

/** The form's sections and their questions, in the app's language. */
export function formSections(): Section[] {
  let found = sectionsByLang.get(lang.value);
  if (!found) {
    found = sectionsIn(lang.value);
    sectionsByLang.set(lang.value, found);
  }
  return found;
}

/** The question about a fact, in the app's language (the path itself if the vocabulary has none). */
export const questionText = (path: string): string => questionFor(path, lang.value);

/** `tied_work_visa` → "work visa tied to the employer", in the app's language. */
export function valueLabel(value: string): string {
  return factValueLabel(value, lang.value);
}

const verdicts = ['met', 'not_met', 'undetermined', 'not_applicable'] as const;

/** A record by verdict whose words are read in the app's language each time (web.verdict.*). */
function byVerdict(words: (verdict: (typeof verdicts)[number]) => string): Record<string, string> {
  return Object.defineProperties(
    {},
    Object.fromEntries(verdicts.map((verdict) => [verdict, { get: () => words(verdict), enumerable: true }])),
  );
}

/** Each verdict in a word or two, capitalised: "Met". */
export const verdictWords = byVerdict((verdict) => t(`web.verdict.${verdict}`));

/** One symbol per value, always shown beside the words (never colour alone). */
export const verdictMarks: Record<string, string> = {
  met: '✔',
  not_met: '✘',
  undetermined: '?',
  not_applicable: '–',
};

/** What each verdict means in a few words, for the legend beside the verdicts. */
export const verdictShortMeanings = byVerdict((verdict) => t(`web.verdict.short.${verdict}`));

/** What each verdict means, for the glossary. */
export const verdictMeanings = byVerdict((verdict) => t(`web.verdict.meaning.${verdict}`));

/** A verdict in the words of a sentence, lower case: "not met". */
export const verdictInText = (verdict: string): string =>
  tr.value.dynamic(`common.verdict.${verdict}`, undefined, verdict);

/**
 * The short name of an instrument, for tables and announcements (the ids stay in the JSON); its
 * title in the app's language where it has no short name.
 */
export function instrumentShortName(id: string, title: string): string {
  return tr.value.dynamic(`web.instrument.${id}`, undefined, instrumentTitle({ id, title }, lang.value));
}

export function answerLabel(value: unknown): string {
  if (value === true) return t('facts.answer.yes');
  if (value === false) return t('facts.answer.no');
  if (Array.isArray(value))
    return value.length === 0 ? t('facts.answer.none') : value.map((v) => valueLabel(String(v))).join(', ');
  if (typeof value === 'string') return valueLabel(value);
  if (value === undefined || value === null) return t('web.answer.dontKnow');
  if (typeof value === 'number') return tr.value.number(value);
  return String(value);
}
