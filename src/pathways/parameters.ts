// Durations of the protection regimes, apart from the rules (STYLE.md §2): each a parameter of the
// law (src/law/parameters.ts) whose length may change over time, each version with its source. A
// stage reads the length in force on the day it starts, and its name says that length.
import type { Translator } from '../i18n/index.js';
import { at } from '../law/dated.js';
import type { Parameter } from '../law/parameters.js';
import { addDays, addMonths, addWorkingDays } from './dates.js';

export type DurationUnit = 'days' | 'working_days' | 'weeks' | 'months' | 'years';

export type Duration = Parameter<number, DurationUnit>;

/** The end date of a duration that starts on `start`, with its length as the law set it on `on`. */
export function endOf(duration: Duration, start: string, on: string): string {
  const { value } = at(duration.versions, on);
  switch (duration.unit) {
    case 'days':
      return addDays(start, value);
    case 'working_days':
      return addWorkingDays(start, value);
    case 'weeks':
      return addDays(start, value * 7);
    case 'months':
      return addMonths(start, value);
    case 'years':
      return addMonths(start, value * 12);
  }
}

/** The length as the law set it on `on`, in words ("45 days", « 6 mois »). */
export function lengthWords(duration: Duration, on: string, tr: Translator): string {
  return tr.t(`pathways.duration.${duration.unit}` as const, { count: at(duration.versions, on).value });
}
