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
import { type CachedGroup, type Evaluator, instrumentEvaluator, ProjectedCache } from './ctdc-projection.js';
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

const SKIP = 0;
const PLAIN = 1;
const FACT = 2;
const COUNTRY = 3;

type Cell = { reading: Reading<CellValue>; code: number };

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
  prefixes: string[];
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
  /** Whether every group's states fit in a double exactly (else: no cache, the reference path). */
  readonly cacheable: boolean;
  readonly listBits: number[];
  private readonly domains: Array<ReadonlyArray<CellValue | null> | undefined>;
  private readonly factGroups: number[];
  private readonly entries = new Map<string, Entry>();
  private readonly countryGroups: ReadonlySet<number>;
  /** Caches of the values that read no country (per fact state), and of those that do (per row). */
  private readonly fixedCaches: Array<ProjectedCache<Truth | string | null>> = [];
  private readonly rowCaches: Array<ProjectedCache<Truth | string | null>> = [];
  private readonly rowCacheSlot: number[] = [];
  private readonly bandCache: ProjectedCache<string | null> | undefined;
  private readonly bandPerRow: boolean;
  private readonly interned = new Map<string, Truth[]>();
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
    let cacheable = true;
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
      // Mixed radix: each column a digit; exact while the product stays below 2^53.
      const size = group.columns.slice(0, -1).reduce((n, c) => n * (this.domains[c]?.length ?? 1), 1);
      this.multiplier[i] = size;
      if (size * domain.length > Number.MAX_SAFE_INTEGER) cacheable = false;
    });
    this.cacheable = cacheable;
    this.states = this.groups.map(() => 0);
    this.factGroups = this.groups.flatMap((g, i) => (g.country ? [] : [i]));
    this.countryGroups = new Set(this.groups.flatMap((g, i) => (g.country ? [i] : [])));

    // ctdcBand reads known paths, of the certain facts only; any other band function may read any.
    const bandReads = bandOf === ctdcBand ? ctdcBandReads() : null;
    const bandEvaluator: Evaluator<string | null> | undefined = bandOf
      ? { reads: bandReads ?? settablePaths, sees: bandReads ? 'certain' : 'all', compute: bandOf }
      : undefined;
    instruments.forEach((instrument) => {
      const cache = new ProjectedCache<Truth | string | null>(instrumentEvaluator(instrument), this.groups);
      if (cache.readsAny(this.countryGroups)) {
        this.rowCacheSlot.push(this.fixedCaches.length);
        this.rowCaches.push(cache);
      }
      this.fixedCaches.push(cache);
    });
    if (bandEvaluator) {
      this.bandCache = new ProjectedCache(bandEvaluator, this.groups);
      this.bandPerRow = this.bandCache.readsAny(this.countryGroups);
    } else this.bandPerRow = false;
  }

  /** The cell's reading and its part of its group's state (cached per distinct cell text). */
  cell(i: number, raw: string, role: ColumnRole, header: DetectedHeader): Cell {
    const cache = this.cells[i];
    let cell = cache.get(raw);
    if (!cell) {
      const reading = readCell(raw, role, header.spec);
      let code = 0;
      const value = reading.value;
      if (value !== null) {
        const kind = this.kinds[i];
        if (kind === FACT) {
          const digit = (this.domains[i] as ReadonlyArray<CellValue | null>).indexOf(value);
          if (digit < 0) throw new Error(`internal: no digit for the value ${String(value)} of column ${i}`);
          code = digit * this.multiplier[i];
        } else if (kind === COUNTRY) {
          const group = this.groups[this.groupOf[i]];
          let id = group.valueCodes.get(value);
          if (id === undefined) {
            group.values.push(value);
            id = group.values.length;
            group.valueCodes.set(value, id);
          }
          code = id;
        }
      }
      cell = { reading, code };
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
    const id = verdicts.join();
    let shared = this.interned.get(id);
    if (!shared) {
      shared = verdicts;
      if (this.interned.size < 10_000) this.interned.set(id, shared);
    }
    return shared;
  }

  /** What the fact columns decide for the current states (cached). */
  entry(states: readonly number[]): Entry {
    let key = '';
    for (const g of this.factGroups) key += stateChars(states[g]);
    let entry = this.entries.get(key);
    if (entry) return entry;
    const facts = emptyRecord();
    for (const g of this.factGroups) this.decode(this.groups[g], states[g], facts);
    for (const group of Object.values(facts.flags)) Object.freeze(group);
    // The values cached here read no country: the facts of these columns alone decide them.
    let own: MappedFacts | undefined;
    const mapped = () => {
      own ??= mapRecord(facts, this.naming);
      return own;
    };
    const only = new Set(this.factGroups);
    const fixed = this.fixedCaches.map((cache) =>
      cache.readsAny(this.countryGroups)
        ? 'undetermined'
        : (cache.value(cache.keyPart(states), mapped) as Truth),
    );
    const band =
      this.bandCache && !this.bandPerRow
        ? this.bandCache.value(this.bandCache.keyPart(states), mapped)
        : null;
    entry = {
      gender: facts.gender,
      age: facts.age,
      majorityAtExploitation: facts.majorityAtExploitation,
      majorityAtEntry: facts.majorityAtEntry,
      flags: Object.freeze(facts.flags),
      fixed: this.intern(fixed),
      band,
      prefixes: this.rowCaches.map((cache) => cache.keyPart(states, only)),
      merged: [],
    };
    if (this.bandCache && this.bandPerRow) entry.prefixes.push(this.bandCache.keyPart(states, only));
    if (this.entries.size >= MAX_CACHED_RECORDS) this.entries.clear();
    this.entries.set(key, entry);
    return entry;
  }

  /** The verdicts and band of a row, from its entry and (for values reading a country) its countries. */
  values(
    entry: Entry,
    states: readonly number[],
    mapped: () => MappedFacts,
  ): { verdicts: Truth[]; band: string | null } {
    if (this.rowCaches.length === 0 && !this.bandPerRow) return { verdicts: entry.fixed, band: entry.band };
    let code = 0;
    for (let c = 0; c < this.rowCaches.length; c++) {
      const cache = this.rowCaches[c];
      const key = entry.prefixes[c] + cache.keyPart(states, this.countryGroups);
      code = code * 3 + truthCode[cache.value(key, mapped) as Truth];
    }
    let verdicts = entry.merged[code];
    if (!verdicts) {
      const merged = [...entry.fixed];
      let rest = code;
      for (let c = this.rowCaches.length - 1; c >= 0; c--) {
        merged[this.rowCacheSlot[c]] = (['met', 'not_met', 'undetermined'] as const)[rest % 3];
        rest = Math.floor(rest / 3);
      }
      verdicts = this.intern(merged);
      entry.merged[code] = verdicts;
    }
    let band = entry.band;
    if (this.bandCache && this.bandPerRow) {
      const key = entry.prefixes[this.rowCaches.length] + this.bandCache.keyPart(states, this.countryGroups);
      band = this.bandCache.value(key, mapped);
    }
    return { verdicts, band };
  }

  /** Uncached: the record's own facts through every instrument and the band. */
  reference(mapped: MappedFacts): { verdicts: Truth[]; band: string | null } {
    return {
      verdicts: this.intern(verdictsOf(mapped, this.instruments)),
      band: this.bandOf?.(mapped) ?? null,
    };
  }
}

function stateChars(state: number): string {
  if (state < 0xffff) return String.fromCharCode(state);
  // Up to 2^53: four 16-bit digits after a marker (prefix-free).
  let chars = String.fromCharCode(0xffff);
  let rest = state;
  for (let d = 0; d < 4; d++) {
    chars += String.fromCharCode(rest % 0x10000);
    rest = Math.floor(rest / 0x10000);
  }
  return chars;
}

/** For a scan that counts without assessing (e.g. a release by year and country). */
const nothingToAssess = { verdicts: [] as Truth[], band: null };

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
    states.fill(0);
    let year: number | null = null;
    let months: CtdcRecord['months'] = null;
    let lists = 0;
    let citizenship: string | null = null;
    let countryOfExploitation: string | null = null;
    for (let i = 0; i < count; i++) {
      const kind = kinds[i];
      if (kind === SKIP) continue;
      const raw = cells[i];
      if (raw === undefined || raw === '') continue;
      const column = columns[i] as { name: string; role: ColumnRole };
      const cell = plan.cell(i, raw, column.role, header);
      if (cell.reading.problem) problems.add(column.name, row, cell.reading.problem);
      const value = cell.reading.value;
      if (value === null) continue;
      if (kind === FACT) states[groupOf[i]] += cell.code;
      else if (kind === COUNTRY) {
        states[groupOf[i]] = cell.code;
        if ((column.role as { of: string }).of === 'citizenship') citizenship = value as string;
        else countryOfExploitation = value as string;
      } else {
        const role = column.role;
        if (role.kind === 'year') year = value as number;
        else if (role.kind === 'months') months = value as CtdcRecord['months'];
        else if (role.kind === 'list') lists |= plan.listBits[i];
      }
    }
    let mapped: MappedFacts | undefined;
    let record: CtdcRecord;
    let known: { verdicts: Truth[]; band: string | null } = nothingToAssess;
    const facts = () => {
      mapped ??= mapRecord(record, naming);
      return mapped;
    };
    if (cached) {
      const entry = plan.entry(states);
      record = {
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
      };
      if (assess) known = plan.values(entry, states, facts);
    } else {
      record = readRecord(cells, plan, header);
      if (assess) known = plan.reference(facts());
    }
    visit({
      row,
      record,
      facts: () => mapRecord(record, naming),
      verdicts: known.verdicts,
      band: known.band,
    });
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
  return record;
}
