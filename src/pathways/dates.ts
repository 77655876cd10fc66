// Plain date arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone or clock is read.
const DAY_MS = 86_400_000;

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromTime(target.getTime());
}

/**
 * The date `n` working days after `iso` (Monday to Friday). Public holidays are not modelled: the
 * result can be a day or two early around bank holidays.
 */
export function addWorkingDays(iso: string, n: number): string {
  let date = iso;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    const weekday = new Date(toTime(date)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}

/** A real calendar day: 2024-02-29 is one, 2024-02-31 is not (the parser would roll it over to March). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = toTime(value);
  return !Number.isNaN(time) && fromTime(time) === value;
}
