// How the rows of one CTDC header are read fast (ctdc-scan.ts): each fact column's cells become a
// digit of its group's state (ctdc-projection.ts), the states of all fact groups two key numbers,
// and what those decide — the record's flags, gender and age, its verdicts and band without
// countries — an entry cached by them. Values that read a country are looked up per row.
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import { ctdcBand, ctdcBandReads } from './ctdc-bands.js';
import type { ColumnRole, DetectedHeader } from './ctdc-format.js';
import { type CtdcRecord, type MappedFacts, mapRecord, pathsOfRole, settablePaths } from './ctdc-mapping.js';
import {
  type CachedGroup,
  type Evaluator,
  instrumentEvaluator,
  joinKeys,
  type Key,
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

/** Past this many distinct fact-column states, forget them and start again: memory stays bounded. */
const MAX_CACHED_RECORDS = 50_000;
/** Fact states seen once, remembered to cache them when seen again. */
const MAX_SEEN = 200_000;

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

/** Country codes are below this: readings are ISO alpha-2 codes (fewer than 250 exist). */
const COUNTRY_CODES = 1 << 10;

export const SKIP = 0;
const PLAIN = 1;
export const FACT = 2;
export const COUNTRY = 3;

/**
 * A cell's reading, and its part of the row's numbers: a fact cell adds its digit to one of two key
 * numbers (low, high); a country cell gives its country's code (1-based).
 */
type Cell = { reading: Reading<CellValue>; low: number; high: number; country: number };

/** A row's verdicts and band; `own` gives its own facts (computed once, when a cache misses). */
export type Values = { verdicts: Truth[]; band: string | null };
export type FactSource = { own(): MappedFacts };

type Group = CachedGroup & {
  columns: number[];
  country: boolean;
  /** Country groups: the values seen, by code - 1. */
  values: CellValue[];
  valueCodes: Map<CellValue, number>;
};

/** What a row's fact columns (countries aside) decide, shared by every row with the same cells. */
type Entry = {
  gender: CtdcRecord['gender'];
  age: CtdcRecord['age'];
  majorityAtExploitation: CtdcRecord['majorityAtExploitation'];
  majorityAtEntry: CtdcRecord['majorityAtEntry'];
  flags: CtdcRecord['flags'];
  /** Verdicts of the instruments that read no country (others: placeholders), and the band if it reads none. */
  fixed: Truth[];
  band: string | null;
  /** Per country-reading cache: its key's part from these columns. */
  prefixes: Key[];
  /** Verdict lists by the country-reading instruments' verdicts (code in base 3). */
  merged: Array<Truth[] | undefined>;
};

const truthCode: Record<Truth, number> = { met: 0, not_met: 1, undetermined: 2 };

/** The plan for one header: how cells become group states, and the caches over them. */
export class RowPlan {
  readonly kinds: Uint8Array;
  readonly groupOf: Int32Array;
  readonly multiplier: Float64Array;
  readonly groups: Group[] = [];
  readonly cells: Array<Map<string, Cell>>;
  /** Whether the states fit two doubles exactly (else: no cache, the reference path). */
  readonly cacheable: boolean = true;
  /** Per fact group: which key number holds it (0 low, 1 high), its place value there, its size. */
  private readonly bin: number[] = [];
  private readonly offset: number[] = [];
  private readonly size: number[] = [];
  readonly listBits: number[];
  private readonly domains: Array<ReadonlyArray<CellValue | null> | undefined>;
  private readonly factGroups: number[];
  private readonly factGroupSet: ReadonlySet<number>;
  private readonly entries = new Map<number | string, Entry>();
  private readonly seen = new Set<number | string>();
  private readonly countryGroups: ReadonlySet<number>;
  readonly countryGroupList: number[];
  /** One cache per instrument, then the band's: each by the facts it reads. */
  private readonly caches: Array<ProjectedCache<Truth | string | null>> = [];
  /** Key makers, shared by caches that read the same paths the same way. */
  private readonly keyMakers: ProjectionKeys[] = [];
  private readonly makerOf: number[] = [];
  /** The caches that read no country (filled per fact state) and those that do (per row). */
  private readonly fixedCaches: number[] = [];
  private readonly rowCaches: number[] = [];
  /** Per row cache: the country groups it reads. */
  private readonly rowGroups: number[][] = [];
  private readonly bandIndex: number;
  private readonly interned = new Map<number | string, Truth[]>();
  readonly states: number[];

  constructor(
    readonly header: DetectedHeader,
    readonly naming: Naming,
    readonly instruments: readonly Instrument[],
    readonly bandOf: BandOf | undefined,
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
      const domain = domainOf(column.role);
      if (!domain) {
        this.kinds[i] = PLAIN;
        return;
      }
      const name = groupName(column.role);
      let g = byName.get(name);
      if (g === undefined) {
        g = this.groups.length;
        byName.set(name, g);
        const group: Group = {
          columns: [],
          country: domain === 'country',
          values: [],
          valueCodes: new Map(),
          paths: new Set(),
          size: domain === 'country' ? COUNTRY_CODES : 0,
          contribution: (state) => this.contribution(group, state),
        };
        this.groups.push(group);
      }
      const group = this.groups[g];
      this.groupOf[i] = g;
      group.columns.push(i);
      for (const path of pathsOfRole(column.role)) (group.paths as Set<string>).add(path);
      if (domain === 'country') {
        // The last country written wins (as in a record): the state is that country's code.
        this.kinds[i] = COUNTRY;
        this.multiplier[i] = 1;
        return;
      }
      this.kinds[i] = FACT;
      this.domains[i] = domain;
      // Mixed radix: each column a digit of its group's state.
      this.multiplier[i] = group.columns.slice(0, -1).reduce((n, c) => n * (this.domains[c]?.length ?? 1), 1);
    });
    this.states = this.groups.map(() => 0);
    this.factGroups = this.groups.flatMap((g, i) => (g.country ? [] : [i]));
    this.factGroupSet = new Set(this.factGroups);
    // The fact groups' states packed into two numbers, each exact below 2^53 (most headers need one).
    const binSize = [1, 1];
    for (const g of this.factGroups) {
      const size = this.groups[g].columns.reduce((n, c) => n * (this.domains[c]?.length ?? 1), 1);
      const bin = binSize[0] * size <= Number.MAX_SAFE_INTEGER ? 0 : 1;
      if (binSize[bin] * size > Number.MAX_SAFE_INTEGER) this.cacheable = false;
      this.bin[g] = bin;
      this.offset[g] = binSize[bin];
      this.size[g] = size;
      this.groups[g].size = size;
      binSize[bin] *= size;
    }
    this.countryGroupList = this.groups.flatMap((g, i) => (g.country ? [i] : []));
    this.countryGroups = new Set(this.countryGroupList);

    // ctdcBand reads known paths, of the certain facts only; any other band function may read any.
    const bandReads = bandOf === ctdcBand ? ctdcBandReads() : null;
    const bandEvaluator: Evaluator<string | null> | undefined = bandOf
      ? { reads: bandReads ?? settablePaths, sees: bandReads ? 'certain' : 'all', compute: bandOf }
      : undefined;
    const evaluators: Array<Evaluator<Truth | string | null>> = instruments.map(instrumentEvaluator);
    if (bandEvaluator) evaluators.push(bandEvaluator);
    this.bandIndex = bandEvaluator ? instruments.length : -1;
    const makers = new Map<string, number>();
    for (const [c, evaluator] of evaluators.entries()) {
      const signature = `${evaluator.sees}:${[...evaluator.reads].sort().join()}`;
      let m = makers.get(signature);
      if (m === undefined) {
        m = this.keyMakers.length;
        makers.set(signature, m);
        this.keyMakers.push(new ProjectionKeys(evaluator.reads, evaluator.sees, this.groups));
      }
      this.makerOf.push(m);
      const keys = this.keyMakers[m];
      this.caches.push(new ProjectedCache(evaluator, keys));
      if (keys.readsAny(this.countryGroups)) {
        this.rowCaches.push(c);
        this.rowGroups.push(keys.read(this.countryGroups));
      } else this.fixedCaches.push(c);
    }
  }

  /** The cell's reading and its part of its group's state (cached per distinct cell text). */
  cell(i: number, raw: string, role: ColumnRole, header: DetectedHeader): Cell {
    const cache = this.cells[i];
    let cell = cache.get(raw);
    if (!cell) {
      const reading = readCell(raw, role, header.spec);
      cell = { reading, low: 0, high: 0, country: 0 };
      const value = reading.value;
      if (value !== null) {
        const kind = this.kinds[i];
        if (kind === FACT) {
          const digit = (this.domains[i] as ReadonlyArray<CellValue | null>).indexOf(value);
          if (digit < 0) throw new Error(`internal: no digit for the value ${String(value)} of column ${i}`);
          const g = this.groupOf[i];
          const code = digit * this.multiplier[i] * this.offset[g];
          if (this.bin[g] === 0) cell.low = code;
          else cell.high = code;
        } else if (kind === COUNTRY) {
          const group = this.groups[this.groupOf[i]];
          let id = group.valueCodes.get(value);
          if (id === undefined) {
            group.values.push(value);
            id = group.values.length;
            if (id >= COUNTRY_CODES) throw new Error(`internal: more than ${COUNTRY_CODES} countries`);
            group.valueCodes.set(value, id);
          }
          cell.country = id;
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
    if (group.country) {
      if (state > 0)
        assign(record, (columns[group.columns[0]] as { role: ColumnRole }).role, group.values[state - 1], 0);
      return;
    }
    for (const i of group.columns) {
      const domain = this.domains[i] as ReadonlyArray<CellValue | null>;
      const value = domain[Math.floor(state / this.multiplier[i]) % domain.length];
      if (value !== null) assign(record, (columns[i] as { role: ColumnRole }).role, value, 0);
    }
  }

  private contribution(group: Group, state: number): MappedFacts {
    const record = emptyRecord();
    this.decode(group, state, record);
    return mapRecord(record, this.naming);
  }

  private intern(verdicts: Truth[]): Truth[] {
    let id: number | string = 0;
    if (verdicts.length <= 33) for (const v of verdicts) id = id * 3 + truthCode[v];
    else id = verdicts.join();
    let shared = this.interned.get(id);
    if (!shared) {
      shared = verdicts;
      if (this.interned.size < 10_000) this.interned.set(id, shared);
    }
    return shared;
  }

  /** What the fact columns decide, by their key numbers (cached). */
  entry(low: number, high: number): Entry {
    const key = high === 0 ? low : `${low}:${high}`;
    let entry = this.entries.get(key);
    if (entry) return entry;
    const states = this.states;
    for (const g of this.factGroups) {
      states[g] = Math.floor((this.bin[g] === 0 ? low : high) / this.offset[g]) % this.size[g];
    }
    const facts = emptyRecord();
    for (const g of this.factGroups) this.decode(this.groups[g], states[g], facts);
    const flags = shareFlags(facts.flags);
    // The values cached here read no country: the facts of these columns alone decide them.
    const mapped = new OwnFacts(facts, this.naming);
    // Each key maker's key once: evaluators alike share it.
    const made: Key[] = [];
    const values: Array<Truth | string | null> = this.caches.map(() => 'undetermined');
    for (const c of this.fixedCaches) {
      const m = this.makerOf[c];
      made[m] ??= this.keyMakers[m].key(states);
      values[c] = this.caches[c].value(made[m], mapped);
    }
    const only = this.factGroupSet;
    entry = {
      gender: facts.gender,
      age: facts.age,
      majorityAtExploitation: facts.majorityAtExploitation,
      majorityAtEntry: facts.majorityAtEntry,
      flags,
      fixed: this.intern(values.slice(0, this.instruments.length) as Truth[]),
      band: this.bandIndex >= 0 ? (values[this.bandIndex] as string | null) : null,
      prefixes: this.rowCaches.map((c) => this.keyMakers[this.makerOf[c]].key(states, only)),
      merged: [],
    };
    // Kept only from a state's second row on: in a file of mostly distinct rows, entries seen once
    // then die young instead of filling the cache (and the old generation) for nothing.
    if (this.seen.has(key)) {
      if (this.entries.size >= MAX_CACHED_RECORDS) this.entries.clear();
      this.entries.set(key, entry);
    } else {
      if (this.seen.size >= MAX_SEEN) this.seen.clear();
      this.seen.add(key);
    }
    return entry;
  }

  /** The verdicts and band of a row, from its entry and (for values reading a country) its countries. */
  values(entry: Entry, states: readonly number[], mapped: FactSource, out: Values): void {
    out.verdicts = entry.fixed;
    out.band = entry.band;
    const rows = this.rowCaches;
    if (rows.length === 0) return;
    let code = 0;
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r];
      const key = joinKeys(
        entry.prefixes[r],
        this.keyMakers[this.makerOf[c]].keyOf(states, this.rowGroups[r]),
      );
      const value = this.caches[c].value(key, mapped);
      if (c === this.bandIndex) out.band = value as string | null;
      else code = code * 3 + truthCode[value as Truth];
    }
    if (code === 0 && rows.length === 1 && rows[0] === this.bandIndex) return;
    let verdicts = entry.merged[code];
    if (!verdicts) {
      const merged = [...entry.fixed];
      let rest = code;
      for (let r = rows.length - 1; r >= 0; r--) {
        if (rows[r] === this.bandIndex) continue;
        merged[rows[r]] = (['met', 'not_met', 'undetermined'] as const)[rest % 3];
        rest = Math.floor(rest / 3);
      }
      verdicts = this.intern(merged);
      entry.merged[code] = verdicts;
    }
    out.verdicts = verdicts;
  }

  /** Uncached: the record's own facts through every instrument and the band. */
  reference(mapped: MappedFacts, out: Values): void {
    out.verdicts = this.intern(verdictsOf(mapped, this.instruments));
    out.band = this.bandOf?.(mapped) ?? null;
  }
}

/** Most groups of most records are empty: they share one frozen empty list. */
const noItems: string[] = Object.freeze([]) as unknown as string[];

/** A record's flags, frozen (records share them), with empty groups shared too. */
export function shareFlags(flags: CtdcRecord['flags']): CtdcRecord['flags'] {
  const share = (items: string[]) => (items.length === 0 ? noItems : (Object.freeze(items) as string[]));
  return Object.freeze({
    means: share(flags.means),
    exploitation: share(flags.exploitation),
    labourSector: share(flags.labourSector),
    sexSector: share(flags.sexSector),
    recruiter: share(flags.recruiter),
    abduction: share(flags.abduction),
  });
}

/** The facts of a record, mapped once when a cache first needs them. */
class OwnFacts implements FactSource {
  private mapped: MappedFacts | undefined = undefined;

  constructor(
    private readonly record: CtdcRecord,
    private readonly naming: Naming,
  ) {}

  own(): MappedFacts {
    this.mapped ??= mapRecord(this.record, this.naming);
    return this.mapped;
  }
}
