// Tri-state truth values with Kleene's strong three-valued logic. An absent fact is unknown
// (undetermined), never false.
export type Truth = 'met' | 'not_met' | 'undetermined';

export const MET: Truth = 'met';
export const NOT_MET: Truth = 'not_met';
export const UNDETERMINED: Truth = 'undetermined';

export function fromBoolean(value: boolean | null | undefined): Truth {
  if (value === true) return MET;
  if (value === false) return NOT_MET;
  return UNDETERMINED;
}

/** Strong Kleene conjunction: false as soon as one is false; true only when all are true. */
export function and(values: Iterable<Truth>): Truth {
  let result: Truth = MET;
  for (const value of values) {
    if (value === NOT_MET) return NOT_MET;
    if (value === UNDETERMINED) result = UNDETERMINED;
  }
  return result;
}

/** Strong Kleene disjunction: true as soon as one is true; false only when all are false. */
export function or(values: Iterable<Truth>): Truth {
  let result: Truth = NOT_MET;
  for (const value of values) {
    if (value === MET) return MET;
    if (value === UNDETERMINED) result = UNDETERMINED;
  }
  return result;
}

export function negate(value: Truth): Truth {
  if (value === MET) return NOT_MET;
  if (value === NOT_MET) return MET;
  return UNDETERMINED;
}

/** At least n of the values are true: met when n are certainly true, not_met when n are no longer possible. */
export function atLeastOf(n: number, values: Iterable<Truth>): Truth {
  let certain = 0;
  let possible = 0;
  for (const value of values) {
    if (value === MET) certain += 1;
    if (value !== NOT_MET) possible += 1;
  }
  if (certain >= n) return MET;
  if (possible < n) return NOT_MET;
  return UNDETERMINED;
}
