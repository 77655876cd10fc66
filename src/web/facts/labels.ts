// Plain words for the vocabulary's enum values, for verdicts and for the instruments' short names,
// in the app's language (values and answers from the facts catalogue, src/i18n/messages/*/facts.json).
import {
  valueLabel as factValueLabel,
  questionFor,
  type Section,
  sectionsIn,
} from '../../facts/questions.js';
import type { Lang } from '../../i18n/index.js';
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

export const verdictWords: Record<string, string> = {
  met: 'Met',
  not_met: 'Not met',
  undetermined: 'Undetermined',
  not_applicable: 'Not applicable',
};

/** One symbol per value, always shown beside the words (never colour alone). */
export const verdictMarks: Record<string, string> = {
  met: '✔',
  not_met: '✘',
  undetermined: '?',
  not_applicable: '–',
};

/** What each verdict means in a few words, for the legend beside the verdicts. */
export const verdictShortMeanings: Record<string, string> = {
  met: 'the facts given fulfil the definition',
  not_met: 'the facts given rule it out',
  undetermined: 'open: facts missing, or the law contested',
  not_applicable: 'the law was not in force at the date of the events',
};

/** What each verdict means, for the glossary. */
export const verdictMeanings: Record<string, string> = {
  met: 'every element the definition requires is shown by the facts given.',
  not_met: 'the facts given rule the definition out: an element it requires is shown to be absent.',
  undetermined:
    'open, and it says why: either facts are missing (the questions that would settle it are listed beside it), or the law itself is contested on these facts — courts divide, and no fact would settle it.',
  not_applicable: 'this law was not in force on the date of the events, so it does not apply to them.',
};

/** Short names of the instruments, for tables and announcements (the ids stay in the JSON). */
const instrumentShortNames: Record<string, string> = {
  'un-trafficking-protocol': 'Palermo Protocol',
  'un-smuggling-protocol': 'Smuggling Protocol',
  'ilo-forced-labour-convention': 'ILO C029',
  'slavery-convention': 'Slavery Convention 1926',
  'supplementary-slavery-convention': 'Supplementary Convention 1956',
  'echr-article-4': 'ECHR Art 4',
  servitude: 'ECHR Art 4 servitude',
  'coe-trafficking-convention': 'Council of Europe Convention',
  'eu-trafficking-directive': 'EU Directive 2011/36',
  'uk-modern-slavery-act': 'UK Modern Slavery Act',
  'us-tvpa': 'US TVPA',
};

export function instrumentShortName(id: string, title: string): string {
  return instrumentShortNames[id] ?? title;
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
