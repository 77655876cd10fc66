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
//
// A group with few states has every state's id worked out when the plan is made, so its ids are
// dense (as many as its states differ for these paths, often far fewer than its states) and a key
// is a small number: then the values sit in a typed array indexed by the key, not in a Map.
// On a miss the value is computed from the record's own facts, as without a cache; a property test
// (test/data/ctdc-scan-cache.test.ts) checks the cached scan against the uncached one.
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import type { MappedFacts } from './ctdc-mapping.js';
import { instrumentReads, verdictOf } from './supervaluation.js';

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
    compute: (mapped) => verdictOf(mapped, instrument),
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

/** Groups with at most this many states get every state's id when the keys are made. */
const ENUMERATED_STATES = 4096;
/** Bounds: past them a memo is forgotten and rebuilt, so memory stays bounded on any file. */
const MAX_MEMO = 100_000;
const MAX_VALUES = 200_000;
/** Groups with at most this many states keep their ids in an array. */
const MEMO_ARRAY = 1 << 16;
/** Keys below this many: values in a typed array (2 bytes a key) instead of a Map. */
const DENSE_KEYS = 1 << 21;

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
  /** Numeric keys are below this (the product of the groups' id bounds). */
  readonly space: number;
  readonly numeric: boolean;
  /** Per group: id by state, in an array (-1: not yet) when the group has few states, else a Map. */
  private readonly memo: Array<Int32Array | Map<number, number>>;
  private readonly ids: Array<Map<string, number>>;
  private readonly others: ReadonlySet<string>[];
  /** Per group read: its place value in a numeric key (its ids stay below its bound). */
  private readonly place: number[];
  /** The groups read, as the numeric key reads them: per group, its full table of ids when it has one. */
  private readonly readGroups: Int32Array;
  private readonly readPlaces: Float64Array;
  private readonly readTables: Array<Int32Array | undefined>;

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
      let bound = all[g].size;
      if (bound <= ENUMERATED_STATES) {
        for (let state = 0; state < bound; state++) this.idOf(g, state);
        bound = this.ids[g].size;
      }
      this.place[g] = product;
      product *= bound;
    }
    this.space = product;
    this.numeric = product <= Number.MAX_SAFE_INTEGER;
    this.readGroups = Int32Array.from(this.groups);
    this.readPlaces = Float64Array.from(this.groups, (g) => this.place[g]);
    this.readTables = this.groups.map((g) => {
      const memo = this.memo[g];
      return all[g].size <= ENUMERATED_STATES && memo instanceof Int32Array ? memo : undefined;
    });
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

  /** The key of the groups' states (one state per group of the header). */
  key(states: readonly number[]): Key {
    const groups = this.groups;
    if (this.numeric) {
      const read = this.readGroups;
      const places = this.readPlaces;
      const tables = this.readTables;
      let key = 0;
      for (let i = 0; i < read.length; i++) {
        const g = read[i];
        const table = tables[i];
        key += (table !== undefined ? table[states[g]] : this.idOf(g, states[g])) * places[i];
      }
      return key;
    }
    let key = '';
    for (const g of groups) key += idChars(g) + idChars(this.idOf(g, states[g]));
    return key;
  }
}

/** One evaluator's values, by the key of the facts it reads. */
export class ProjectedCache<T> {
  /** Small key spaces: per key, 1 + the index of its value in `distinct` (0: not yet computed). */
  private readonly dense: Uint16Array | undefined;
  private readonly distinct: T[] = [];
  private readonly codes = new Map<T, number>();
  private readonly values = new Map<Key, T>();

  constructor(
    readonly evaluator: Evaluator<T>,
    readonly keys: ProjectionKeys,
  ) {
    if (keys.numeric && keys.space <= DENSE_KEYS) this.dense = new Uint16Array(keys.space);
  }

  value(key: Key, source: { own(): MappedFacts }): T {
    const dense = this.dense;
    if (dense !== undefined) {
      const code = dense[key as number];
      if (code !== 0) return this.distinct[code - 1];
      const value = this.evaluator.compute(source.own());
      let known = this.codes.get(value);
      // Past 65,535 distinct values (a band function of many strings), new ones are not kept.
      if (known === undefined && this.distinct.length < 0xffff) {
        known = this.distinct.push(value);
        this.codes.set(value, known);
      }
      if (known !== undefined) dense[key as number] = known;
      return value;
    }
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.evaluator.compute(source.own());
      if (this.values.size >= MAX_VALUES) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
