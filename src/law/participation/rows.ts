// The lists are written compactly, one entry per state, and read into rows here:
//   `GB 2006-02-09 r`     ratified on 9 Feb 2006 (r ratification, a accession, d succession,
//                         A acceptance, AA approval, s definitive signature, P participation, m membership)
//   `CN 2022 r ?`         ratified some time in 2022 (only the year is known); `?` not checked
//   `AT 1954-07-16 s <`   bound at the latest from that date, a party already before (earlier acts not recorded)
//   `FR 2016-05-31 r ~`   ratified on that date at the latest (the day of the act not recorded, e.g. a
//                         list of the Members that had not ratified by then leaves it out): bound at the
//                         latest from the day the instrument's rule gives; before that, unknown
//   `AO 1976-06-04 r @1975-11-11`  the source records the day it entered into force for the state (here
//                         Angola's independence), which then replaces the instrument's own rule
import type { Action, Certainty, Row, Source } from './types.js';

const actions: Readonly<Record<string, Action>> = {
  r: 'ratification',
  a: 'accession',
  d: 'succession',
  A: 'acceptance',
  AA: 'approval',
  s: 'definitive_signature',
  P: 'participation',
  m: 'membership',
};

/** The date a deposit made on `deposited` begins to bind the state (the instrument's own rule). */
export type BindsFrom = (deposited: string) => string;

/** An act that ended the state's participation: the first day it no longer binds. */
export type Ending = { until: string; note: string };

export type ReadOptions = {
  bindsFrom: BindsFrom;
  /** Rows not marked `?` are checked against the list's source; default true. */
  checked?: boolean;
  endings?: Readonly<Record<string, Ending>>;
  notes?: Readonly<Record<string, string>>;
  /** Every row read from another record than the list's source: that record. */
  source?: Source;
  /** Rows read from another record than the list's source, by state. */
  sources?: Readonly<Record<string, Source>>;
};

export function readRows(text: string, options: ReadOptions): Row[] {
  const rows: Row[] = [];
  for (const entry of text.trim().split(/\s{2,}|\n/)) {
    const [state, deposited, kind, ...flags] = entry.trim().split(/\s+/);
    const action = actions[kind];
    if (!/^[A-Z]{2}$/.test(state) || !/^\d{4}(-\d{2}-\d{2})?$/.test(deposited) || !action) {
      throw new Error(`participation list: cannot read the entry "${entry}"`);
    }
    const inForce = flags.find((flag) => flag.startsWith('@'))?.slice(1);
    if (inForce !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(inForce)) {
      throw new Error(`participation list: cannot read the entry "${entry}"`);
    }
    const unchecked = flags.includes('?') || options.checked === false;
    const certainty: Certainty = unchecked ? 'unchecked' : 'checked';
    // Only the year of the deposit is known and no day of entry into force is recorded: an interval.
    const yearOnly = deposited.length === 4 && inForce === undefined;
    const from = inForce ?? options.bindsFrom(yearOnly ? `${deposited}-01-01` : deposited);
    const ending = options.endings?.[state];
    const note = [options.notes?.[state], ending?.note].filter(Boolean).join(' ');
    const source = options.sources?.[state] ?? options.source;
    rows.push({
      state,
      action,
      deposited,
      bound: ending ? { from, until: ending.until } : { from },
      ...(inForce !== undefined ? { inForceRecorded: true as const } : {}),
      ...(yearOnly ? { boundFromLatest: options.bindsFrom(`${deposited}-12-31`) } : {}),
      ...(flags.includes('<') ? { partyEarlier: true as const } : {}),
      ...(flags.includes('~') ? { depositedBy: true as const } : {}),
      certainty,
      ...(source ? { source } : {}),
      ...(note ? { note } : {}),
    });
  }
  return rows;
}

function shift(date: string, change: (d: Date) => void): string {
  const d = new Date(`${date}T00:00:00Z`);
  change(d);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return shift(date, (d) => d.setUTCDate(d.getUTCDate() + days));
}

export function addMonths(date: string, months: number): string {
  return shift(date, (d) => d.setUTCMonth(d.getUTCMonth() + months));
}

/** The first day of the month after the one `date` falls in. */
export function firstOfNextMonth(date: string): string {
  return shift(date, (d) => {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + 1);
  });
}

export function latest(a: string, b: string): string {
  return a > b ? a : b;
}
