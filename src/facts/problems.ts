// One way to report bad input everywhere: a problem names the JSON path of the bad field,
// what was expected and what was found, in words a person can act on (in the language asked for:
// the code stays the same in every language).
import { type Lang, translator } from '../i18n/index.js';
import { notACountry } from './country-codes.js';

export type Problem = {
  /** Dotted JSON path, e.g. `recruitment.deceivedAbout.wages` or `person.citizenships.0`; '' is the root. */
  path: string;
  /** A short machine-readable code, e.g. `unknown_field`, `invalid_type`, `too_big`. */
  code: string;
  message: string;
  expected?: string;
  found?: string;
};

/** A path in dotted form; an empty field name is written `""`, so that only the root is ''. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => (segment === '' ? '""' : String(segment))).join('.');
}

/** What kind of name was not found, for the problem's words. */
export type NameKind = 'instrument' | 'scenario' | 'regime' | 'prostitutionRegime' | 'language';

/**
 * A name that is none of the known ones (an instrument, a regime, a scenario…): the problem lists
 * the names that would do. `code` is e.g. `unknown_instrument`; `kind` words it for people.
 */
export function unknownName(
  path: string,
  code: string,
  kind: NameKind,
  found: string,
  known: ReadonlyArray<{ id: string }>,
  lang?: Lang,
): Problem {
  return {
    path,
    code,
    message: translator(lang).t(`problems.unknownName.${kind}`, { found }),
    expected: known.map((k) => k.id).join(' | '),
    found,
  };
}

/** A country code that names no country, with the nearest valid codes (`UK` → `GB`). */
export function unknownCountry(path: string, found: string): Problem {
  const { message, nearest } = notACountry(found);
  return {
    path,
    code: 'unknown_country',
    message,
    expected: nearest.join(' | '),
    found: JSON.stringify(found),
  };
}
