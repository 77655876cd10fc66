import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateJson } from '../../src/data/aggregate.js';
import { CannotProtect, protect } from '../../src/data/k-anonymity.js';
import { countLattice, keyOf, lattice, maskOf, orderedCells } from '../../src/data/table-lattice.js';
import { attackCells, pinnedAttributes, type Release } from '../support/disclosure-attack.js';

/** A lattice over small code lists and its counts from finest cells (coordinates → count). */
function table(sizes: number[], finest: Array<[number[], number]>) {
  const l = lattice(
    sizes.map((_, d) => `d${d}`),
    sizes.map((size, d) => Array.from({ length: size }, (_, v) => `d${d}v${v}`)),
  );
  return { l, counts: countLattice(l, finest) };
}

/** The truth of a cell of a release, from the counts. */
const truthOf = (l: ReturnType<typeof lattice>, counts: Float64Array) => {
  const byKey = new Map(orderedCells(l).map((id) => [JSON.stringify(keyOf(l, id)), counts[id]]));
  return (_: number, key: Record<string, string | null>) =>
    byKey.get(
      JSON.stringify(Object.fromEntries(l.dimensions.filter((d) => d in key).map((d) => [d, key[d]]))),
    ) ?? 0;
};

/** Random full tables: 2–3 dimensions of 2–4 categories, counts 0–40 (many small, many zero). */
const arbitraryTable = fc
  .array(fc.integer({ min: 2, max: 4 }), { minLength: 2, maxLength: 3 })
  .chain((sizes) => {
    const cells: number[][] = sizes.reduce<number[][]>(
      (acc, size) => acc.flatMap((prefix) => Array.from({ length: size }, (_, v) => [...prefix, v])),
      [[]],
    );
    return fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 40 })), {
        minLength: cells.length,
        maxLength: cells.length,
      })
      .map((counts) => ({ sizes, finest: cells.map((c, i): [number[], number] => [c, counts[i]]) }));
  });

describe('audited suppression', () => {
  it('the attack works: suppressing only the small cells gives them away', async () => {
    const { l, counts } = table(
      [2, 2],
      [
        [[0, 0], 5],
        [[0, 1], 20],
        [[1, 0], 30],
        [[1, 1], 40],
      ],
    );
    const suppressed = new Uint8Array(l.cells);
    for (let id = 0; id < l.cells; id++) if (counts[id] > 0 && counts[id] < 11) suppressed[id] = 1;
    const naive = aggregateJson({ lattice: l, k: 11, counts, suppressed });
    const figures = await attackCells([naive], 11, truthOf(l, counts));
    expect(figures).toMatchObject({ protectedCells: 1, recovered: 1 });
  });

  it('no protected cell is recovered or narrowed by the LP attacker (random tables, k = 5 and 11)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTable, fc.constantFrom(5, 11), async ({ sizes, finest }, k) => {
        const { l, counts } = table(sizes, finest);
        let release: ReturnType<typeof aggregateJson>;
        try {
          release = aggregateJson(await protect(l, counts, k));
        } catch (error) {
          // Refusing is allowed (a table too small to protect), never publishing a weak one.
          expect(error).toBeInstanceOf(CannotProtect);
          return;
        }
        const figures = await attackCells([release], k, truthOf(l, counts));
        expect(figures.recovered).toBe(0);
        expect(figures.narrowed).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('publishes every combination of the categories, true counts only, none from 1 to k − 1', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTable, async ({ sizes, finest }) => {
        const { l, counts } = table(sizes, finest);
        const k = 11;
        const released = await protect(l, counts, k).catch(() => undefined);
        if (!released) return;
        const json = aggregateJson(released);
        expect(json.cells).toHaveLength(l.cells);
        orderedCells(l).forEach((id, i) => {
          const count = json.cells[i].count;
          if (count !== null) expect(count).toBe(counts[id]);
          if (counts[id] > 0 && counts[id] < k) expect(count).toBeNull();
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a person known to be the only one of their group is not pinned to one cell', async () => {
    // Row 0 holds one person (in column 1); every other row is large.
    const { l, counts } = table(
      [4, 3],
      [
        [[0, 1], 1],
        [[1, 0], 14],
        [[1, 1], 12],
        [[1, 2], 20],
        [[2, 0], 15],
        [[2, 1], 30],
        [[2, 2], 13],
        [[3, 0], 40],
        [[3, 1], 16],
        [[3, 2], 22],
      ],
    );
    const release = aggregateJson(await protect(l, counts, 11));
    expect(await pinnedAttributes([release], { d0: 'd0v0' })).toEqual([]);
    // Without the audit, zeros published as 0 beside the one person would give them away.
    const suppressed = new Uint8Array(l.cells);
    for (let id = 0; id < l.cells; id++) if (counts[id] > 0 && counts[id] < 11) suppressed[id] = 1;
    const naive: Release = aggregateJson({ lattice: l, k: 11, counts, suppressed });
    expect(await pinnedAttributes([naive], { d0: 'd0v0' })).toEqual(['d1']);
  });

  it('refuses a file smaller than k, with no count in the reason', async () => {
    const { l, counts } = table([2, 2], [[[0, 0], 3]]);
    await expect(protect(l, counts, 11)).rejects.toThrow(/fewer than k records/);
    await expect(protect(l, counts, 11)).rejects.not.toThrow(/\d/);
  });

  it('the margins are protected too: a small margin is never published', async () => {
    const { l, counts } = table(
      [3, 2],
      [
        [[0, 0], 2],
        [[0, 1], 3],
        [[1, 0], 30],
        [[1, 1], 25],
        [[2, 0], 18],
        [[2, 1], 40],
      ],
    );
    const released = await protect(l, counts, 11);
    const rowZero = orderedCells(l).find((id) => maskOf(l, id) === 1 && keyOf(l, id).d0 === 'd0v0') as number;
    expect(released.suppressed[rowZero]).toBe(1);
  });
});
