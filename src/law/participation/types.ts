// Which states are bound by a treaty, and since when: one list per instrument, one row per state's
// act (ratification, accession, succession, membership…), each with where the fact comes from and
// whether it was checked against the depositary's own record.
import type { LawMessage } from '../messages.js';

/**
 * `checked`: read from, or compared with, a copy of the depositary's own record (the row's `source`
 * when it has one, else the list's); `unchecked`: from secondary sources, not compared.
 */
export type Certainty = 'checked' | 'unchecked';

export type Action =
  | 'ratification'
  | 'accession'
  | 'succession'
  | 'acceptance'
  | 'approval'
  | 'definitive_signature'
  | 'participation'
  | 'membership';

/** Where a list's facts come from. */
export type Source = {
  name: string;
  url: string;
  /** The date of the copy of the source the checked rows were read from. */
  asOf: string;
};

export type Row = {
  /** ISO 3166-1 alpha-2. */
  state: string;
  action: Action;
  /** The date the state's instrument was deposited (or registered): an ISO date, or a year where only the year is known. */
  deposited: string;
  /**
   * The first day the instrument bound the state, and the first day it did not any more (denunciation,
   * withdrawal). Worked out from `deposited` by the instrument's own rule, unless the source records
   * the day it entered into force for the state (e.g. a new state bound from its independence).
   */
  bound: { from: string; until?: string };
  /** True where `bound.from` is the day the source records, not one worked out by the instrument's rule. */
  inForceRecorded?: true;
  /**
   * Where only the year of deposit is known: the latest day it may have begun to bind. Between
   * `bound.from` and this date whether the state was bound is unknown.
   */
  boundFromLatest?: string;
  /** True where the state was already a party before `deposited` (e.g. a League of Nations ratification not in the data). */
  partyEarlier?: true;
  /**
   * True where `deposited` is the latest day the act may have been made, not its day (e.g. the state
   * is missing from a list of the Members that had not ratified by then): `bound.from` is then the
   * latest day it began to bind, and before it the state's standing is unknown.
   */
  depositedBy?: true;
  certainty: Certainty;
  /** Where this row's facts were read, when not from the list's source (with the date of that copy). */
  source?: Source;
  /** What else matters about this row (an opt-out, a denunciation), in words. */
  note?: string;
};

export type ParticipationList = {
  /** The instrument's id where it is one Continuum assesses (e.g. `un-trafficking-protocol`), else its own (e.g. `ilo-c105`). */
  id: string;
  title: string;
  /** Short name for tables. */
  short: string;
  source: Source;
  /** The instrument's own entry into force. */
  inForce: string;
  /** How the date it binds each state is worked out, with the provision that says so. */
  bindsFrom: string;
  /**
   * Up to this date a state not in the list was not a party, as checked against the source. After
   * it, a state not in the list is `unknown` unless `believedCompleteThrough` says otherwise.
   */
  checkedThrough: string | null;
  /** Up to this date the list is believed complete, without having been checked against the depositary. */
  believedCompleteThrough?: string;
  /** Before this date nothing is recorded (e.g. the League of Nations era): every state is `unknown`. */
  recordedFrom?: string;
  rows: readonly Row[];
  /** States that take no part although they might be expected to (an opt-out), with why. */
  exclusions?: Readonly<Record<string, string>>;
  /**
   * States known not to have been parties up to a date although the list is partial (e.g. the
   * depositary's list of Members that have not ratified): `not_party` up to `through`, by this source.
   */
  notParties?: readonly NotParties[];
};

export type NotParties = {
  states: readonly string[];
  through: string;
  /** Completes "<state> …", in words, e.g. "had not ratified it by October 2022". */
  reason: string;
  source: Source;
  certainty: Certainty;
};

export type Standing = 'party' | 'not_party' | 'unknown';

/** One state's standing towards one instrument on one date, with the row and source behind it. */
export type Participation = {
  list: string;
  state: string;
  date: string;
  standing: Standing;
  certainty: Certainty;
  /** The row that decided it, if any. */
  row: Row | null;
  /** In words, for people (in the language asked for; English by default). */
  reason: string;
  /** The same as a message: a law-catalogue key and its values (ISO dates, codes), for any language. */
  message: LawMessage;
  source: Source;
};
