// Reading one CTDC cell: missing markers, flags, age bands, countries, genders. Each reader returns
// the normalised value (null = not recorded) or a problem in words; it never throws.
import { alpha2ByAlpha3, alpha2Codes } from '../facts/country-codes.js';
import type { ColumnRole, FormatSpec } from './ctdc-format.js';

export type Reading<T> = { value: T | null; problem?: string };

/** Age bands at registration, as the codebook lists them; the files write `0--8`, `09--17`, `0—8`. */
export const ageBands = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The highest age a band allows: the only age bound a band gives for an earlier moment. */
export const ageBandUpperBound: Record<AgeBand, number | null> = {
  '0-8': 8,
  '9-17': 17,
  '18-20': 20,
  '21-23': 23,
  '24-26': 26,
  '27-29': 29,
  '30-38': 38,
  '39-47': 47,
  '48+': null,
};

export const monthBands = ['0-12', '13-24', '25+'] as const;
export type MonthBand = (typeof monthBands)[number];

export type Gender = 'female' | 'male' | 'other';
export type Majority = 'adult' | 'minor';

export type CellValue = string | number | boolean;

const countries: readonly string[] = [...alpha2Codes].sort();
const valuesByKind: Partial<Record<ColumnRole['kind'], ReadonlyArray<CellValue | null>>> = {
  gender: [null, 'female', 'male', 'other'],
  age: [null, ...ageBands],
  majority: [null, 'adult', 'minor'],
  flag: [null, true],
  country: [null, ...countries],
};

/** Every value the reader of a fact column can give, null (not recorded) first; [] for other columns. */
export const cellValues = (role: ColumnRole): ReadonlyArray<CellValue | null> =>
  valuesByKind[role.kind] ?? [];

function dashless(raw: string): string {
  // `0--8`, `0—8` (em dash), `0–8` (en dash) and `09--17` all mean the same band.
  return raw
    .replace(/\s*(?:--|—|–)\s*/g, '-')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/\s+/g, '');
}

export function readAgeBand(raw: string): Reading<AgeBand> {
  const band = dashless(raw);
  return (ageBands as readonly string[]).includes(band)
    ? { value: band as AgeBand }
    : { value: null, problem: `unknown age band "${raw}" (expected one of ${ageBands.join(', ')})` };
}

export function readMonthBand(raw: string): Reading<MonthBand> {
  // `0--12 (0-1 yr)`: the band is before the bracket.
  const band = dashless(raw.replace(/\(.*\)/, ''));
  return (monthBands as readonly string[]).includes(band)
    ? { value: band as MonthBand }
    : { value: null, problem: `unknown months band "${raw}" (expected 0--12, 13--24 or 25+)` };
}

const genders: Record<string, Gender> = {
  female: 'female',
  woman: 'female',
  male: 'male',
  man: 'male',
  'trans/transgender/nonconforming': 'other',
  transgender: 'other',
  nonconforming: 'other',
};

export function readGender(raw: string): Reading<Gender> {
  const gender = genders[raw.toLowerCase()];
  return gender ? { value: gender } : { value: null, problem: `unknown gender "${raw}"` };
}

export function readMajority(raw: string): Reading<Majority> {
  const lower = raw.toLowerCase();
  if (lower === 'adult' || lower === 'minor') return { value: lower };
  return { value: null, problem: `expected Adult or Minor, found "${raw}"` };
}

export function readYear(raw: string): Reading<number> {
  const year = Number(raw);
  // CTDC's data run from 2002 (IOM's legacy records); allow a margin either side.
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) return { value: year };
  return { value: null, problem: `expected a year such as 2019, found "${raw}"` };
}

/** Countries become alpha-2, the facts vocabulary's code, whatever the file used. */
export function readCountry(raw: string, codes: FormatSpec['countryCodes']): Reading<string> {
  const code = raw.toUpperCase();
  if (codes === 'alpha-3') {
    const alpha2 = alpha2ByAlpha3.get(code);
    if (alpha2) return { value: alpha2 };
    if (alpha2Codes.has(code)) return { value: code, problem: `alpha-2 code "${raw}" in an alpha-3 file` };
    return { value: null, problem: `unknown ISO alpha-3 country code "${raw}"` };
  }
  // CO and MD are Colombia and Moldova here, not US states (data.md §1.2).
  if (alpha2Codes.has(code)) return { value: code };
  const fromAlpha3 = alpha2ByAlpha3.get(code);
  if (fromAlpha3) return { value: fromAlpha3, problem: `alpha-3 code "${raw}" in an alpha-2 file` };
  return { value: null, problem: `unknown ISO alpha-2 country code "${raw}"` };
}

/**
 * A flag is true when written `1`. `0` (k-anonymised) means "not ticked" and empty or `-99` means
 * "not recorded": neither says the thing did not happen, so both read as null (unknown).
 */
export function readFlag(raw: string, spec: FormatSpec): Reading<true> {
  if (raw === '1') return { value: true };
  if (raw === '0') {
    return spec.zeroFlags
      ? { value: null }
      : { value: null, problem: 'synthetic files write flags as 1 or empty; 0 read as not recorded' };
  }
  return {
    value: null,
    problem: `expected a flag (1${spec.zeroFlags ? ', 0' : ''} or empty), found "${raw}"`,
  };
}

/** One cell through the reader its column's role calls for. Missing markers give null quietly. */
export function readCell(raw: string, role: ColumnRole, spec: FormatSpec): Reading<CellValue> {
  const text = raw.trim();
  if (text === '' || spec.missing.includes(text)) return { value: null };
  switch (role.kind) {
    case 'year':
      return readYear(text);
    case 'gender':
      return readGender(text);
    case 'age':
      return readAgeBand(text);
    case 'majority':
      return readMajority(text);
    case 'country':
      return readCountry(text, spec.countryCodes);
    case 'months':
      return readMonthBand(text);
    case 'flag':
      return readFlag(text, spec);
    case 'list':
      // On the list (1) or not (0 or empty): for a capture history, absence is a real 0.
      if (text === '1') return { value: true };
      if (text === '0') return { value: null };
      return { value: null, problem: `expected 1 (on the list), 0 or empty, found "${raw}"` };
    case 'ignored':
      return { value: null };
  }
}
