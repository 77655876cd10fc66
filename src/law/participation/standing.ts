// A state's standing towards an instrument on a date, and the parties on a date: read from the
// lists, never guessed. A state missing from a list is "not a party" only up to the date the list
// is known (or believed) complete; after it, and before what is recorded, it is "unknown".
import { countryName } from '../../facts/country-codes.js';
import { defaultLang, type Lang, type Translator, translator } from '../../i18n/index.js';
import type { Certainty, Participation, ParticipationList, Row, Standing } from './types.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2015-07-31` → `31 Jul 2015`; a bare year stays a year. */
export function humanDate(date: string): string {
  if (date.length === 4) return date;
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** A date in the translator's language: English as humanDate writes it (`31 Jul 2015`). */
export function dateIn(tr: Translator, date: string): string {
  return tr.lang === defaultLang ? humanDate(date) : tr.date(date);
}

/** A state's name in the translator's language. */
function stateName(tr: Translator, state: string): string {
  return tr.lang === defaultLang ? countryName(state) : tr.country(state);
}

/** What the state did and when, in words: "ratified on 3 Jun 1932", "ratification le 3 juin 1932". */
function joined(row: Row, tr: Translator): string {
  const action = tr.t(`law.participation.action.${row.action}`);
  return row.deposited.length === 4
    ? tr.t('law.participation.joinedIn', { action, year: row.deposited })
    : tr.t('law.participation.joinedOn', { action, date: dateIn(tr, row.deposited) });
}

/**
 * The first day the row certainly binds the state. Where only the year of the deposit is known this
 * is the latest day it may have begun (the earliest is `bound.from`; between the two it is unknown).
 */
export function boundSince(row: Row): string {
  return row.boundFromLatest ?? row.bound.from;
}

/** When the row began to bind, in words: one day, or the interval a year-only deposit leaves. */
export function boundFromWords(row: Row, tr: Translator = translator(defaultLang)): string {
  if (row.boundFromLatest === undefined)
    return tr.t('law.participation.boundFrom', { date: dateIn(tr, row.bound.from) });
  return tr.t('law.participation.boundBetween', {
    from: dateIn(tr, row.bound.from),
    until: dateIn(tr, row.boundFromLatest),
    act: tr.t(`law.participation.act.${row.action}`),
  });
}

type Reading = { standing: Standing; reason: string };

function readRow(row: Row, date: string, name: string, tr: Translator): Reading {
  const { from, until } = row.bound;
  const did = joined(row, tr);
  if (until !== undefined && date >= until) {
    return {
      standing: 'not_party',
      reason: tr.t('law.participation.reason.noLonger', {
        name,
        joined: did,
        until: dateIn(tr, until),
        note: row.note ? ` ${row.note}` : '',
      }),
    };
  }
  if (date < from) {
    if (row.partyEarlier) {
      return {
        standing: 'unknown',
        reason: tr.t('law.participation.reason.boundByLatest', { name, date: dateIn(tr, from) }),
      };
    }
    const soon = row.deposited.length !== 4 && date >= row.deposited;
    return {
      standing: 'not_party',
      reason: soon
        ? tr.t('law.participation.reason.notYet', { name, joined: did, from: dateIn(tr, from) })
        : tr.t('law.participation.reason.notYetParty', {
            name,
            joined: did,
            boundFrom: boundFromWords(row, tr),
          }),
    };
  }
  if (row.boundFromLatest !== undefined && date < row.boundFromLatest) {
    return {
      standing: 'unknown',
      reason: tr.t('law.participation.reason.yearOnly', {
        name,
        joined: did,
        boundFrom: boundFromWords(row, tr),
      }),
    };
  }
  return {
    standing: 'party',
    reason: tr.t('law.participation.reason.party', { name, joined: did, boundFrom: boundFromWords(row, tr) }),
  };
}

/**
 * The standing of `state` towards the list's instrument on `date` (ISO date); the reason in `lang`
 * (English by default: the JSON contracts carry it so).
 */
export function standingOn(
  list: ParticipationList,
  state: string,
  date: string,
  lang: Lang = defaultLang,
): Participation {
  const tr = translator(lang);
  const name = stateName(tr, state);
  const rows = list.rows.filter((row) => row.state === state);
  const base = { list: list.id, state, date, source: list.source };
  if (rows.length > 0) {
    // A row that says the state was a party before its act (`partyEarlier`) leaves that time unknown
    // only where no earlier act of the state is recorded.
    const earliest = rows.reduce((a, b) => (b.bound.from < a.bound.from ? b : a));
    const readings = rows
      .filter((row) => !(row.partyEarlier && row !== earliest && date < row.bound.from))
      .map((row) => ({ row, ...readRow(row, date, name, tr) }));
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
      reason: tr.t('law.participation.reason.beforeInForce', { date: dateIn(tr, list.inForce) }),
    };
  }
  const missing = (certainty: Certainty, through: string): Participation => ({
    ...base,
    standing: 'not_party',
    certainty,
    row: null,
    reason: tr.t(
      certainty === 'unchecked'
        ? 'law.participation.reason.missingUnchecked'
        : 'law.participation.reason.missing',
      { name, date: dateIn(tr, through) },
    ),
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
      ? tr.t('law.participation.reason.laterUnknown', { name, date: dateIn(tr, recorded) })
      : tr.t('law.participation.reason.partial', { name }),
  };
}

/** Every state recorded as a party on `date`, in code order. */
export function partiesOn(list: ParticipationList, date: string): Participation[] {
  const states = [...new Set(list.rows.map((row) => row.state))].sort();
  return states.map((state) => standingOn(list, state, date)).filter((p) => p.standing === 'party');
}
