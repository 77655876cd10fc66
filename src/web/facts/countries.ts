// Countries by name: the ISO 3166-1 alpha-2 codes the vocabulary uses (the one list, in
// src/facts/country-codes.ts), named in the page's language by Intl.DisplayNames, so that a person
// picks "Spain" and the case holds ES. A code that is not on the list is never accepted.
import { alpha2Codes, nearestCountryCodes } from '../../facts/country-codes.js';

export type Country = { code: string; name: string };

const pageLocale = () => (typeof document !== 'undefined' && document.documentElement.lang) || 'en';

const lists = new Map<string, Country[]>();

/** Codes some browsers' Intl data does not name (Kosovo is user-assigned, not ISO's own). */
const unnamed: Record<string, string> = { XK: 'Kosovo' };

function nameIn(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? unnamed[code] ?? code;
  } catch {
    return unnamed[code] ?? code;
  }
}

/** Every country on the list, named in `locale` and sorted by name. */
export function countries(locale = pageLocale()): Country[] {
  let list = lists.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    list = [...alpha2Codes]
      .map((code) => ({ code, name: nameIn(names, code) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    lists.set(locale, list);
  }
  return list;
}

export function countryName(code: string, locale = pageLocale()): string {
  return countries(locale).find((c) => c.code === code)?.name ?? code;
}

/** Case, accents and spacing do not matter: "cote d'ivoire" finds Côte d’Ivoire. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The code of the country `text` names: its name in the page's language or in English, its name
 * with the code in brackets as the list shows it ("Spain (ES)"), or the code itself. Null when it
 * names none (e.g. "UK", which is not an ISO code: the United Kingdom is GB).
 */
export function parseCountry(text: string, locale = pageLocale()): string | null {
  const wanted = fold(text.replace(/\s*\(([A-Za-z]{2})\)\s*$/, ''));
  const bracketed = /\(([A-Za-z]{2})\)\s*$/.exec(text)?.[1]?.toUpperCase();
  if (bracketed && alpha2Codes.has(bracketed)) return bracketed;
  if (/^[a-z]{2}$/i.test(text.trim()) && alpha2Codes.has(text.trim().toUpperCase()))
    return text.trim().toUpperCase();
  for (const list of locale === 'en' ? [countries('en')] : [countries(locale), countries('en')]) {
    const found = list.find((c) => fold(c.name) === wanted);
    if (found) return found.code;
  }
  return null;
}

/** For text that names no country: the countries probably meant ("UK" → the United Kingdom), by code. */
export function suggestCountries(text: string): string[] {
  const trimmed = text.trim();
  return /^[a-z]{2}$/i.test(trimmed) ? nearestCountryCodes(trimmed) : [];
}

/** How the list shows a country: its name and code, e.g. "Spain (ES)". */
export const countryOption = (country: Country) => `${country.name} (${country.code})`;
