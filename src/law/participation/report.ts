// The participation lists as reports: the parties to one instrument on a date, and the instruments
// that bind one state on a date. Pure: the CLI (`continuum parties`, `continuum bound`), the API and
// the web app print these.
import { countryName } from '../../facts/country-codes.js';
import { defaultLang, type Lang, translator } from '../../i18n/index.js';
import { findParticipationList, participationLists } from './index.js';
import { boundSince, standingOn } from './standing.js';
import type { Certainty, ParticipationList, Row, Source, Standing } from './types.js';

export const PARTICIPATION_SCHEMA_VERSION = 1;

/** The latest date a list records anything for: its default date when none is asked for. */
export function recordedThrough(list: ParticipationList): string {
  const dates = [
    list.checkedThrough,
    list.believedCompleteThrough,
    list.source.asOf,
    ...list.rows.map((r) => r.deposited),
  ];
  return dates
    .filter((d): d is string => typeof d === 'string' && d.length === 10)
    .sort()
    .at(-1) as string;
}

type ListSummary = Pick<
  ParticipationList,
  'id' | 'title' | 'short' | 'source' | 'inForce' | 'bindsFrom' | 'checkedThrough'
> & {
  believedCompleteThrough: string | null;
};

function summary(list: ParticipationList): ListSummary {
  const { id, title, short, source, inForce, bindsFrom, checkedThrough } = list;
  return {
    id,
    title,
    short,
    source,
    inForce,
    bindsFrom,
    checkedThrough,
    believedCompleteThrough: list.believedCompleteThrough ?? null,
  };
}

export type PartyEntry = {
  state: string;
  name: string;
  action: Row['action'];
  deposited: string;
  /**
   * True where `deposited` is the latest day the act may have been made, not its day (the state was
   * missing from a list of those that had not acted by then): `since` is then the latest day it may
   * have begun to bind and `sinceEarliest` the instrument's entry into force.
   */
  depositedBy: boolean;
  /** The first day it certainly bound the state (for a year-only deposit, the latest day it may have begun). */
  since: string;
  /** For a year-only deposit, the earliest day it may have begun (between the two it is unknown); else null. */
  sinceEarliest: string | null;
  until: string | null;
  certainty: Certainty;
  /** Where the row was read: the row's own record, else the list's source. */
  source: Source;
  note: string | null;
};

export type PartiesReport = {
  schemaVersion: typeof PARTICIPATION_SCHEMA_VERSION;
  list: ListSummary;
  date: string;
  /** States bound on the date. */
  parties: PartyEntry[];
  /** States listed whose standing on the date is unknown (e.g. only the year of ratification is recorded). */
  unknown: Array<{ state: string; name: string; reason: string }>;
};

/** The earliest day a row may have begun to bind the state, where it records only a latest one; else null. */
function earliestBound(list: ParticipationList, row: Row): string | null {
  if (row.boundFromLatest !== undefined) return row.bound.from;
  return row.depositedBy && !row.inForceRecorded ? list.inForce : null;
}

/** The parties on `date`; the reasons and the states' names in `lang` (English for the JSON contract). */
export function partiesReport(
  list: ParticipationList,
  date: string = recordedThrough(list),
  lang: Lang = defaultLang,
): PartiesReport {
  const states = [...new Set(list.rows.map((row) => row.state))].sort();
  const standings = states.map((state) => standingOn(list, state, date, lang));
  const name = (state: string) =>
    lang === defaultLang ? countryName(state) : translator(lang).country(state);
  return {
    schemaVersion: PARTICIPATION_SCHEMA_VERSION,
    list: summary(list),
    date,
    parties: standings
      .filter((p) => p.standing === 'party' && p.row)
      .map((p) => {
        const row = p.row as Row;
        return {
          state: p.state,
          name: name(p.state),
          action: row.action,
          deposited: row.deposited,
          depositedBy: row.depositedBy === true,
          since: boundSince(row),
          sinceEarliest: earliestBound(list, row),
          until: row.bound.until ?? null,
          certainty: row.certainty,
          source: row.source ?? list.source,
          note: row.note ?? null,
        };
      }),
    unknown: standings
      .filter((p) => p.standing === 'unknown')
      .map((p) => ({ state: p.state, name: name(p.state), reason: p.reason })),
  };
}

export type BoundEntry = {
  id: string;
  title: string;
  short: string;
  standing: Standing;
  /** As in PartyEntry: the first day it certainly bound the state. */
  since: string | null;
  sinceEarliest: string | null;
  until: string | null;
  certainty: Certainty;
  reason: string;
  source: Source;
};

export type BoundReport = {
  schemaVersion: typeof PARTICIPATION_SCHEMA_VERSION;
  state: string;
  name: string;
  /** The date asked for, or null: then each instrument is read on the last date it records. */
  date: string | null;
  instruments: Array<BoundEntry & { date: string }>;
};

/** The instruments binding `state` on `date`; the reasons and the state's name in `lang` (English for the JSON contract). */
export function boundReport(
  state: string,
  date: string | null = null,
  lang: Lang = defaultLang,
): BoundReport {
  return {
    schemaVersion: PARTICIPATION_SCHEMA_VERSION,
    state,
    name: lang === defaultLang ? countryName(state) : translator(lang).country(state),
    date,
    instruments: participationLists.map((list) => {
      const on = date ?? recordedThrough(list);
      const p = standingOn(list, state, on, lang);
      return {
        id: list.id,
        title: list.title,
        short: list.short,
        date: on,
        standing: p.standing,
        since: p.standing === 'party' && p.row ? boundSince(p.row) : null,
        sinceEarliest: p.standing === 'party' && p.row ? earliestBound(list, p.row) : null,
        until: p.row?.bound.until ?? null,
        certainty: p.certainty,
        reason: p.reason,
        source: p.row?.source ?? list.source,
      };
    }),
  };
}

export { findParticipationList, participationLists };
