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
