// Streaming read of a CTDC CSV: header → format, then each row → a normalised record, its partial
// case facts and its verdicts, handed to a visitor and dropped. Memory stays flat whatever the file
// size: nothing is kept per row, only per distinct cell value and (bounded) per distinct record.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import { pathsRead } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';
import { type CtdcFormat, type DetectedHeader, detectFormat, type FlagGroup } from './ctdc-format.js';
import { type CtdcRecord, type MappedFacts, mapRecord, pathsOfRole } from './ctdc-mapping.js';
import { type CellValue, type Reading, readCell } from './ctdc-values.js';
import { ProblemLog } from './problem-log.js';
import { ctdcRule, verdictsOf } from './supervaluation.js';

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
  /** The continuum band of a record's facts; the extension point for src/continuum. */
  bandOf?: (mapped: MappedFacts) => string | null;
};

export type ScanResult = { format: CtdcFormat; rows: number; problems: ProblemLog; header: DetectedHeader };

/** Past this many distinct records, forget the cache and start again: memory stays bounded. */
const MAX_CACHED_RECORDS = 20_000;

type Verdicts = { verdicts: Truth[]; band: string | null };

/** The facts the two country columns set. Most instruments never read them (see below). */
const countryPaths = new Set(['jurisdiction', 'person.citizenships']);

/**
 * Verdicts are cached in two parts. The instruments that read no country (most of them), and the
 * continuum band, are cached by the record without its countries, which repeats far more often;
 * the others by only the columns they read (for the Smuggling Protocol: the two countries).
 */
function verdictCache(instruments: readonly Instrument[]) {
  const read = instruments.map((instrument) => pathsRead(ctdcRule(instrument)));
  const readsCountry = read.map((paths) => paths.some((path) => countryPaths.has(path)));
  const withCountry = instruments.filter((_, i) => readsCountry[i]);
  const withoutCountry = instruments.filter((_, i) => !readsCountry[i]);
  const countryReads = new Set(read.filter((_, i) => readsCountry[i]).flat());
  const withoutCountries = new Map<string, Verdicts>();
  const byCountryColumns = new Map<string, Truth[]>();
  // Few distinct verdict lists exist: share them instead of keeping one array per record.
  const interned = new Map<string, Truth[]>();
  const intern = (verdicts: Truth[]) => {
    const id = verdicts.join();
    let shared = interned.get(id);
    if (!shared) {
      shared = verdicts;
      if (interned.size < 10_000) interned.set(id, shared);
    }
    return shared;
  };
  const merged = new Map<Truth[], Map<Truth[], Truth[]>>();
  const merge = (others: Truth[], country: Truth[]): Truth[] => {
    let byCountry = merged.get(others);
    if (!byCountry) {
      byCountry = new Map();
      if (merged.size < 10_000) merged.set(others, byCountry);
    }
    let verdicts = byCountry.get(country);
    if (!verdicts) {
      let a = 0;
      let b = 0;
      verdicts = intern(readsCountry.map((reads) => (reads ? country[b++] : others[a++])));
      if (byCountry.size < 10_000) byCountry.set(country, verdicts);
    }
    return verdicts;
  };
  return {
    /** Whether the instruments that read a country read this column too. */
    readByCountryInstruments: (paths: string[]) => paths.some((path) => countryReads.has(path)),
    lookup(
      key: string,
      countryKey: string,
      map: () => MappedFacts,
      bandOf?: ScanOptions['bandOf'],
    ): Verdicts {
      let mapped: MappedFacts | undefined;
      let partial = withoutCountries.get(key);
      if (!partial) {
        mapped = map();
        // The bands read no country (they rest on trafficking, forced labour, slavery and the
        // Delphi conditions; a test checks it), so they are cached here.
        partial = { verdicts: intern(verdictsOf(mapped, withoutCountry)), band: bandOf?.(mapped) ?? null };
        if (withoutCountries.size >= MAX_CACHED_RECORDS) withoutCountries.clear();
        withoutCountries.set(key, partial);
      }
      if (withCountry.length === 0) return partial;
      let country = byCountryColumns.get(countryKey);
      if (!country) {
        country = intern(verdictsOf(mapped ?? map(), withCountry));
        if (byCountryColumns.size >= MAX_CACHED_RECORDS) byCountryColumns.clear();
        byCountryColumns.set(countryKey, country);
      }
      return { verdicts: merge(partial.verdicts, country), band: partial.band };
    },
  };
}

/** For a scan that counts without assessing (e.g. a release by year and country). */
const nothingToAssess: Verdicts = { verdicts: [], band: null };

function emptyFlags(): Record<FlagGroup, string[]> {
  return { means: [], exploitation: [], labourSector: [], sexSector: [], recruiter: [], abduction: [] };
}

export async function scanCtdc(
  input: Readable,
  visit: (scanned: ScannedRecord) => void,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const instruments = options.instruments ?? allInstruments;
  const problems = new ProblemLog();
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }),
  );
  input.on('error', (error) => parser.destroy(error));
  let header: DetectedHeader | undefined;
  let names: string[] = [];
  let caches: Array<Map<string, Reading<CellValue>>> = [];
  const cached = verdictCache(instruments);
  let row = 0;
  let naming = { synthetic: false, mergedMeans: false };
  let lastProgress = 0;
  // Indices of the columns that decide the facts (all but year and duration): the cache key.
  let factColumns: number[] = [];
  let countryColumns: number[] = [];
  let listBits: number[] = [];

  for await (const cells of parser as AsyncIterable<string[]>) {
    if (!header) {
      const detected = detectFormat(cells);
      if (!detected.ok) throw new UnreadableData(detected.message, detected.expected, detected.found);
      header = detected.value;
      names = header.columns.map((c, i) => c?.name ?? cells[i]);
      caches = names.map(() => new Map());
      for (const column of header.unknownColumns) problems.add(column, 0, 'unknown column, ignored');
      const format = header.spec.format;
      naming = {
        synthetic: format !== 'ctdc-k-anonymised',
        mergedMeans: format === 'ctdc-synthetic-2024' || format === 'ctdc-synthetic-sector',
      };
      let nextList = 0;
      listBits = header.columns.map((c) => (c?.role.kind === 'list' ? 1 << nextList++ : 0));
      const kinds = header.columns.map((c) => c?.role.kind);
      factColumns = kinds.flatMap((kind, i) =>
        kind &&
        kind !== 'year' &&
        kind !== 'months' &&
        kind !== 'ignored' &&
        kind !== 'country' &&
        kind !== 'list'
          ? [i]
          : [],
      );
      countryColumns = header.columns.flatMap((c, i) =>
        c && cached.readByCountryInstruments(pathsOfRole(c.role)) ? [i] : [],
      );
      continue;
    }
    row++;
    if (cells.length !== names.length) {
      problems.add(
        '(row)',
        row,
        `${cells.length} cells where the header has ${names.length}; missing cells read as not recorded`,
      );
    }
    const record: CtdcRecord = {
      year: null,
      gender: null,
      age: null,
      majorityAtExploitation: null,
      majorityAtEntry: null,
      citizenship: null,
      countryOfExploitation: null,
      months: null,
      flags: emptyFlags(),
      lists: 0,
    };
    for (let i = 0; i < names.length; i++) {
      const column = header.columns[i];
      if (!column) continue;
      const raw = cells[i] ?? '';
      if (raw === '') continue;
      let reading = caches[i].get(raw);
      if (!reading) {
        reading = readCell(raw, column.role, header.spec);
        // Bounded: a column of free text would otherwise grow without limit.
        if (caches[i].size < 10_000) caches[i].set(raw, reading);
      }
      if (reading.problem) problems.add(column.name, row, reading.problem);
      const value = reading.value;
      if (value === null) continue;
      const role = column.role;
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
          record.lists |= listBits[i];
          break;
      }
    }
    let known = nothingToAssess;
    if (instruments.length > 0 || options.bandOf) {
      let key = '';
      for (const i of factColumns) key += `${cells[i] ?? ''}\u001f`;
      let countries = '';
      for (const i of countryColumns) countries += `${cells[i] ?? ''}\u001f`;
      known = cached.lookup(key, countries, () => mapRecord(record, naming), options.bandOf);
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
  }
  if (!header) throw new UnreadableData('the file is empty', 'a CTDC CSV with a header row', 'nothing');
  return { format: header.spec.format, rows: row, problems, header };
}
