// Texts for people in one language: ICU messages from the catalogues (FormatJS), numbers, dates,
// lists and country names through the platform's `Intl`. Pure and browser-safe.
import { IntlMessageFormat } from 'intl-messageformat';
import { flatCatalogue, type MessageKey } from './catalogues.js';
import { fastMessage, fastNumber } from './fast-format.js';
import { formatters } from './formatters.js';
import { defaultLang, type Lang, pseudoLang } from './languages.js';
import { pseudoCatalogue, pseudoText } from './pseudo.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** `Key`: the keys `t` takes — the core's domains, and for the web app its own domain too. */
export type Translator<Key extends string = MessageKey> = {
  lang: Lang;
  /** The message for a key written in the code. */
  t: (key: Key, values?: MessageValues) => string;
  /** The message for a key composed from data (`facts.question.${path}`); `fallback` when there is none. */
  dynamic: (key: string, values?: MessageValues, fallback?: string) => string;
  has: (key: string) => boolean;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** An ISO date (YYYY-MM-DD) as people write it in this language; other text is returned as is. */
  date: (iso: string) => string;
  /** "a, b and c" in this language. */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction') => string;
  /** The country's name for an ISO 3166-1 alpha-2 code (the code itself if the platform has none). */
  country: (code: string) => string;
};

const english = flatCatalogue('en');

/**
 * A message with nothing for ICU to do (no argument, plural or select, no quoting): it reads as
 * written. Such messages are returned as they are, without starting FormatJS, whose first use
 * costs about a tenth of a second — most of `continuum --help`'s time.
 */
const plain = (message: string) => !/[{}#']/.test(message);

/**
 * The messages of a language: its catalogues over the English ones (a key missing in a language
 * falls back to English; the completeness test keeps this empty), then `extra` (a domain loaded
 * apart, such as the web app's, already over its English). The pseudo-locale is English, changed.
 */
function messagesOf(lang: Lang, extra: Readonly<Record<string, string>>): Record<string, string> {
  if (lang === pseudoLang) return pseudoCatalogue({ ...english, ...extra });
  const own = lang === defaultLang ? english : { ...english, ...flatCatalogue(lang) };
  return Object.keys(extra).length === 0 ? own : { ...own, ...extra };
}

function build<Key extends string>(lang: Lang, extra: Readonly<Record<string, string>>): Translator<Key> {
  const messages = messagesOf(lang, extra);
  const pseudo = lang === pseudoLang;
  // Numbers, dates and lists of the pseudo-locale are formatted as English, then changed.
  const locale = pseudo ? defaultLang : lang;
  // ICU messages through FormatJS's message formatter (intl-messageformat), each compiled once, as
  // @formatjs/intl's formatMessage does it: a message missing (or empty) reads as its key, one that
  // cannot be formatted with these values as written. The formatters are shared by every message.
  const compiled = new Map<string, IntlMessageFormat>();
  const format = (key: string, values?: MessageValues) => {
    const message = messages[key];
    if (typeof message !== 'string' || message === '') return key;
    if (plain(message)) return message;
    // Simple arguments and plurals are filled in without FormatJS (src/i18n/fast-format.ts).
    const filled = fastMessage(locale, message, values);
    if (filled !== undefined) return filled;
    try {
      let formatter = compiled.get(key);
      if (formatter === undefined) {
        formatter = new IntlMessageFormat(message, locale, undefined, { formatters });
        compiled.set(key, formatter);
      }
      return formatter.format(values as Record<string, string | number | boolean | Date>) as string;
    } catch {
      // No console in the pure core: a malformed message or a missing value shows the message (and the tests fail).
      return message;
    }
  };
  let dates: Intl.DateTimeFormat | undefined;
  let regions: Intl.DisplayNames | undefined;
  const lists = new Map<string, Intl.ListFormat>();
  return {
    lang,
    t: format,
    dynamic: (key, values, fallback) =>
      Object.hasOwn(messages, key) ? format(key, values) : (fallback ?? key),
    has: (key) => Object.hasOwn(messages, key),
    number: (value, options) => {
      const fast = fastNumber(locale, value, options);
      if (fast !== undefined) return fast;
      try {
        return formatters.getNumberFormat(locale, options).format(value);
      } catch {
        return String(value);
      }
    },
    date: (iso) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
      dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      const date = dates.format(new Date(`${iso}T00:00:00Z`));
      return pseudo ? pseudoText(date) : date;
    },
    list: (items, type = 'conjunction') => {
      // Intl.ListFormat itself, as FormatJS uses it for a list of strings, without starting FormatJS.
      let listFormat = lists.get(type);
      if (listFormat === undefined) {
        listFormat = new Intl.ListFormat(locale, { type });
        lists.set(type, listFormat);
      }
      const list = listFormat.format(items);
      // Only the joining words are the pseudo-locale's: the items are already in it.
      return pseudo ? list.replace(/\b(and|or)\b/g, pseudoText) : list;
    },
    country: (code) => {
      let name = code;
      try {
        regions ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
        name = regions.of(code) ?? code;
      } catch {
        name = code;
      }
      return pseudo && name !== code ? pseudoText(name) : name;
    },
  };
}

const translators = new Map<Lang, Translator>();

/** The translator for a language (built once, then shared). */
export function translator(lang: Lang = defaultLang): Translator {
  let found = translators.get(lang);
  if (!found) {
    found = build<MessageKey>(lang, {});
    translators.set(lang, found);
  }
  return found;
}

/**
 * A translator that also knows the messages of a domain loaded apart (the web app loads its own
 * domain per language, on demand: src/web/i18n.ts). `extra` holds full keys (`web.…`), in the
 * language over its English; for the pseudo-locale, the English ones. Not cached: build it once.
 */
export function translatorWith<Key extends string>(
  lang: Lang,
  extra: Readonly<Record<string, string>>,
): Translator<MessageKey | Key> {
  return build<MessageKey | Key>(lang, extra);
}
