// Durations and thresholds of the protection regimes, apart from the rules (STYLE.md §2): each a
// list of dated values with the source it comes from. A regime reads the value in force on the
// day the stage starts.
import type { Citation } from '../law/logic/citation.js';
import { addDays, addMonths, addWorkingDays } from './dates.js';

export type DurationUnit = 'days' | 'working_days' | 'months' | 'years';

export type DatedValue = { value: number; from: string; until?: string; cite: Citation };

export type DurationParameter = {
  name: string;
  label: string;
  unit: DurationUnit;
  versions: DatedValue[];
};

/** The version in force on `date`; before the first one, the first (the regime says it is out of force). */
export function versionAt(parameter: DurationParameter, date: string): DatedValue {
  const inForce = parameter.versions.filter(
    (v) => v.from <= date && (v.until === undefined || date <= v.until),
  );
  return inForce.at(-1) ?? parameter.versions[0];
}

/** The end date of a duration that starts on `start`. */
export function endOf(parameter: DurationParameter, start: string): string {
  const { value } = versionAt(parameter, start);
  switch (parameter.unit) {
    case 'days':
      return addDays(start, value);
    case 'working_days':
      return addWorkingDays(start, value);
    case 'months':
      return addMonths(start, value);
    case 'years':
      return addMonths(start, value * 12);
  }
}

export function describeDuration(parameter: DurationParameter, date: string): string {
  const { value } = versionAt(parameter, date);
  const unit = parameter.unit.replace('_', ' ');
  return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}
