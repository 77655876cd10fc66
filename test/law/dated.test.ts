// Time in the law: the version that holds on a day, periods with both ends included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, dayBefore, holdsOn, type Version } from '../../src/law/dated.js';
import { addDays } from '../../src/pathways/dates.js';

const cite = { instrument: 'Test Act', article: 's 1', from: '2000-01-01' };
const days = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('1990-01-01', n));

/** Versions in date order, back to back, the last open-ended. */
const timelines = fc
  .array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 5 })
  .chain((lengths) =>
    days.map((first) => {
      const versions: Version<number>[] = [];
      let from = first;
      lengths.forEach((length, i) => {
        const last = i === lengths.length - 1;
        const until = addDays(from, length - 1);
        versions.push({ value: i, from, ...(last ? {} : { until }), cite });
        from = addDays(until, 1);
      });
      return versions;
    }),
  );

describe('Dated', () => {
  it('a period holds on its first and last day, not the day before or after', () => {
    const period = { from: '2009-04-01', until: '2023-01-29' };
    expect(holdsOn(period, '2009-04-01')).toBe(true);
    expect(holdsOn(period, '2023-01-29')).toBe(true);
    expect(holdsOn(period, '2009-03-31')).toBe(false);
    expect(holdsOn(period, '2023-01-30')).toBe(false);
    expect(holdsOn({ from: '2023-01-30' }, '2999-12-31')).toBe(true);
  });

  it('at(date) is the version whose period holds the date; before the first, the first; with no date, the last', () => {
    fc.assert(
      fc.property(timelines, days, (versions, date) => {
        const found = at(versions, date);
        if (date < versions[0].from) expect(found).toBe(versions[0]);
        else {
          expect(holdsOn(found, date)).toBe(true);
          expect(versions.filter((v) => holdsOn(v, date))).toEqual([found]);
        }
        expect(at(versions, null)).toBe(versions.at(-1));
      }),
    );
  });

  it('the day before a period is the last day a test "on or after" fails', () => {
    expect(dayBefore('2024-07-14')).toBe('2024-07-13');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    fc.assert(
      fc.property(days, (day) => {
        expect(addDays(dayBefore(day), 1)).toBe(day);
      }),
    );
  });
});
