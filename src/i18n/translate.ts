// Texts for people in one language: ICU messages from the catalogues (FormatJS), numbers, dates,
// lists and country names through the platform's `Intl`. Pure and browser-safe.
import { createIntl, type IntlShape } from '@formatjs/intl';
import { flatCatalogue, type MessageKey } from './catalogues.js';
import { defaultLang, type Lang } from './languages.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export type Translator = {
  lang: Lang;
  /** The message for a key written in the code. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** The message for a key composed from data (`facts.question.${path}`); `fallback` when there is none. */
  dynamic: (key: string, values?: MessageValues, fallback?: string) => string;
  has: (key: string) => boolean;
  number: (value: number, options?: Parameters<IntlShape<string>['formatNumber']>[1]) => string;
  /** An ISO date (YYYY-MM-DD) as people write it in this language; other text is returned as is. */
  date: (iso: string) => string;
  /** "a, b and c" in this language. */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction') => string;
  /** The country's name for an ISO 3166-1 alpha-2 code (the code itself if the platform has none). */
  country: (code: string) => string;
};

const english = flatCatalogue(defaultLang);

/**
 * A message with nothing for ICU to do (no argument, plural or select, no quoting): it reads as
 * written. Such messages are returned as they are, without starting FormatJS, whose first use
 * costs about a tenth of a second — most of `continuum --help`'s time.
 */
const plain = (message: string) => !/[{}#']/.test(message);

function build(lang: Lang): Translator {
  // A key missing in a language falls back to English (the completeness test keeps this empty).
  const messages = lang === defaultLang ? english : { ...english, ...flatCatalogue(lang) };
  let created: IntlShape<string> | undefined;
  const intl = (): IntlShape<string> => {
    created ??= createIntl({
      locale: lang,
      defaultLocale: defaultLang,
      messages,
      // No console in the pure core: a missing or malformed message shows its key (and the tests fail).
      onError: () => {},
    });
    return created;
  };
  const format = (key: string, values?: MessageValues) => {
    const message = messages[key];
    if (typeof message === 'string' && plain(message)) return message;
    return intl().formatMessage({ id: key }, values as Record<string, string | number | boolean | Date>);
  };
  let dates: Intl.DateTimeFormat | undefined;
  let regions: Intl.DisplayNames | undefined;
  return {
    lang,
    t: format,
    dynamic: (key, values, fallback) =>
      Object.hasOwn(messages, key) ? format(key, values) : (fallback ?? key),
    has: (key) => Object.hasOwn(messages, key),
    number: (value, options) => intl().formatNumber(value, options),
    date: (iso) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
      dates ??= new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      return dates.format(new Date(`${iso}T00:00:00Z`));
    },
    list: (items, type = 'conjunction') => intl().formatList(items, { type }),
    country: (code) => {
      try {
        regions ??= new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

const translators = new Map<Lang, Translator>();

/** The translator for a language (built once, then shared). */
export function translator(lang: Lang = defaultLang): Translator {
  let found = translators.get(lang);
  if (!found) {
    found = build(lang);
    translators.set(lang, found);
  }
  return found;
}
