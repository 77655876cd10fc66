// How the rows of one CTDC header are read fast (ctdc-scan.ts). Each fact column's cell adds a
// digit to its group's state (ctdc-projection.ts); what a group's state sets on the record (gender,
// age and majorities, lists of flags) is decoded once per state and shared; each verdict and the
// band are looked up by the key of the groups they read, and computed from the row's own facts
// only when that key is new. Nothing is kept per row or per distinct record, so a file of distinct
// rows costs little more than one of repeated rows: only the verdicts that are really new.

import { alpha2Codes } from '../facts/country-codes.js';
import type { AssessmentMode } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import { ctdcBand, ctdcBandReads } from './ctdc-bands.js';
import type { ColumnRole, DetectedHeader, FlagGroup } from './ctdc-format.js';
import { type CtdcRecord, type MappedFacts, mapRecord, pathsOfRole, settablePaths } from './ctdc-mapping.js';
import {
  type CachedGroup,
  type Evaluator,
  instrumentEvaluator,
  ProjectedCache,
  ProjectionKeys,
} from './ctdc-projection.js';
import {
  type AgeBand,
  ageBands,
  type CellValue,
  type Gender,
  type Reading,
  readCell,
} from './ctdc-values.js';
import { verdictsOf } from './supervaluation.js';

/** A continuum band function (ScanOptions.bandOf). */
export type BandOf = (mapped: MappedFacts) => string | null;

export type Naming = { synthetic: boolean; mergedMeans: boolean };

/** Sets one cell's value on a record, as its column's role says. */
export function assign(record: CtdcRecord, role: ColumnRole, value: CellValue, listBit: number): void {
  switch (role.kind) {
    case 'year':
      record.year = value as number;
      break;
    case 'gender':
      record.gender = value as CtdcRecord['gender'];
      break;
    case 'age':
      record.age = value as CtdcRecord['age'];
      break;
    case 'majority':
      if (role.at === 'exploitation')
        record.majorityAtExploitation = value as CtdcRecord['majorityAtExploitation'];
      else if (role.at === 'entry') record.majorityAtEntry = value as CtdcRecord['majorityAtEntry'];
      break;
    case 'country':
      if (role.of === 'citizenship') record.citizenship = value as string;
      else record.countryOfExploitation = value as string;
      break;
    case 'months':
      record.months = value as CtdcRecord['months'];
      break;
    case 'flag':
      record.flags[role.group].push(role.item);
      break;
    case 'list':
      record.lists |= listBit;
      break;
  }
}

export function emptyRecord(): CtdcRecord {
  return {
    year: null,
    gender: null,
    age: null,
    majorityAtExploitation: null,
    majorityAtEntry: null,
    citizenship: null,
    countryOfExploitation: null,
    months: null,
    flags: { means: [], exploitation: [], labourSector: [], sexSector: [], recruiter: [], abduction: [] },
    lists: 0,
  };
}

/** The values a fact column's reader can give, null first: a cell's digit is its index here. */
const genders: ReadonlyArray<Gender | null> = [null, 'female', 'male', 'other'];
const ages: ReadonlyArray<AgeBand | null> = [null, ...ageBands];
const majorities: ReadonlyArray<string | null> = [null, 'adult', 'minor'];
const flagValues: ReadonlyArray<true | null> = [null, true];

function domainOf(role: ColumnRole): ReadonlyArray<CellValue | null> | 'country' | undefined {
  switch (role.kind) {
    case 'gender':
      return genders;
    case 'age':
      return ages;
    case 'majority':
      return majorities;
    case 'flag':
      return flagValues;
    case 'country':
      return 'country';
    default:
      return undefined;
  }
}

/** mapRecord reads these together; every other fact column is read on its own group's terms. */
function groupName(role: ColumnRole): string {
  switch (role.kind) {
    case 'age':
    case 'majority':
      return 'age';
    case 'country':
      return `country:${role.of}`;
    case 'flag':
      return role.group === 'labourSector' || role.group === 'sexSector' ? 'sector' : role.group;
    default:
      return role.kind;
  }
}

/** Countries by code - 1: a country cell's state is its code (0: none). Readings are ISO alpha-2. */
const countries: readonly string[] = [...alpha2Codes].sort();
const countryCode = new Map(countries.map((country, i) => [country, i + 1]));

export const SKIP = 0;
const PLAIN = 1;
export const FACT = 2;
export const COUNTRY = 3;

/**
 * A cell's reading, and its part of its group's state: a fact cell's digit times its place there,
 * a country cell its country's code.
 */
type Cell = { reading: Reading<CellValue>; code: number };

/** A row's verdicts and band; `own` gives its own facts (computed once, when a cache misses). */
export type Values = { verdicts: Truth[]; band: string | null };
export type FactSource = { own(): MappedFacts };

/** What part of a record a group's columns set. */
type Part = 'gender' | 'age' | 'flags' | 'country';

type Group = CachedGroup & {
  columns: number[];
  part: Part;
  /** Flag groups: the variable groups its columns hold. */
  flagGroups: FlagGroup[];
  /** Per state: what it sets on a record (an array when the group has few states, else a Map). */
  decoded: Array<CtdcRecord | undefined> | Map<number, CtdcRecord>;
  /** Per state: its contribution to the mapped facts (only for groups with few states). */
  contributions: Array<MappedFacts | undefined> | undefined;
};

/** Groups with at most this many states keep their decodings in arrays. */
const STATE_ARRAY = 1 << 20;
/** Past this many decoded states in a Map, forget them (memory stays bounded). */
const MAX_DECODED = 50_000;

const truthCode: Record<Truth, number> = { met: 0, not_met: 1, undetermined: 2 };
const truths: readonly Truth[] = ['met', 'not_met', 'undetermined'];

function partOf(role: ColumnRole): Part {
  switch (role.kind) {
    case 'gender':
      return 'gender';
    case 'country':
      return 'country';
    case 'flag':
      return 'flags';
    default:
      return 'age';
  }
}

/** The plan for one header: how cells become group states, and the caches over them. */
export class RowPlan {
  readonly kinds: Uint8Array;
  readonly groupOf: Int32Array;
  readonly groups: Group[] = [];
  /** The current row's state of every group: the scan sets it, decode and values read it. */
  readonly states: number[];
  /** Whether every group's states are exact numbers (else: no cache, the reference path). */
  readonly cacheable: boolean = true;
  readonly listBits: number[];
  private readonly multiplier: Float64Array;
  private readonly cells: Array<Map<string, Cell>>;
  private readonly domains: Array<ReadonlyArray<CellValue | null> | undefined>;
  private readonly factGroups: number[];
  /** One cache per instrument, then the band's: each by the facts it reads. */
  private readonly caches: Array<ProjectedCache<Truth | string | null>> = [];
  /** Key makers, shared by caches that read the same paths the same way. */
  private readonly keyMakers: ProjectionKeys[] = [];
  private readonly makerOf: number[] = [];
  /** The current row's slot of each key maker. */
  private readonly slots: number[] = [];
  private readonly bandIndex: number;
  private readonly interned = new Map<number, Truth[]>();

  constructor(
    readonly header: DetectedHeader,
    readonly naming: Naming,
    readonly instruments: readonly Instrument[],
    readonly bandOf: BandOf | undefined,
    /** How facts not recorded are read by the verdicts (the band is the continuum's, either way). */
    readonly mode: AssessmentMode = 'investigation',
  ) {
    const columns = header.columns;
    this.kinds = new Uint8Array(columns.length);
    this.groupOf = new Int32Array(columns.length).fill(-1);
    this.multiplier = new Float64Array(columns.length);
    this.cells = columns.map(() => new Map());
    this.domains = columns.map(() => undefined);
    let nextList = 0;
    this.listBits = columns.map((c) => (c?.role.kind === 'list' ? 1 << nextList++ : 0));
    const byName = new Map<string, number>();
    columns.forEach((column, i) => {
      if (!column || column.role.kind === 'ignored') return;
      const role = column.role;
      const domain = domainOf(role);
      if (!domain) {
        this.kinds[i] = PLAIN;
        return;
      }
      const name = groupName(role);
      let g = byName.get(name);
      if (g === undefined) {
        g = this.groups.length;
        byName.set(name, g);
        const group: Group = {
          columns: [],
          part: partOf(role),
          flagGroups: [],
          decoded: [],
          contributions: undefined,
          paths: new Set(),
          size: domain === 'country' ? countries.length + 1 : 1,
          contribution: (state) => this.contribution(group, state),
        };
        this.groups.push(group);
      }
      const group = this.groups[g];
      this.groupOf[i] = g;
      group.columns.push(i);
      if (role.kind === 'flag' && !group.flagGroups.includes(role.group)) group.flagGroups.push(role.group);
      for (const path of pathsOfRole(role)) (group.paths as Set<string>).add(path);
      if (domain === 'country') {
        // The last country written wins (as in a record): the state is that country's code.
        this.kinds[i] = COUNTRY;
        return;
      }
      this.kinds[i] = FACT;
      this.domains[i] = domain;
      // Mixed radix: each column a digit of its group's state.
      this.multiplier[i] = group.size;
      group.size *= domain.length;
    });
    // A verdict list is coded in one number (base 3): up to 33 instruments.
    if (instruments.length > 33) this.cacheable = false;
    for (const group of this.groups) {
      if (group.size > Number.MAX_SAFE_INTEGER) this.cacheable = false;
      if (group.size > STATE_ARRAY) group.decoded = new Map();
      else group.contributions = [];
    }
    this.states = this.groups.map(() => 0);
    this.factGroups = this.groups.flatMap((g, i) => (g.part === 'country' ? [] : [i]));
    if (!this.cacheable) {
      this.bandIndex = -1;
      return;
    }

    // ctdcBand reads known paths; any other band function may read any.
    const bandEvaluator: Evaluator<string | null> | undefined = bandOf
      ? { reads: bandOf === ctdcBand ? ctdcBandReads() : settablePaths, compute: bandOf }
      : undefined;
    const evaluators: Array<Evaluator<Truth | string | null>> = instruments.map((i) =>
      instrumentEvaluator(i, mode),
    );
    if (bandEvaluator) evaluators.push(bandEvaluator);
    this.bandIndex = bandEvaluator ? instruments.length : -1;
    const makers = new Map<string, number>();
    for (const evaluator of evaluators) {
      const signature = [...evaluator.reads].sort().join();
      let m = makers.get(signature);
      if (m === undefined) {
        m = this.keyMakers.length;
        makers.set(signature, m);
        this.keyMakers.push(new ProjectionKeys(evaluator.reads, this.groups));
      }
      this.makerOf.push(m);
      this.caches.push(new ProjectedCache(evaluator, this.keyMakers[m]));
    }
  }

  /** The cell's reading and its part of its group's state (cached per distinct cell text). */
  cell(i: number, raw: string, role: ColumnRole, header: DetectedHeader): Cell {
    const cache = this.cells[i];
    let cell = cache.get(raw);
    if (!cell) {
      const reading = readCell(raw, role, header.spec);
      cell = { reading, code: 0 };
      const value = reading.value;
      if (value !== null) {
        const kind = this.kinds[i];
        if (kind === FACT) {
          const digit = (this.domains[i] as ReadonlyArray<CellValue | null>).indexOf(value);
          if (digit < 0) throw new Error(`internal: no digit for the value ${String(value)} of column ${i}`);
          cell.code = digit * this.multiplier[i];
        } else if (kind === COUNTRY) {
          const code = countryCode.get(value as string);
          if (code === undefined) throw new Error(`internal: no code for the country ${String(value)}`);
          cell.code = code;
        }
      }
      // Bounded: a column of free text would otherwise grow without limit.
      if (cache.size < 10_000) cache.set(raw, cell);
    }
    return cell;
  }

  /** The values of a group's columns in one state, set on a record in column order. */
  private decode(group: Group, state: number, record: CtdcRecord): void {
    const columns = this.header.columns;
    if (group.part === 'country') {
      if (state > 0)
        assign(record, (columns[group.columns[0]] as { role: ColumnRole }).role, countries[state - 1], 0);
      return;
    }
    for (const i of group.columns) {
      const domain = this.domains[i] as ReadonlyArray<CellValue | null>;
      const value = domain[Math.floor(state / this.multiplier[i]) % domain.length];
      if (value !== null) assign(record, (columns[i] as { role: ColumnRole }).role, value, 0);
    }
  }

  /** What a state of a group sets on a record, its lists of flags shared (decoded once per state). */
  private decoded(group: Group, state: number): CtdcRecord {
    const memo = group.decoded;
    let record = Array.isArray(memo) ? memo[state] : memo.get(state);
    if (!record) {
      record = emptyRecord();
      this.decode(group, state, record);
      record.flags = shareFlags(record.flags);
      if (Array.isArray(memo)) memo[state] = record;
      else {
        if (memo.size >= MAX_DECODED) memo.clear();
        memo.set(state, record);
      }
    }
    return record;
  }

  private contribution(group: Group, state: number): MappedFacts {
    const memo = group.contributions;
    let mapped = memo?.[state];
    if (!mapped) {
      mapped = mapRecord(this.decoded(group, state), this.naming);
      if (memo) memo[state] = mapped;
    }
    return mapped;
  }

  /** Sets on the record what the fact groups' states decide: gender, age and majorities, flags. */
  decodeInto(record: CtdcRecord): void {
    const states = this.states;
    let flags: CtdcRecord['flags'] | undefined;
    for (const g of this.factGroups) {
      const group = this.groups[g];
      const decoded = this.decoded(group, states[g]);
      switch (group.part) {
        case 'gender':
          record.gender = decoded.gender;
          break;
        case 'age':
          record.age = decoded.age;
          record.majorityAtExploitation = decoded.majorityAtExploitation;
          record.majorityAtEntry = decoded.majorityAtEntry;
          break;
        case 'flags':
          flags ??= emptyFlags();
          for (const flagGroup of group.flagGroups) flags[flagGroup] = decoded.flags[flagGroup];
          break;
      }
    }
    record.flags = flags ?? noFlags;
  }

  /** The verdicts and band of the current row (the groups' states), its facts from `source` on a miss. */
  values(source: FactSource, out: Values): void {
    const states = this.states;
    const slots = this.slots;
    for (let m = 0; m < this.keyMakers.length; m++) slots[m] = this.keyMakers[m].slot(states);
    const caches = this.caches;
    let code = 0;
    out.band = null;
    for (let c = 0; c < caches.length; c++) {
      const value = caches[c].value(slots[this.makerOf[c]], source);
      if (c === this.bandIndex) out.band = value as string | null;
      else code = code * 3 + truthCode[value as Truth];
    }
    out.verdicts = this.verdictList(code);
  }

  /** The verdict list of a code (one base-3 digit per instrument), one shared array per list. */
  private verdictList(code: number): Truth[] {
    const n = this.instruments.length;
    let verdicts = this.interned.get(code);
    if (!verdicts) {
      verdicts = new Array<Truth>(n);
      let rest = code;
      for (let i = n - 1; i >= 0; i--) {
        verdicts[i] = truths[rest % 3];
        rest = Math.floor(rest / 3);
      }
      this.interned.set(code, verdicts);
    }
    return verdicts;
  }

  /** Uncached: the record's own facts through every instrument and the band. */
  reference(mapped: MappedFacts, out: Values): void {
    const verdicts = verdictsOf(mapped, this.instruments, this.mode);
    const code = this.instruments.length <= 33 ? verdicts.reduce((n, v) => n * 3 + truthCode[v], 0) : -1;
    out.verdicts = code >= 0 ? this.verdictList(code) : verdicts;
    out.band = this.bandOf?.(mapped) ?? null;
  }
}

/** Most groups of most records are empty: they share one frozen empty list. */
const noItems: string[] = Object.freeze([]) as unknown as string[];

/** Flags with every group empty (the lists shared), to be filled group by group. */
function emptyFlags(): CtdcRecord['flags'] {
  return {
    means: noItems,
    exploitation: noItems,
    labourSector: noItems,
    sexSector: noItems,
    recruiter: noItems,
    abduction: noItems,
  };
}

/** The flags of a record with none (shared, frozen). */
export const noFlags: CtdcRecord['flags'] = Object.freeze(emptyFlags());

/** Past this many distinct lists in a group, interning starts again (memory stays bounded). */
const MAX_SHARED_LISTS = 10_000;
const sharedLists = new Map<string, string[]>();

/** One frozen list per distinct content (items in column order), so that equal lists are one object. */
function share(items: string[]): string[] {
  if (items.length === 0) return noItems;
  const key = items.length === 1 ? items[0] : items.join('\u0000');
  let shared = sharedLists.get(key);
  if (!shared) {
    if (sharedLists.size >= MAX_SHARED_LISTS) sharedLists.clear();
    shared = Object.freeze(items) as string[];
    sharedLists.set(key, shared);
  }
  return shared;
}

/**
 * A record's flags, frozen (records share them), each group's list shared by every record with the
 * same items in it (the summary counts items per list: ctdc-summary.ts).
 */
export function shareFlags(flags: CtdcRecord['flags']): CtdcRecord['flags'] {
  return Object.freeze({
    means: share(flags.means),
    exploitation: share(flags.exploitation),
    labourSector: share(flags.labourSector),
    sexSector: share(flags.sexSector),
    recruiter: share(flags.recruiter),
    abduction: share(flags.abduction),
  });
}
