// The one cache of the CTDC scan (ctdc-row-plan.ts): an evaluator's values (a verdict, a band) by
// the facts it can read. A row's fact columns fall into groups, each group's cells one number (its
// state); an evaluator's key is the facts each group it reads gives, cut to the paths it reads.
// So rows that differ only in facts it cannot read share one computation; on a miss the value is
// computed from the row's own facts, as without a cache (test/data/ctdc-scan-cache.test.ts checks
// the cached scan against the uncached one). Every memo is bounded: memory stays flat on any file.
import type { MappedFacts } from './ctdc-mapping.js';

/** Past this many entries a memo is forgotten and rebuilt, so that memory stays bounded. */
export const MAX_MEMO = 100_000;

/** A function of a record's facts that reads only some paths (outside them, facts never change it). */
export type Evaluator<T> = { reads: ReadonlySet<string>; compute: (mapped: MappedFacts) => T };

/** What the cache needs of a group: the paths it can set, its number of states, and the facts a state gives. */
export type StateFacts = { paths: ReadonlySet<string>; size: number; facts: (state: number) => MappedFacts };

/** A row's own facts, asked for only when a cache misses. */
export type FactSource = { own(): MappedFacts };

/** Groups with at most this many states keep their states' ids in an array, else in a Map. */
const ID_ARRAY = 1 << 16;

/** A group's facts cut to some paths, as text (a choice with nothing read changes nothing). */
function cut(facts: MappedFacts, reads: ReadonlySet<string>): string {
  const base = facts.base.filter(([path]) => reads.has(path));
  const choices = facts.choices
    .map((options) => options.map((option) => option.filter(([path]) => reads.has(path))))
    .filter((options) => options.some((option) => option.length > 0));
  return JSON.stringify([base, choices]);
}

/**
 * An evaluator's values: each group's state is seen through the paths it reads (the group's facts
 * cut to them, numbered as they come: an id), and the ids of the groups it reads are the key.
 */
export class ValueCache<T> {
  private readonly read: number[];
  /** Per group read: its states' ids (one character each, so that keys are their concatenation). */
  private ids: Array<string[] | Map<number, string>>;
  private readonly idOfCut: Array<Map<string, string>>;
  private readonly values = new Map<string, T>();

  constructor(
    private readonly evaluator: Evaluator<T>,
    private readonly groups: readonly StateFacts[],
  ) {
    this.read = groups.flatMap((group, g) =>
      [...group.paths].some((p) => evaluator.reads.has(p)) ? [g] : [],
    );
    this.ids = this.read.map((g) => (groups[g].size <= ID_ARRAY ? [] : new Map()));
    this.idOfCut = this.read.map(() => new Map());
  }

  value(states: readonly number[], source: FactSource): T {
    let key = '';
    for (let r = 0; r < this.read.length; r++) {
      const state = states[this.read[r]];
      const ids = this.ids[r];
      key += (Array.isArray(ids) ? ids[state] : ids.get(state)) ?? this.idOf(r, state);
    }
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.evaluator.compute(source.own());
      if (this.values.size >= MAX_MEMO) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }

  private idOf(r: number, state: number): string {
    const text = cut(this.groups[this.read[r]].facts(state), this.evaluator.reads);
    const ids = this.idOfCut[r];
    let id = ids.get(text);
    if (id === undefined) {
      // Ids are renumbered from scratch past the bound: the keys made of them go too.
      if (ids.size >= 0xffff) {
        for (const memo of [...this.idOfCut, this.values]) memo.clear();
        this.ids = this.read.map((g) => (this.groups[g].size <= ID_ARRAY ? [] : new Map()));
      }
      id = String.fromCharCode(ids.size);
      ids.set(text, id);
    }
    const memo = this.ids[r];
    if (Array.isArray(memo)) memo[state] = id;
    else {
      if (memo.size >= MAX_MEMO) memo.clear();
      memo.set(state, id);
    }
    return id;
  }
}
