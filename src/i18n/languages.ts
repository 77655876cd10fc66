// The languages Continuum speaks, and how a language is chosen from what a person or a client
// asks for: a `--lang` option or `?lang=`, an Accept-Language header, the POSIX locale variables.
export const languages = ['en', 'fr', 'es'] as const;
/**
 * `xx` is the pseudo-locale: English with every letter accented and about 30% longer, made from the
 * English catalogues (src/i18n/pseudo.ts). It is never offered to people nor chosen from a header or
 * the locale; the web app's tests choose it, to find text that does not go through the catalogues
 * and layouts that break when a translation is longer.
 */
export const pseudoLang = 'xx';
export type Lang = (typeof languages)[number] | typeof pseudoLang;
export const defaultLang: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language of a BCP 47 tag (`fr-CH` → fr, `es-419` → es), if it is one of ours. */
export function langOfTag(tag: string): Lang | undefined {
  try {
    const language = new Intl.Locale(tag.trim().replace(/_/g, '-')).language;
    return isLang(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/** The first of the tags, in order of preference, whose language is one of ours. */
export function firstLang(tags: readonly string[]): Lang | undefined {
  for (const tag of tags) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The language asked for by an HTTP Accept-Language header (`fr-CH, fr;q=0.9, en;q=0.8`): tags by
 * descending quality, ties in the order given, `q=0` meaning "not this one".
 */
export function langOfAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return firstLang(ranked.map((entry) => entry.tag));
}

/**
 * The language of the POSIX locale, read as the C library reads it for messages: LC_ALL, then
 * LC_MESSAGES, then LANG; the first one set decides (`fr_FR.UTF-8` → fr; `C` or `POSIX` → none).
 */
export function langOfPosixLocale(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const tag = value.split(/[.@]/)[0];
    return tag === 'C' || tag === 'POSIX' ? undefined : langOfTag(tag);
  }
  return undefined;
}
