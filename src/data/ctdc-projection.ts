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
// The continuum band is settled over the readings like a verdict (ctdc-bands.ts): keyed alike.
//
// A group with few states has every state's id worked out when the plan is made, so its ids are
// dense (as many as its states differ for these paths, often far fewer than its states) and a key
// is a small number: then it is its own slot in the typed arrays that hold the values. Larger keys
// get a slot from one Map per key maker, shared by every evaluator that reads the same paths.
// On a miss the value is computed from the record's own facts, as without a cache; a property test
// (test/data/ctdc-scan-cache.test.ts) checks the cached scan against the uncached one.
import type { AssessmentMode } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import type { MappedFacts } from './ctdc-mapping.js';
import { instrumentReads, verdictOf } from './supervaluation.js';

/** How an evaluator's value depends on a record's facts. */
export type Evaluator<T> = {
  /** The paths it can read (outside them, facts never change its value). */
  reads: ReadonlySet<string>;
  compute: (mapped: MappedFacts) => T;
};

export function instrumentEvaluator(instrument: Instrument, mode?: AssessmentMode): Evaluator<Truth> {
  return {
    reads: instrumentReads(instrument, mode),
    compute: (mapped) => verdictOf(mapped, instrument, mode),
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
const MAX_SLOTS = 200_000;
/** Groups with at most this many states keep their ids in an array (4 bytes a state, touched as used). */
const MEMO_ARRAY = 1 << 20;
/** Keys below this many are slots themselves (values in a typed array, 2 bytes a key). */
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

/** A key: a number when the groups' ids fit one exactly, else a string of ids. */
export type Key = number | string;

/**
 * Keys by the facts some paths hold, over the groups of one header (shared by evaluators alike),
 * and slots: small numbers for keys, so that each evaluator's values sit in a typed array.
 */
export class ProjectionKeys {
  /** Indices of the groups whose paths are read, in group order. */
  readonly groups: number[];
  /** Numeric keys are below this (the product of the groups' id bounds). */
  readonly space: number;
  readonly numeric: boolean;
  /** Slots are below this: the key itself when the space is small, else a number given per key. */
  readonly slots: number;
  /** Bumped when the slots given per key are forgotten (memory stays bounded): values go with them. */
  generation = 0;
  /** Per group read: 1 + id by state in an array (0: not yet) when the group has few states, else a Map. */
  private readonly memo: Array<Int32Array | Map<number, number> | undefined>;
  private readonly ids: Array<Map<string, number>>;
  /** The groups read, in order, with their place values in a numeric key (ids stay below bounds). */
  private readonly readGroups: Int32Array;
  private readonly readPlaces: Float64Array;
  private readonly readMemos: Array<Int32Array | undefined>;
  private readonly slotOf: Map<Key, number> | undefined;

  constructor(
    private readonly reads: ReadonlySet<string>,
    private readonly all: readonly CachedGroup[],
  ) {
    this.groups = all.flatMap((group, i) => ([...group.paths].some((p) => reads.has(p)) ? [i] : []));
    const read = new Set(this.groups);
    this.memo = all.map((group, g) =>
      !read.has(g) ? undefined : group.size <= MEMO_ARRAY ? new Int32Array(group.size) : new Map(),
    );
    this.ids = all.map(() => new Map());
    const places: number[] = [];
    let product = 1;
    for (const g of this.groups) {
      let bound = all[g].size;
      if (bound <= ENUMERATED_STATES) {
        for (let state = 0; state < bound; state++) this.idOf(g, state);
        bound = this.ids[g].size;
      }
      places.push(product);
      product *= bound;
    }
    this.space = product;
    this.numeric = product <= Number.MAX_SAFE_INTEGER;
    this.readGroups = Int32Array.from(this.groups);
    this.readPlaces = Float64Array.from(places);
    this.readMemos = this.groups.map((g) => {
      const memo = this.memo[g];
      return memo instanceof Int32Array ? memo : undefined;
    });
    const dense = this.numeric && product <= DENSE_KEYS;
    this.slots = dense ? product : MAX_SLOTS;
    this.slotOf = dense ? undefined : new Map();
  }

  /** The id of group g's state as seen through these paths. */
  private idOf(g: number, state: number): number {
    const memo = this.memo[g] as Int32Array | Map<number, number>;
    const known = memo instanceof Int32Array ? memo[state] : (memo.get(state) ?? 0);
    if (known > 0) return known - 1;
    const contribution = this.all[g].contribution(state);
    const text = cutAll(contribution, this.reads);
    const ids = this.ids[g];
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    if (memo instanceof Int32Array) memo[state] = id + 1;
    else {
      if (memo.size >= MAX_MEMO) memo.clear();
      memo.set(state, id + 1);
    }
    return id;
  }

  /** The key of the groups' states (one state per group of the header). */
  key(states: readonly number[]): Key {
    const read = this.readGroups;
    if (this.numeric) {
      const places = this.readPlaces;
      const memos = this.readMemos;
      let key = 0;
      for (let i = 0; i < read.length; i++) {
        const g = read[i];
        const memo = memos[i];
        const known = memo !== undefined ? memo[states[g]] : 0;
        key += (known > 0 ? known - 1 : this.idOf(g, states[g])) * places[i];
      }
      return key;
    }
    let key = '';
    for (const g of read) key += idChars(g) + idChars(this.idOf(g, states[g]));
    return key;
  }

  /** The slot of the groups' states: below `slots`, the same for the same key until `generation` moves. */
  slot(states: readonly number[]): number {
    const key = this.key(states);
    const slotOf = this.slotOf;
    if (slotOf === undefined) return key as number;
    let slot = slotOf.get(key);
    if (slot === undefined) {
      if (slotOf.size >= MAX_SLOTS) {
        slotOf.clear();
        this.generation++;
      }
      slot = slotOf.size;
      slotOf.set(key, slot);
    }
    return slot;
  }
}

/** One evaluator's values, by the slot of the facts it reads. */
export class ProjectedCache<T> {
  /** Per slot: 1 + the index of its value in `distinct` (0: not yet computed). */
  private readonly codes: Uint16Array;
  private readonly distinct: T[] = [];
  private readonly codeOf = new Map<T, number>();
  private generation = 0;

  constructor(
    readonly evaluator: Evaluator<T>,
    readonly keys: ProjectionKeys,
  ) {
    this.codes = new Uint16Array(keys.slots);
  }

  value(slot: number, source: { own(): MappedFacts }): T {
    const codes = this.codes;
    if (this.generation !== this.keys.generation) {
      codes.fill(0);
      this.generation = this.keys.generation;
    }
    const code = codes[slot];
    if (code !== 0) return this.distinct[code - 1];
    const value = this.evaluator.compute(source.own());
    let known = this.codeOf.get(value);
    // Past 65,535 distinct values (a band function of many strings), new ones are not kept.
    if (known === undefined && this.distinct.length < 0xffff) {
      known = this.distinct.push(value);
      this.codeOf.set(value, known);
    }
    if (known !== undefined) codes[slot] = known;
    return value;
  }
}
