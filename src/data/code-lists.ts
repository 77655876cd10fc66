// The code list of every dimension a release can be counted by: the categories a table is published
// over, whatever the data hold. A release lists every combination of them (zeros as 0), so which
// categories occur in the file is not told by which rows appear. A domain read off the data would
// say exactly that (e.g. "someone of this citizenship is in the file"), so none is: years come
// from a stated range, countries from ISO 3166-1, the rest from the vocabularies' own lists.
// `null` is always a category of its own: "not recorded".
import { bandIds } from '../continuum/bands.js';
import { alpha2Codes } from '../facts/country-codes.js';
import { ageBands, monthBands } from './ctdc-values.js';

export type Category = string | null;

/** CTDC's registration years: 2002 (IOM's legacy records) to 2024 (the latest public files, data.md §1.1). */
export const DEFAULT_YEARS = { from: 2002, to: 2024 } as const;

export type YearRange = { from: number; to: number };

export const countryCodeList: readonly string[] = [...alpha2Codes].filter((code) => code !== '').sort();

const verdicts = ['met', 'not_met', 'undetermined'];

/**
 * The categories of a dimension by its name (see aggregate-dimensions.ts), `null` last. A flag
 * column has `1` and not recorded; an instrument's verdict its three values.
 */
export function codeList(
  dimension: string,
  kind: 'fixed' | 'verdict' | 'flag',
  years: YearRange = DEFAULT_YEARS,
): Category[] {
  if (kind === 'verdict') return [...verdicts, null];
  if (kind === 'flag') return ['1', null];
  switch (dimension) {
    case 'year':
      return [...Array.from({ length: years.to - years.from + 1 }, (_, i) => String(years.from + i)), null];
    case 'gender':
      return ['female', 'male', 'other', null];
    case 'age':
      return [...ageBands, null];
    case 'months':
      return [...monthBands, null];
    case 'citizenship':
    case 'country':
      return [...countryCodeList, null];
    case 'band':
      return [...bandIds, null];
    default:
      throw new Error(`no code list for ${dimension}`);
  }
}

/** `2002-2024` → { from, to }; undefined when not a range of years. */
export function parseYearRange(text: string): YearRange | undefined {
  const match = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from > to || from < 1900 || to > 2100) return undefined;
  return { from, to };
}
