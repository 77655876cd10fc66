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

/**
 * Why an undetermined value is open: `facts` — some facts that are not recorded would settle it;
 * `law` — no recorded or unrecorded fact would: the law itself is contested on these facts.
 */
export type OpenReason = 'facts' | 'law';

/**
 * The values a node could still take once every fact it reads is known, as a set of three bits.
 * With every fact known only the law can leave a node undetermined, so the third value is an
 * undetermined that is the law's: a node is `met` when the set is {met}, `not_met` when it is
 * {not met}, open because of the law when it is {undetermined} alone, and open because of the
 * facts when it holds two values or more (some completion of the facts decides it).
 */
export type Outcomes = number;
export const CAN_MEET: Outcomes = 1;
export const CAN_FAIL: Outcomes = 2;
export const CAN_STAY_OPEN: Outcomes = 4;

const outcomeBits: ReadonlyArray<[Outcomes, Truth]> = [
  [CAN_MEET, MET],
  [CAN_FAIL, NOT_MET],
  [CAN_STAY_OPEN, UNDETERMINED],
];

/** A leaf's outcomes from its value: an undetermined leaf could be completed either way. */
export function leafOutcomes(value: Truth): Outcomes {
  return value === MET ? CAN_MEET : value === NOT_MET ? CAN_FAIL : CAN_MEET | CAN_FAIL;
}

/** The outcomes of a node whose value is known to be `value`, when that value is settled. */
export function settledOutcomes(value: Truth): Outcomes {
  return value === MET ? CAN_MEET : value === NOT_MET ? CAN_FAIL : CAN_STAY_OPEN;
}

/** The value a set of outcomes gives: settled only when it holds one settled value. */
export function truthOfOutcomes(outcomes: Outcomes): Truth {
  return outcomes === CAN_MEET ? MET : outcomes === CAN_FAIL ? NOT_MET : UNDETERMINED;
}

/** Why a node with these outcomes is open (only meaningful when it is undetermined). */
export function openReason(outcomes: Outcomes): OpenReason {
  return outcomes === CAN_STAY_OPEN ? 'law' : 'facts';
}

/** The values in a set of outcomes. */
export function outcomeValues(outcomes: Outcomes): Truth[] {
  return outcomeBits.filter(([bit]) => outcomes & bit).map(([, value]) => value);
}

/** The outcomes of `combine` applied to every pair of values from two sets (for small rows). */
export function liftOutcomes(a: Outcomes, b: Outcomes, combine: (a: Truth, b: Truth) => Truth): Outcomes {
  let result = 0;
  for (const x of outcomeValues(a))
    for (const y of outcomeValues(b)) result |= settledOutcomes(combine(x, y));
  return result;
}
