import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateJson } from '../../src/data/aggregate.js';
import {
  allMargins,
  MAX_SUPPRESSED,
  protect,
  TooManySmallCells,
  tableRelations,
} from '../../src/data/k-anonymity.js';
import { recoverSuppressed } from '../support/disclosure-attack.js';

function table(entries: Array<[Array<string | null>, number]>): Map<string, number> {
  return new Map(entries.filter(([, n]) => n > 0).map(([values, n]) => [JSON.stringify(values), n]));
}

/** Random full tables: up to 3 dimensions of 2–4 values, counts 0–40 (many small). */
const arbitraryTable = fc
  .array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 })
  .chain((sizes) => {
    const cells: string[][] = sizes.reduce<string[][]>(
      (acc, size, d) =>
        acc.flatMap((prefix) => Array.from({ length: size }, (_, v) => [...prefix, `d${d}v${v}`])),
      [[]],
    );
    return fc
      .array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 40 })), {
        minLength: cells.length,
        maxLength: cells.length,
      })
      .map((counts) => ({
        by: sizes.map((_, d) => `d${d}`),
        counts: table(cells.map((values, i) => [values, counts[i]])),
      }));
  });

describe('k-anonymous release', () => {
  it('the attack works: suppressing only the small cells gives them away', () => {
    const counts = table([
      [['a', 'x'], 5],
      [['a', 'y'], 20],
      [['b', 'x'], 30],
      [['b', 'y'], 40],
    ]);
    const naive = [...allMargins(2, counts).values()].map((cell) => ({
      key: Object.fromEntries(
        ['r', 'c'].flatMap((d, i) => (cell.mask & (1 << i) ? [[d, cell.values[i] ?? null]] : [])),
      ),
      count: cell.count < 11 ? null : cell.count,
    }));
    expect(recoverSuppressed(['r', 'c'], naive)).toEqual([
      {
        key: JSON.stringify([
          ['c', 'x'],
          ['r', 'a'],
        ]),
        value: 5,
      },
    ]);
  });

  it('no suppressed cell can be recovered from the released margins (random tables)', () => {
    fc.assert(
      fc.property(arbitraryTable, fc.constantFrom(5, 11), ({ by, counts }, k) => {
        const release = aggregateJson(protect(by, counts, k));
        expect(recoverSuppressed(by, release.cells)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('publishes no count below k, true counts only, and hides every small cell', () => {
    fc.assert(
      fc.property(arbitraryTable, ({ by, counts }) => {
        const k = 11;
        const truth = allMargins(by.length, counts);
        const released = protect(by, counts, k);
        expect(released.cells).toHaveLength(truth.size);
        for (const cell of released.cells) {
          if (cell.count < k) expect(cell.suppressed).toBe(true);
          if (!cell.suppressed) expect(cell.count).toBeGreaterThanOrEqual(k);
        }
        // Under a published total, the hidden cells together hold at least k people.
        for (const { parent, children } of tableRelations(released)) {
          const hidden = children.filter((c) => c.suppressed);
          if (!parent.suppressed && hidden.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((s, c) => s + c.count, 0)).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a table that would be mostly holes, rather than searching for a long time', () => {
    const counts = table(
      Array.from({ length: MAX_SUPPRESSED + 10 }, (_, i): [string[], number] => [[`v${i}`, 'x'], 1]),
    );
    expect(() => protect(['a', 'b'], counts, 11)).toThrow(TooManySmallCells);
  });
});
