// The law's sentences about a case that are not rule labels — when an instrument applies, whether
// it bound the state, a state's standing towards a treaty — kept as data: a catalogue key and its
// values, the values themselves codes (ISO dates, country codes, other messages), never words. The
// JSON contracts carry them so (`message`, `noteMessages`), and every reader renders them in its
// own language with `lawText` through the law catalogue (src/i18n/messages/<lang>/law.json).
import { countryName } from '../facts/country-codes.js';
import { defaultLang, type Lang, type MessageKey, type Translator, translator } from '../i18n/index.js';

/** A value of a law message: a code, or something to render in the reader's language. */
export type LawValue =
  | string
  | number
  /** An ISO date (YYYY-MM-DD), or a year. */
  | { date: string }
  /** An ISO 3166-1 alpha-2 code, rendered as the country's name. */
  | { country: string }
  /** Several codes, rendered as a list of names ("France and Spain"). */
  | { countries: string[] }
  /** Another message, rendered in the same language. */
  | { message: LawMessage }
  /** Messages joined as a list ("a, b or c"). */
  | { messages: LawMessage[]; join: 'conjunction' | 'disjunction' }
  /** Text recorded as data, in English (a participation list's own note): shown as it is. */
  | { text: string };

export type LawMessage = { id: MessageKey; values?: Record<string, LawValue> };

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2015-07-31` → `31 Jul 2015`; a bare year stays a year. */
export function humanDate(date: string): string {
  if (date.length === 4) return date;
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** A date in the translator's language: English as humanDate writes it (`31 Jul 2015`). */
export function dateIn(tr: Translator, date: string): string {
  return tr.lang === defaultLang || date.length === 4 ? humanDate(date) : tr.date(date);
}

/** A state's name in the translator's language. */
export function stateName(tr: Translator, state: string): string {
  return tr.lang === defaultLang ? countryName(state) : tr.country(state);
}

function valueText(tr: Translator, value: LawValue): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('date' in value) return dateIn(tr, value.date);
  if ('country' in value) return stateName(tr, value.country);
  if ('countries' in value) return tr.list(value.countries.map((code) => stateName(tr, code)));
  if ('message' in value) return render(tr, value.message);
  if ('messages' in value)
    return tr.list(
      value.messages.map((m) => render(tr, m)),
      value.join,
    );
  return value.text;
}

function render(tr: Translator, message: LawMessage): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, valueText(tr, value)]),
  );
  return tr.t(message.id, values);
}

/**
 * Texts already rendered, by language and message. A message is data (a key and codes), and a
 * language's translator never changes once made, so the same message always reads the same: every
 * assessment puts the same few dozen notes and reasons in words (when an instrument applies, whether
 * it bound the state), and rendering them through ICU was a sixth of an assessment's time. Bounded:
 * forgotten once it holds 4,096 texts.
 */
const rendered = new Map<string, string>();

/** The message in words, in `lang` (English by default) or through a translator already made. */
export function lawText(message: LawMessage, lang: Lang | Translator = defaultLang): string {
  if (typeof lang !== 'string') return render(lang, message);
  const key = `${lang} ${JSON.stringify(message)}`;
  let text = rendered.get(key);
  if (text === undefined) {
    text = render(translator(lang), message);
    if (rendered.size >= 4096) rendered.clear();
    rendered.set(key, text);
  }
  return text;
}

/** Shorthands for the values. */
export const date = (iso: string): LawValue => ({ date: iso });
export const country = (code: string): LawValue => ({ country: code });
export const nested = (message: LawMessage): LawValue => ({ message });
