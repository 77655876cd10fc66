// Streaming read of a CTDC CSV: header → format, then each row → a normalised record, its partial
// case facts and its verdicts, handed to a visitor and dropped. Memory stays flat whatever the file
// size: nothing is kept per row, only per distinct cell value and (bounded) per distinct record.
//
// For speed, a row's cells become one number per group of fact columns (ctdc-projection.ts), and
// what the fact columns decide — the record's flags, gender, age and its verdicts and band without
// countries — is cached by those numbers. On a miss, each verdict is looked up by only the facts it
// can read, and computed from the record's own facts when new.
import type { Readable } from 'node:stream';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import type { Truth } from '../law/logic/truth.js';
import { type CsvMode, readCsvRecords } from './csv-records.js';
import { ctdcBand, ctdcBandReads } from './ctdc-bands.js';
import { type ColumnRole, type CtdcFormat, type DetectedHeader, detectFormat } from './ctdc-format.js';
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
import { ProblemLog } from './problem-log.js';
import { verdictsOf } from './supervaluation.js';

/** The file cannot be read as CTDC data at all (as opposed to problems in some rows). */
export class UnreadableData extends Error {
  constructor(
    message: string,
    readonly expected?: string,
    readonly found?: string,
  ) {
    super(message);
  }
}

export type ScannedRecord = {
  /** 1-based record number after the header. */
  row: number;
  /** The normalised record. Its `flags` are shared by the records with the same flags: read only. */
  record: CtdcRecord;
  /** The record's partial case facts (computed on request: most visitors need only the verdicts). */
  facts: () => MappedFacts;
  /** One verdict per instrument, in the order of `instruments`. */
  verdicts: Truth[];
  /** A continuum band when a band function is given (see ScanOptions.bandOf). */
  band: string | null;
};

export type ScanOptions = {
  instruments?: readonly Instrument[];
  /** Called now and then with the bytes read so far (for a progress bar). */
  onProgress?: (bytesRead: number) => void;
  /**
   * The continuum band of a record's facts; the extension point for src/continuum. It must depend
   * on the facts alone (values are cached by facts).
   */
  bandOf?: (mapped: MappedFacts) => string | null;
  /** false: compute every record's verdicts and band from its own facts, with no cache (the reference). */
  cache?: boolean;
  /** How csv-parse is driven (csv-records.ts); for tests. */
  csv?: CsvMode;
};

export type ScanResult = { format: CtdcFormat; rows: number; problems: ProblemLog; header: DetectedHeader };

/** Past this many distinct fact-column states, forget them and start again: memory stays bounded. */
const MAX_CACHED_RECORDS = 50_000;
/** Fact states seen once, remembered to cache them when seen again. */
const MAX_SEEN = 200_000;

type Naming = { synthetic: boolean; mergedMeans: boolean };

/** Sets one cell's value on a record, as its column's role says. */
function assign(record: CtdcRecord, role: ColumnRole, value: CellValue, listBit: number): void {
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

function emptyRecord(): CtdcRecord {
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

const COUNTRY_CODES = 1 << 16;

const SKIP = 0;
const PLAIN = 1;
const FACT = 2;
const COUNTRY = 3;

/**
 * A cell's reading, and its part of the row's numbers: a fact cell adds its digit to one of two key
 * numbers (low, high); a country cell gives its country's code (1-based).
 */
type Cell = { reading: Reading<CellValue>; low: number; high: number; country: number };

/** A row's verdicts and band; `own` gives its own facts (computed once, when a cache misses). */
type Values = { verdicts: Truth[]; band: string | null };
type FactSource = { own(): MappedFacts };

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
class RowPlan {
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
  private readonly bandIndex: number;
  private readonly interned = new Map<number | string, Truth[]>();
  readonly states: number[];

  constructor(
    readonly header: DetectedHeader,
    readonly naming: Naming,
    readonly instruments: readonly Instrument[],
    readonly bandOf: ScanOptions['bandOf'],
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
          // A country's code is below 2^16 (there are fewer than 700 two-letter codes).
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
      (keys.readsAny(this.countryGroups) ? this.rowCaches : this.fixedCaches).push(c);
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
        this.keyMakers[this.makerOf[c]].key(states, this.countryGroups),
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

const noVerdicts: Truth[] = [];

/** Most groups of most records are empty: they share one frozen empty list. */
const noItems: string[] = Object.freeze([]) as unknown as string[];

/** A record's flags, frozen (records share them), with empty groups shared too. */
function shareFlags(flags: CtdcRecord['flags']): CtdcRecord['flags'] {
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

/** One scanned row. A class, so that a row costs one object and no closures. */
class Scanned implements ScannedRecord, FactSource {
  verdicts: Truth[] = noVerdicts;
  band: string | null = null;
  private mapped: MappedFacts | undefined = undefined;

  constructor(
    readonly row: number,
    readonly record: CtdcRecord,
    private readonly naming: Naming,
  ) {}

  facts(): MappedFacts {
    return mapRecord(this.record, this.naming);
  }

  /** The row's facts for the caches, computed once. */
  own(): MappedFacts {
    this.mapped ??= mapRecord(this.record, this.naming);
    return this.mapped;
  }
}

export async function scanCtdc(
  input: Readable,
  visit: (scanned: ScannedRecord) => void,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const instruments = options.instruments ?? allInstruments;
  const assess = instruments.length > 0 || options.bandOf !== undefined;
  const problems = new ProblemLog();
  let header: DetectedHeader | undefined;
  let plan: RowPlan | undefined;
  let names: string[] = [];
  let row = 0;
  let naming: Naming = { synthetic: false, mergedMeans: false };
  let lastProgress = 0;
  let cached = options.cache !== false;

  const onRecord = (cells: string[]) => {
    if (!header || !plan) {
      const detected = detectFormat(cells);
      if (!detected.ok) throw new UnreadableData(detected.message, detected.expected, detected.found);
      header = detected.value;
      names = header.columns.map((c, i) => c?.name ?? cells[i]);
      for (const column of header.unknownColumns) problems.add(column, 0, 'unknown column, ignored');
      const format = header.spec.format;
      naming = {
        synthetic: format !== 'ctdc-k-anonymised',
        mergedMeans: format === 'ctdc-synthetic-2024' || format === 'ctdc-synthetic-sector',
      };
      plan = new RowPlan(header, naming, instruments, options.bandOf);
      cached &&= plan.cacheable;
      return;
    }
    row++;
    const count = names.length;
    if (cells.length !== count) {
      problems.add(
        '(row)',
        row,
        `${cells.length} cells where the header has ${count}; missing cells read as not recorded`,
      );
    }
    const { columns } = header;
    const { kinds, groupOf, states } = plan;
    let low = 0;
    let high = 0;
    let year: number | null = null;
    let months: CtdcRecord['months'] = null;
    let lists = 0;
    let citizenship: string | null = null;
    let countryOfExploitation: string | null = null;
    for (const g of plan.countryGroupList) states[g] = 0;
    for (let i = 0; i < count; i++) {
      const kind = kinds[i];
      if (kind === SKIP) continue;
      const raw = cells[i];
      if (raw === undefined || raw === '') continue;
      const column = columns[i] as { name: string; role: ColumnRole };
      const cell = plan.cell(i, raw, column.role, header);
      if (cell.reading.problem !== undefined) problems.add(column.name, row, cell.reading.problem);
      const value = cell.reading.value;
      if (value === null) continue;
      if (kind === FACT) {
        low += cell.low;
        high += cell.high;
      } else if (kind === COUNTRY) {
        states[groupOf[i]] = cell.country;
        if ((column.role as { of: string }).of === 'citizenship') citizenship = value as string;
        else countryOfExploitation = value as string;
      } else {
        const role = column.role;
        if (role.kind === 'year') year = value as number;
        else if (role.kind === 'months') months = value as CtdcRecord['months'];
        else if (role.kind === 'list') lists |= plan.listBits[i];
      }
    }
    let scanned: Scanned;
    if (cached) {
      const entry = plan.entry(low, high);
      scanned = new Scanned(
        row,
        {
          year,
          gender: entry.gender,
          age: entry.age,
          majorityAtExploitation: entry.majorityAtExploitation,
          majorityAtEntry: entry.majorityAtEntry,
          citizenship,
          countryOfExploitation,
          months,
          flags: entry.flags,
          lists,
        },
        naming,
      );
      if (assess) plan.values(entry, states, scanned, scanned);
    } else {
      scanned = new Scanned(row, readRecord(cells, plan, header), naming);
      if (assess) plan.reference(scanned.own(), scanned);
    }
    visit(scanned);
    if (options.onProgress && (row & 1023) === 0) {
      const bytes = (input as Readable & { bytesRead?: number }).bytesRead ?? 0;
      if (bytes !== lastProgress) options.onProgress(bytes);
      lastProgress = bytes;
    }
  };

  const stop = await readCsvRecords(input, onRecord, options.csv);
  if (!header) {
    if (stop) throw new UnreadableData(`not a CSV file this version can read (${stop.message})`);
    throw new UnreadableData('the file is empty', 'a CTDC CSV with a header row', 'nothing');
  }
  // The rows before the error are counted; the rest of the file cannot be read as CSV.
  if (stop) problems.add('(csv)', row + 1, `${stop.message}; the rest of the file is not read`);
  return { format: header.spec.format, rows: row, problems, header };
}

/** A record from its cells, column by column, with no cache (the reference the cache must equal). */
function readRecord(cells: string[], plan: RowPlan, header: DetectedHeader): CtdcRecord {
  const record = emptyRecord();
  header.columns.forEach((column, i) => {
    const raw = cells[i] ?? '';
    if (!column || raw === '') return;
    const value = readCell(raw, column.role, header.spec).value;
    if (value !== null) assign(record, column.role, value, plan.listBits[i]);
  });
  record.flags = shareFlags(record.flags);
  return record;
}
