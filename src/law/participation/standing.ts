// A state's standing towards an instrument on a date, and the parties on a date: read from the
// lists, never guessed. A state missing from a list is "not a party" only up to the date the list
// is known (or believed) complete; after it, and before what is recorded, it is "unknown".
import { defaultLang, type Lang, type Translator, translator } from '../../i18n/index.js';
import { country, date, type LawMessage, lawText, nested } from '../messages.js';
import type { Certainty, Participation, ParticipationList, Row, Standing } from './types.js';

export { dateIn, humanDate } from '../messages.js';

/** What the state did and when, as a message: "ratified on 3 Jun 1932", "ratification le 3 juin 1932". */
function joined(row: Row): LawMessage {
  const action = nested({ id: `law.participation.action.${row.action}` });
  if (row.depositedBy)
    return { id: 'law.participation.joinedBy', values: { action, date: date(row.deposited) } };
  return row.deposited.length === 4
    ? { id: 'law.participation.joinedIn', values: { action, year: row.deposited } }
    : { id: 'law.participation.joinedOn', values: { action, date: date(row.deposited) } };
}

/**
 * The first day the row certainly binds the state. Where only the year of the deposit is known this
 * is the latest day it may have begun (the earliest is `bound.from`; between the two it is unknown).
 */
export function boundSince(row: Row): string {
  return row.boundFromLatest ?? row.bound.from;
}

/** When the row began to bind, as a message: one day, or the interval a year-only deposit leaves. */
function boundFromMessage(row: Row): LawMessage {
  if (row.depositedBy) return { id: 'law.participation.boundBy', values: { date: date(row.bound.from) } };
  if (row.boundFromLatest === undefined)
    return { id: 'law.participation.boundFrom', values: { date: date(row.bound.from) } };
  return {
    id: 'law.participation.boundBetween',
    values: {
      from: date(row.bound.from),
      until: date(row.boundFromLatest),
      act: nested({ id: `law.participation.act.${row.action}` }),
    },
  };
}

/** When the row began to bind, in words. */
export function boundFromWords(row: Row, tr: Translator = translator(defaultLang)): string {
  return lawText(boundFromMessage(row), tr);
}

type Reading = { standing: Standing; message: LawMessage };

function readRow(row: Row, date_: string, state: string): Reading {
  const { from, until } = row.bound;
  const name = country(state);
  const did = nested(joined(row));
  if (until !== undefined && date_ >= until) {
    return {
      standing: 'not_party',
      message: {
        id: 'law.participation.reason.noLonger',
        values: { name, joined: did, until: date(until), note: { text: row.note ? ` ${row.note}` : '' } },
      },
    };
  }
  if (date_ < from) {
    if (row.partyEarlier || row.depositedBy) {
      return {
        standing: 'unknown',
        message: { id: 'law.participation.reason.boundByLatest', values: { name, date: date(from) } },
      };
    }
    const soon = row.deposited.length !== 4 && date_ >= row.deposited;
    return {
      standing: 'not_party',
      message: soon
        ? { id: 'law.participation.reason.notYet', values: { name, joined: did, from: date(from) } }
        : {
            id: 'law.participation.reason.notYetParty',
            values: { name, joined: did, boundFrom: nested(boundFromMessage(row)) },
          },
    };
  }
  if (row.boundFromLatest !== undefined && date_ < row.boundFromLatest) {
    return {
      standing: 'unknown',
      message: {
        id: 'law.participation.reason.yearOnly',
        values: { name, joined: did, boundFrom: nested(boundFromMessage(row)) },
      },
    };
  }
  return {
    standing: 'party',
    message: {
      id: 'law.participation.reason.party',
      values: { name, joined: did, boundFrom: nested(boundFromMessage(row)) },
    },
  };
}

/**
 * The standing of `state` towards the list's instrument on `date` (ISO date); the reason in `lang`
 * (English by default: the JSON contracts carry it so).
 */
export function standingOn(
  list: ParticipationList,
  state: string,
  on: string,
  lang: Lang = defaultLang,
): Participation {
  const tr = translator(lang);
  const name = country(state);
  const rows = list.rows.filter((row) => row.state === state);
  const base = { list: list.id, state, date: on, source: list.source };
  const said = (message: LawMessage) => ({ message, reason: lawText(message, tr) });
  const known = list.notParties?.find((entry) => entry.states.includes(state) && on <= entry.through);
  const notParty = (entry: NonNullable<typeof known>): Participation => ({
    ...base,
    source: entry.source,
    standing: 'not_party',
    certainty: entry.certainty,
    row: null,
    ...said({ id: 'law.participation.reason.listed', values: { name, reason: { text: entry.reason } } }),
  });
  if (rows.length > 0) {
    // A row that says the state was a party before its act (`partyEarlier`) leaves that time unknown
    // only where no earlier act of the state is recorded.
    const earliest = rows.reduce((a, b) => (b.bound.from < a.bound.from ? b : a));
    const readings = rows
      .filter((row) => !(row.partyEarlier && row !== earliest && on < row.bound.from))
      .map((row) => ({ row, ...readRow(row, on, state) }));
    const chosen =
      readings.find((r) => r.standing === 'party') ??
      readings.find((r) => r.standing === 'unknown') ??
      // Not a party: the act closest before the date explains it best (a denunciation, or the act to come).
      readings
        .sort((a, b) => (a.row.bound.from < b.row.bound.from ? -1 : 1))
        .find((r) => on < r.row.bound.from) ??
      readings[readings.length - 1];
    // Where the rows leave the day unknown (a row that gives only the latest day of its act), a
    // record that the state was not a party then says more.
    if (chosen.standing === 'unknown' && chosen.row.depositedBy && known && on >= list.inForce)
      return notParty(known);
    return {
      ...base,
      standing: chosen.standing,
      certainty: chosen.row.certainty,
      row: chosen.row,
      ...said(chosen.message),
    };
  }
  if (known && on >= list.inForce) return notParty(known);
  const excluded = list.exclusions?.[state];
  if (excluded) {
    return {
      ...base,
      standing: 'not_party',
      certainty: 'unchecked',
      row: null,
      ...said({ id: 'law.participation.reason.recorded', values: { reason: { text: excluded } } }),
    };
  }
  if (on < list.inForce) {
    return {
      ...base,
      standing: 'not_party',
      certainty: 'checked',
      row: null,
      ...said({ id: 'law.participation.reason.beforeInForce', values: { date: date(list.inForce) } }),
    };
  }
  const missing = (certainty: Certainty, through: string): Participation => ({
    ...base,
    standing: 'not_party',
    certainty,
    row: null,
    ...said({
      id:
        certainty === 'unchecked'
          ? 'law.participation.reason.missingUnchecked'
          : 'law.participation.reason.missing',
      values: { name, date: date(through) },
    }),
  });
  if (list.checkedThrough !== null && on <= list.checkedThrough)
    return missing('checked', list.checkedThrough);
  if (list.believedCompleteThrough !== undefined && on <= list.believedCompleteThrough) {
    return missing('unchecked', list.believedCompleteThrough);
  }
  const recorded = list.checkedThrough ?? list.believedCompleteThrough;
  return {
    ...base,
    standing: 'unknown',
    certainty: 'unchecked',
    row: null,
    ...said(
      recorded
        ? { id: 'law.participation.reason.laterUnknown', values: { name, date: date(recorded) } }
        : { id: 'law.participation.reason.partial', values: { name } },
    ),
  };
}

/** Every state recorded as a party on `date`, in code order. */
export function partiesOn(list: ParticipationList, date: string): Participation[] {
  const states = [...new Set(list.rows.map((row) => row.state))].sort();
  return states.map((state) => standingOn(list, state, date)).filter((p) => p.standing === 'party');
}
