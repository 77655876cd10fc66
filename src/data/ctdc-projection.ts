// Caching a record's verdicts by only the facts each verdict can depend on.
//
// The fact columns of a header fall into groups that mapRecord reads independently of each other:
// gender; the age band with the majority statuses; each variable group of flags (the two sector
// groups together: one sector is set from both); each country column. A group's cells, as values,
// are one number (its state), and what the group adds to the record's facts (its contribution) is a
// function of that state. A record's mapped facts are the contributions of its groups, in order.
//
// An instrument's verdict reads only the paths its folded rule reads (supervaluation.ts): its
// certain facts on those paths, and its choices cut to those paths. So each group's contribution,
// cut to those paths, is interned as a small id, and the ids of the groups an instrument reads are
// the key of its verdict: records that differ only in facts it cannot read share one computation.
// The continuum band reads only certain facts (ctdc-bands.ts), so its key keeps, per group, the
// certain facts on the paths it reads and which of those paths the group's choices leave open.
// On a miss the value is computed from the record's own facts, as without a cache; a property test
// (test/data/ctdc-scan-cache.test.ts) checks the cached scan against the uncached one.
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import type { MappedFacts } from './ctdc-mapping.js';
import { instrumentReads, verdictsOf } from './supervaluation.js';

/** How an evaluator's value depends on a record's facts. */
export type Evaluator<T> = {
  /** The paths it can read (outside them, facts never change its value). */
  reads: ReadonlySet<string>;
  /** 'certain': it reads only the certain facts (choices' paths unknown), as ctdcBand does. */
  sees: 'all' | 'certain';
  compute: (mapped: MappedFacts) => T;
};

export function instrumentEvaluator(instrument: Instrument): Evaluator<Truth> {
  return {
    reads: instrumentReads(instrument),
    sees: 'all',
    compute: (mapped) => verdictsOf(mapped, [instrument])[0],
  };
}

export type CachedGroup = {
  /** Every path the group's columns can set (pathsOfRole). */
  paths: ReadonlySet<string>;
  /** How many states the group can have (states run from 0 to size - 1). */
  size: number;
  /** What a state of the group adds to a record's facts. */
  contribution: (state: number) => MappedFacts;
};

/** Bounds: past them a memo is forgotten and rebuilt, so memory stays bounded on any file. */
const MAX_MEMO = 100_000;
const MAX_VALUES = 200_000;
/** Groups with at most this many states keep their ids in an array. */
const MEMO_ARRAY = 1 << 16;

/** An id as a short string (one char below 0xffff), prefix-free so that keys can be concatenated. */
export function idChars(id: number): string {
  return id < 0xffff ? String.fromCharCode(id) : String.fromCharCode(0xffff, id & 0xffff, id >>> 16);
}

function cutAll(contribution: MappedFacts, reads: ReadonlySet<string>): string {
  const base = contribution.base.filter(([path]) => reads.has(path));
  // A choice none of whose options sets a path read changes nothing the evaluator reads.
  const choices = contribution.choices
    .map((options) => options.map((option) => option.filter(([path]) => reads.has(path))))
    .filter((options) => options.some((option) => option.length > 0));
  return JSON.stringify([base, choices]);
}

function cutCertain(
  contribution: MappedFacts,
  reads: ReadonlySet<string>,
  others: ReadonlySet<string>,
): string {
  const open = new Set<string>();
  for (const options of contribution.choices)
    for (const option of options) for (const [p] of option) open.add(p);
  const base = contribution.base.filter(([path]) => reads.has(path) && !open.has(path));
  // An open path matters only where another group could set it for certain.
  const opened = [...open].filter((path) => reads.has(path) && others.has(path)).sort();
  return JSON.stringify([base, opened]);
}

/** A key: a number when the groups' ids fit one exactly, else a string of ids. */
export type Key = number | string;

/** Keys by the facts some paths hold, over the groups of one header (shared by evaluators alike). */
export class ProjectionKeys {
  /** Indices of the groups whose paths are read, in group order. */
  readonly groups: number[];
  /** Per group: id by state, in an array (-1: not yet) when the group has few states, else a Map. */
  private readonly memo: Array<Int32Array | Map<number, number>>;
  private readonly ids: Array<Map<string, number>>;
  private readonly others: ReadonlySet<string>[];
  /** Per group read: its place value in a numeric key (ids stay below the group's size). */
  private readonly place: number[];
  private readonly numeric: boolean;

  constructor(
    private readonly reads: ReadonlySet<string>,
    private readonly sees: 'all' | 'certain',
    private readonly all: readonly CachedGroup[],
  ) {
    this.groups = all.flatMap((group, i) => ([...group.paths].some((p) => reads.has(p)) ? [i] : []));
    this.memo = all.map((group) =>
      group.size <= MEMO_ARRAY ? new Int32Array(group.size).fill(-1) : new Map<number, number>(),
    );
    this.ids = all.map(() => new Map());
    this.others = all.map((_, i) => new Set(all.flatMap((other, j) => (j === i ? [] : [...other.paths]))));
    this.place = all.map(() => 0);
    let product = 1;
    for (const g of this.groups) {
      this.place[g] = product;
      product *= all[g].size;
    }
    this.numeric = product <= Number.MAX_SAFE_INTEGER;
  }

  /** Whether any of these groups is read. */
  readsAny(groups: ReadonlySet<number>): boolean {
    return this.groups.some((g) => groups.has(g));
  }

  /** The id of group g's state as seen through these paths. */
  private idOf(g: number, state: number): number {
    const memo = this.memo[g];
    let id = memo instanceof Int32Array ? memo[state] : (memo.get(state) ?? -1);
    if (id < 0) {
      const contribution = this.all[g].contribution(state);
      const text =
        this.sees === 'certain'
          ? cutCertain(contribution, this.reads, this.others[g])
          : cutAll(contribution, this.reads);
      const ids = this.ids[g];
      id = ids.get(text) ?? ids.size;
      if (id === ids.size) ids.set(text, id);
      if (memo instanceof Int32Array) memo[state] = id;
      else {
        if (memo.size >= MAX_MEMO) memo.clear();
        memo.set(state, id);
      }
    }
    return id;
  }

  /**
   * The key's part made by the given groups (default: all read), from the states. Parts made by
   * disjoint sets of groups add up (numbers) or concatenate (strings) to the key of their union.
   */
  key(states: readonly number[], only?: ReadonlySet<number>): Key {
    return this.keyOf(states, only ? this.groups.filter((g) => only.has(g)) : this.groups);
  }

  /** The key's part made by these groups (read ones, in group order): for use per row. */
  keyOf(states: readonly number[], groups: readonly number[]): Key {
    if (this.numeric) {
      let key = 0;
      for (let i = 0; i < groups.length; i++) {
        const g = groups[i];
        key += this.idOf(g, states[g]) * this.place[g];
      }
      return key;
    }
    let key = '';
    for (const g of groups) key += idChars(g) + idChars(this.idOf(g, states[g]));
    return key;
  }

  /** Of these groups, those read, in group order. */
  read(groups: ReadonlySet<number>): number[] {
    return this.groups.filter((g) => groups.has(g));
  }
}

/** Join two parts of a key (see ProjectionKeys.key). */
export function joinKeys(a: Key, b: Key): Key {
  return typeof a === 'number' && typeof b === 'number' ? a + b : `${a}${b}`;
}

/** One evaluator's values, by the key of the facts it reads. */
export class ProjectedCache<T> {
  private readonly values = new Map<Key, T>();

  constructor(
    readonly evaluator: Evaluator<T>,
    readonly keys: ProjectionKeys,
  ) {}

  value(key: Key, source: { own(): MappedFacts }): T {
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.evaluator.compute(source.own());
      if (this.values.size >= MAX_VALUES) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
