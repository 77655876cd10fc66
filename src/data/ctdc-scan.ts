// Streaming read of a CTDC CSV: header → format, then each row → a normalised record, its partial
// case facts and its verdicts, handed to a visitor and dropped. Memory stays flat whatever the file
// size: nothing is kept per row, only (bounded) per distinct cell value, group state and verdict key.
//
// The CSV is read by Papa Parse (csv-records.ts). For speed, a row's fact cells become one number
// per group of columns (ctdc-row-plan.ts): what a group's number sets on the record is decoded once
// and shared, and each verdict is looked up by only the facts it can read, computed from the
// record's own facts when new.
// `cache: false` computes every record from its own facts: the reference the tests compare with.
import type { Readable } from 'node:stream';
import { modeOf } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import type { Truth } from '../law/logic/truth.js';
import { readCsvRecords } from './csv-records.js';
import { type CtdcFormat, type DetectedHeader, detectFormat } from './ctdc-format.js';
import {
  assign,
  type CtdcRecord,
  emptyRecord,
  type MappedFacts,
  mapRecord,
  type Naming,
  noFlags,
  shareFlags,
} from './ctdc-mapping.js';
import { type BandOf, RowPlan } from './ctdc-row-plan.js';
import { readCell } from './ctdc-values.js';
import { ProblemLog } from './problem-log.js';

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
  /** The normalised record. Its lists of `flags` are shared by the records with the same items: read only. */
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
  bandOf?: BandOf;
  /** false: compute every record's verdicts and band from its own facts, with no cache (the reference). */
  cache?: boolean;
  /**
   * Decide the verdicts on the facts as found (decision mode, law/logic/as-found.ts): every fact a
   * record does not carry counts as not established. The band stays the continuum's reading.
   */
  asFound?: boolean;
};

export type ScanResult = { format: CtdcFormat; rows: number; problems: ProblemLog; header: DetectedHeader };

const noVerdicts: Truth[] = [];

/** One scanned row. A class, so that a row costs one object and no closures. */
class Scanned implements ScannedRecord {
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
      naming = header.spec.naming;
      plan = new RowPlan(header, naming, instruments, options.bandOf, modeOf(options));
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
    const { groupOf, states } = plan;
    states.fill(0);
    // Every cell but a flag sets its value on the record; a fact cell adds its digit to its group's
    // state, from which the flags and (when cached) the verdicts come.
    const record = emptyRecord(noFlags);
    for (let i = 0; i < count; i++) {
      const column = columns[i];
      const raw = cells[i];
      if (!column || column.role.kind === 'ignored' || raw === undefined || raw === '') continue;
      const cell = plan.cell(i, raw, column.role);
      if (cell.reading.problem !== undefined) problems.add(column.name, row, cell.reading.problem);
      const value = cell.reading.value;
      if (value === null) continue;
      if (groupOf[i] >= 0) states[groupOf[i]] += cell.code;
      if (column.role.kind !== 'flag') assign(record, column.role, value, plan.listBits[i]);
    }
    let scanned: Scanned;
    if (cached) {
      record.flags = plan.flags();
      scanned = new Scanned(row, record, naming);
      if (assess) plan.values(scanned, scanned);
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

  // A malformed quote read past: a problem of the row it is in (the next one delivered; 0 the header).
  const onCsvProblem = (message: string) => problems.add('(csv)', header ? row + 1 : 0, message);
  const stop = await readCsvRecords(input, onRecord, onCsvProblem);
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
