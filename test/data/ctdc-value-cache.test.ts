// The value cache on its own: an evaluator's values by the facts it reads, each group's state seen
// through those paths. Whatever the states, a cached value must be the value the evaluator
// computes for those facts, and it is computed once per distinct facts read (until a bound).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StateFacts, ValueCache } from '../../src/data/ctdc-cache.js';
import type { MappedFacts } from '../../src/data/ctdc-mapping.js';

/** A group whose state s sets its path to s mod `distinct` (so states share ids when distinct < size). */
function group(path: string, distinct: number, size = 1 << 22): StateFacts {
  return {
    paths: new Set([path]),
    size,
    facts: (state) => ({ base: [[path, state % distinct]], choices: [] }),
  };
}

/** The facts of one row: every group's facts, in group order. */
function factsOf(groups: readonly StateFacts[], states: readonly number[]): MappedFacts {
  return { base: groups.flatMap((g, i) => g.facts(states[i]).base), choices: [] };
}

/** The read facts, as the evaluator sees them. */
const seen = (reads: string[]) => (mapped: MappedFacts) =>
  JSON.stringify(mapped.base.filter(([path]) => reads.includes(path)));

function cacheOver(groups: StateFacts[], reads: string[]) {
  let computed = 0;
  const cache = new ValueCache(
    {
      reads: new Set(reads),
      compute: (mapped) => {
        computed++;
        return seen(reads)(mapped);
      },
    },
    groups,
  );
  const ask = (states: number[]) => {
    const facts = factsOf(groups, states);
    return { got: cache.value(states, { own: () => facts }), want: seen(reads)(facts) };
  };
  return { ask, computed: () => computed };
}

describe('CTDC value cache', () => {
  it('gives the computed value for any states, computing each distinct read facts once', () => {
    // 'b' is not read: its state never changes a value; 'a' has 13 distinct facts over 40 states
    // (few states: ids kept in an array), 'c' many states (ids kept in a Map).
    const groups = [group('a', 13, 40), group('b', 30, 30), group('c', 1 << 22)];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(39), fc.nat(29), fc.nat((1 << 22) - 1)), { minLength: 1, maxLength: 300 }),
        (rows) => {
          const { ask, computed } = cacheOver(groups, ['a', 'c']);
          const distinct = new Set<string>();
          for (const states of rows) {
            const { got, want } = ask(states);
            expect(got).toBe(want);
            distinct.add(want);
          }
          expect(computed()).toBe(distinct.size);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('forgets its values past 100,000 keys and answers right after', () => {
    const { ask, computed } = cacheOver([group('a', 400), group('b', 400)], ['a', 'b']);
    let wrong = 0;
    const check = (n: number) => {
      const { got, want } = ask([n % 400, Math.floor(n / 400)]);
      if (got !== want) wrong++;
    };
    for (let n = 0; n < 100_000; n++) check(n);
    check(7);
    expect(computed()).toBe(100_000);
    check(100_001);
    check(7);
    expect(wrong).toBe(0);
    expect(computed()).toBe(100_002);
  });

  it('renumbers its ids past 65,535 distinct facts of a group and answers right after', () => {
    const { ask } = cacheOver([group('a', 1 << 22), group('b', 3)], ['a', 'b']);
    let wrong = 0;
    for (let state = 0; state < 70_000; state++) {
      const { got, want } = ask([state, state]);
      if (got !== want) wrong++;
    }
    for (let state = 0; state < 100; state++) {
      const { got, want } = ask([state, state + 1]);
      if (got !== want) wrong++;
    }
    expect(wrong).toBe(0);
  });
});
