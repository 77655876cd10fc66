// Time in the law, in one shape. Whatever holds for a while — an instrument in force, a protection
// regime, one party's position under a prostitution law, the length of a reflection period — holds
// for a `Period`: from a day to a day, both included (no `until`: still so). A value the law sets
// is `Dated`: its versions in date order, each with the period it holds for and the provision that
// sets it, as OpenFisca keeps its parameters (a value per start date, with its reference).
import type { Citation } from './logic/citation.js';

/** From `from` to `until`, both ISO dates and both days included; no `until`: not ended. */
export type Period = { from: string; until?: string };

/** One version of a value the law sets: the value, when it holds, and where the law says so. */
export type Version<T> = Period & { value: T; cite: Citation };

/** A value over time: its versions in date order. */
export type Dated<T> = readonly Version<T>[];

/** Whether `date` falls within the period. */
export function holdsOn(period: Period, date: string): boolean {
  return period.from <= date && (period.until === undefined || date <= period.until);
}

/**
 * The version that holds on `date` (the latest where several do). Before the first version, and in
 * a gap, the first: the caller says that the law was not yet in force. With no date, the latest:
 * today's law.
 */
export function at<P extends Period>(versions: readonly P[], date: string | null): P {
  if (date === null) return versions[versions.length - 1];
  return versions.findLast((version) => holdsOn(version, date)) ?? versions[0];
}

/** The last day before a period that begins on `from`: the day a test "on or after `from`" turns. */
export function dayBefore(from: string): string {
  const day = new Date(`${from}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
