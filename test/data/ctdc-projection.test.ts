// The projection caches on their own: keys from group states, a key its own slot when the key space
// is small, else a slot given per key. Whatever the path, a cached value must be the
// value the evaluator computes for those facts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MappedFacts } from '../../src/data/ctdc-mapping.js';
import {
  type CachedGroup,
  type Evaluator,
  ProjectedCache,
  ProjectionKeys,
} from '../../src/data/ctdc-projection.js';

/** A group whose state s sets its path to s mod `distinct` (so states share ids when distinct < size). */
function group(path: string, size: number, distinct = size): CachedGroup {
  return {
    paths: new Set([path]),
    size,
    contribution: (state) => ({ base: [[path, state % distinct]], choices: [] }),
  };
}

/** The facts of one row: every group's contribution, in group order. */
function factsOf(groups: readonly CachedGroup[], states: readonly number[]): MappedFacts {
  return { base: groups.flatMap((g, i) => g.contribution(states[i]).base), choices: [] };
}

function cacheOver(groups: CachedGroup[], reads: string[], compute: (mapped: MappedFacts) => string) {
  let computed = 0;
  const evaluator: Evaluator<string> = {
    reads: new Set(reads),
    compute: (mapped) => {
      computed++;
      return compute(mapped);
    },
  };
  const keys = new ProjectionKeys(evaluator.reads, groups);
  return { keys, cache: new ProjectedCache(evaluator, keys), computed: () => computed };
}

/** The read facts, as the evaluator sees them. */
const seen = (reads: string[]) => (mapped: MappedFacts) =>
  JSON.stringify(mapped.base.filter(([path]) => reads.includes(path)));

describe('CTDC projection caches', () => {
  it('key small groups by their distinct contributions: dense numbers below the space', () => {
    // 300 states that set only 7 distinct values, and a group that is not read.
    const groups = [group('a', 300, 7), group('b', 50), group('c', 9)];
    const { keys } = cacheOver(groups, ['a', 'c'], seen(['a', 'c']));
    expect(keys.groups).toEqual([0, 2]);
    expect(keys.space).toBe(7 * 9);
    const all = new Set<number>();
    for (let a = 0; a < 300; a++) for (let c = 0; c < 9; c++) all.add(keys.key([a, 0, c]) as number);
    expect([...all].sort((x, y) => x - y)).toEqual(Array.from({ length: 63 }, (_, i) => i));
    // A state of an unread group never changes the key.
    expect(keys.key([5, 49, 3])).toBe(keys.key([5, 0, 3]));
  });

  it('give the computed value for any states, with keys as slots and with slots given per key, computing each key once', () => {
    const dense = [group('a', 40, 13), group('b', 30)];
    // A group too large to enumerate: its ids are numbered as seen, the space is too big for an array.
    const sparse = [group('a', 40, 13), group('big', 1 << 22)];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(39), fc.nat((1 << 22) - 1)), { minLength: 1, maxLength: 300 }),
        (small, rows) => {
          const groups = small ? dense : sparse;
          const reads = small ? ['a', 'b'] : ['a', 'big'];
          const { cache, keys, computed } = cacheOver(groups, reads, seen(reads));
          const distinct = new Set<string>();
          for (const [a, b] of rows) {
            const states = [a, small ? b % 30 : b];
            const facts = factsOf(groups, states);
            distinct.add(seen(reads)(facts));
            expect(cache.value(keys.slot(states), { own: () => facts })).toBe(seen(reads)(facts));
          }
          expect(computed()).toBe(distinct.size);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('still answer right past 65,535 distinct values in a dense table (new ones computed each time)', () => {
    const groups = [group('a', 4096), group('b', 400)];
    const reads = ['a', 'b'];
    const { cache, keys, computed } = cacheOver(groups, reads, seen(reads));
    expect(keys.space).toBe(4096 * 400);
    let rows = 0;
    for (let a = 0; a < 4096; a++) {
      for (let b = 0; b < 20; b++) {
        const facts = factsOf(groups, [a, b]);
        expect(cache.value(keys.slot([a, b]), { own: () => facts })).toBe(seen(reads)(facts));
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(0xffff);
    // The first 65,535 values are kept; asking again for one of them computes nothing.
    const before = computed();
    const facts = factsOf(groups, [0, 0]);
    expect(cache.value(keys.slot([0, 0]), { own: () => facts })).toBe(seen(reads)(facts));
    expect(computed()).toBe(before);
    // One past the limit is computed again, and still right.
    const last = factsOf(groups, [4095, 19]);
    expect(cache.value(keys.slot([4095, 19]), { own: () => last })).toBe(seen(reads)(last));
    expect(computed()).toBe(before + 1);
  });

  it('forget slots given per key past 200,000 keys, and their values with them, answering right after', () => {
    const groups = [group('big', 1 << 22)];
    const { cache, keys, computed } = cacheOver(groups, ['big'], seen(['big']));
    let wrong = 0;
    const ask = (state: number) => {
      const facts = factsOf(groups, [state]);
      if (cache.value(keys.slot([state]), { own: () => facts }) !== seen(['big'])(facts)) wrong++;
    };
    for (let state = 0; state < 200_000; state++) ask(state);
    expect(wrong).toBe(0);
    expect(keys.generation).toBe(0);
    ask(7);
    expect(computed()).toBe(200_000);
    // The next new key starts again: slot 0 now means this key, not state 0's.
    ask(300_000);
    expect(keys.generation).toBe(1);
    ask(0);
    ask(7);
    expect(wrong).toBe(0);
    expect(computed()).toBe(200_003);
  });
});
