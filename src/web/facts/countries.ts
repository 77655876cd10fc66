// Countries by name: the ISO 3166-1 alpha-2 codes the vocabulary uses (the one list, in
// src/facts/country-codes.ts), named in the app's language by the translator (Intl.DisplayNames), so
// that a person picks "Spain" or « Espagne » and the case holds ES. A code that is not on the list is
// never accepted.
import { alpha2Codes, nearestCountryCodes } from '../../facts/country-codes.js';
import { type Lang, pseudoLang, translator } from '../../i18n/index.js';
import { lang as appLang } from '../i18n.js';

export type Country = { code: string; name: string };

const lists = new Map<Lang, Country[]>();

/** Codes some browsers' Intl data does not name (Kosovo is user-assigned, not ISO's own). */
const unnamed: Record<string, string> = { XK: 'Kosovo' };

/** Every country on the list, named in `lang` and sorted by name. */
export function countries(lang: Lang = appLang.value): Country[] {
  let list = lists.get(lang);
  if (!list) {
    const { country } = translator(lang);
    const collation = lang === pseudoLang ? 'en' : lang;
    list = [...alpha2Codes]
      .map((code) => {
        const name = country(code);
        return { code, name: name === code ? (unnamed[code] ?? code) : name };
      })
      .sort((a, b) => a.name.localeCompare(b.name, collation));
    lists.set(lang, list);
  }
  return list;
}

export function countryName(code: string, lang: Lang = appLang.value): string {
  return countries(lang).find((c) => c.code === code)?.name ?? code;
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
export function parseCountry(text: string, lang: Lang = appLang.value): string | null {
  const wanted = fold(text.replace(/\s*\(([A-Za-z]{2})\)\s*$/, ''));
  const bracketed = /\(([A-Za-z]{2})\)\s*$/.exec(text)?.[1]?.toUpperCase();
  if (bracketed && alpha2Codes.has(bracketed)) return bracketed;
  if (/^[a-z]{2}$/i.test(text.trim()) && alpha2Codes.has(text.trim().toUpperCase()))
    return text.trim().toUpperCase();
  for (const list of lang === 'en' ? [countries('en')] : [countries(lang), countries('en')]) {
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
