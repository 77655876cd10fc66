// A state's standing towards an instrument on a date, and the parties on a date: read from the
// lists, never guessed. A state missing from a list is "not a party" only up to the date the list
// is known (or believed) complete; after it, and before what is recorded, it is "unknown".
import { countryName } from '../../facts/country-codes.js';
import type { Certainty, Participation, ParticipationList, Row, Standing } from './types.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2015-07-31` → `31 Jul 2015`; a bare year stays a year. */
export function humanDate(date: string): string {
  if (date.length === 4) return date;
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

const actionWords: Record<Row['action'], string> = {
  ratification: 'ratified',
  accession: 'acceded',
  succession: 'succeeded',
  acceptance: 'accepted',
  approval: 'approved',
  definitive_signature: 'signed definitively',
  participation: 'took part',
  membership: 'joined',
};

function joined(row: Row): string {
  const when = row.deposited.length === 4 ? `in ${row.deposited}` : `on ${humanDate(row.deposited)}`;
  return `${actionWords[row.action]} ${when}`;
}

/**
 * The first day the row certainly binds the state. Where only the year of the deposit is known this
 * is the latest day it may have begun (the earliest is `bound.from`; between the two it is unknown).
 */
export function boundSince(row: Row): string {
  return row.boundFromLatest ?? row.bound.from;
}

/** When the row began to bind, in words: one day, or the interval a year-only deposit leaves. */
export function boundFromWords(row: Row): string {
  if (row.boundFromLatest === undefined) return `from ${humanDate(row.bound.from)}`;
  return `from some day between ${humanDate(row.bound.from)} and ${humanDate(row.boundFromLatest)} (only the year of the ${row.action} is recorded)`;
}

type Reading = { standing: Standing; reason: string };

function readRow(row: Row, date: string, name: string): Reading {
  const { from, until } = row.bound;
  if (until !== undefined && date >= until) {
    return {
      standing: 'not_party',
      reason: `${name} ${joined(row)}, and was no longer bound from ${humanDate(until)}.${row.note ? ` ${row.note}` : ''}`,
    };
  }
  if (date < from) {
    if (row.partyEarlier) {
      return {
        standing: 'unknown',
        reason: `${name} was bound by ${humanDate(from)} at the latest; since when before that is not recorded here.`,
      };
    }
    const soon = row.deposited.length !== 4 && date >= row.deposited;
    return {
      standing: 'not_party',
      reason: soon
        ? `${name} ${joined(row)}, binding from ${humanDate(from)}: not yet on this date.`
        : `${name} was not yet a party: it ${joined(row)}, binding ${boundFromWords(row)}.`,
    };
  }
  if (row.boundFromLatest !== undefined && date < row.boundFromLatest) {
    return {
      standing: 'unknown',
      reason: `${name} ${joined(row)}; bound ${boundFromWords(row)}: whether it was bound on this date is unknown.`,
    };
  }
  return { standing: 'party', reason: `${name} ${joined(row)}; bound ${boundFromWords(row)}.` };
}

/** The standing of `state` towards the list's instrument on `date` (ISO date). */
export function standingOn(list: ParticipationList, state: string, date: string): Participation {
  const name = countryName(state);
  const rows = list.rows.filter((row) => row.state === state);
  const base = { list: list.id, state, date, source: list.source };
  if (rows.length > 0) {
    // A row that says the state was a party before its act (`partyEarlier`) leaves that time unknown
    // only where no earlier act of the state is recorded.
    const earliest = rows.reduce((a, b) => (b.bound.from < a.bound.from ? b : a));
    const readings = rows
      .filter((row) => !(row.partyEarlier && row !== earliest && date < row.bound.from))
      .map((row) => ({ row, ...readRow(row, date, name) }));
    const chosen =
      readings.find((r) => r.standing === 'party') ??
      readings.find((r) => r.standing === 'unknown') ??
      // Not a party: the act closest before the date explains it best (a denunciation, or the act to come).
      readings
        .sort((a, b) => (a.row.bound.from < b.row.bound.from ? -1 : 1))
        .find((r) => date < r.row.bound.from) ??
      readings[readings.length - 1];
    return {
      ...base,
      standing: chosen.standing,
      certainty: chosen.row.certainty,
      row: chosen.row,
      reason: chosen.reason,
    };
  }
  const known = list.notParties?.find((entry) => entry.states.includes(state) && date <= entry.through);
  if (known && date >= list.inForce) {
    return {
      ...base,
      source: known.source,
      standing: 'not_party',
      certainty: known.certainty,
      row: null,
      reason: `${name} ${known.reason}.`,
    };
  }
  const excluded = list.exclusions?.[state];
  if (excluded) {
    return { ...base, standing: 'not_party', certainty: 'unchecked', row: null, reason: excluded };
  }
  if (date < list.inForce) {
    return {
      ...base,
      standing: 'not_party',
      certainty: 'checked',
      row: null,
      reason: `No state was bound before the instrument entered into force on ${humanDate(list.inForce)}.`,
    };
  }
  const missing = (certainty: Certainty, through: string): Participation => ({
    ...base,
    standing: 'not_party',
    certainty,
    row: null,
    reason: `${name} is not among the parties recorded up to ${humanDate(through)}${certainty === 'unchecked' ? ' (a list not checked against the depositary)' : ''}.`,
  });
  if (list.checkedThrough !== null && date <= list.checkedThrough)
    return missing('checked', list.checkedThrough);
  if (list.believedCompleteThrough !== undefined && date <= list.believedCompleteThrough) {
    return missing('unchecked', list.believedCompleteThrough);
  }
  const recorded = list.checkedThrough ?? list.believedCompleteThrough;
  return {
    ...base,
    standing: 'unknown',
    certainty: 'unchecked',
    row: null,
    reason: recorded
      ? `${name} is not among the parties recorded up to ${humanDate(recorded)}; whether it joined later is not recorded here.`
      : `${name} is not in this partial list of parties: whether it was bound is not recorded here.`,
  };
}

/** Every state recorded as a party on `date`, in code order. */
export function partiesOn(list: ParticipationList, date: string): Participation[] {
  const states = [...new Set(list.rows.map((row) => row.state))].sort();
  return states.map((state) => standingOn(list, state, date)).filter((p) => p.standing === 'party');
}
