// One way to report bad input everywhere: a problem names the JSON path of the bad field,
// what was expected and what was found, in words a person can act on.
export type Problem = {
  /** Dotted JSON path, e.g. `recruitment.deceivedAbout.wages` or `person.citizenships.0`; '' is the root. */
  path: string;
  /** A short machine-readable code, e.g. `unknown_field`, `invalid_type`, `too_big`. */
  code: string;
  message: string;
  expected?: string;
  found?: string;
};

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => String(segment)).join('.');
}

/**
 * A name that is none of the known ones (an instrument, a regime, a scenario…): the problem lists
 * the names that would do. `code` is e.g. `unknown_instrument`; `what` words it for people.
 */
export function unknownName(
  path: string,
  code: string,
  what: string,
  found: string,
  known: ReadonlyArray<{ id: string }>,
): Problem {
  return {
    path,
    code,
    message: `unknown ${what} "${found}"`,
    expected: known.map((k) => k.id).join(' | '),
    found,
  };
}
