// Import a CTDC file: scan it once, summarising as it goes. The result is the `continuum import`
// JSON contract (README "Case data").
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type AssessmentMode, modeOf } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import { captureCounter, type IdentifiedVsEstimated, identifiedVsEstimated } from './capture.js';
import { ctdcBand } from './ctdc-bands.js';
import type { CtdcFormat } from './ctdc-format.js';
import { type ScannedRecord, type ScanOptions, scanCtdc, UnreadableData } from './ctdc-scan.js';
import { type Summary, summaryBuilder } from './ctdc-summary.js';
import type { RowProblem } from './problem-log.js';

export const IMPORT_SCHEMA_VERSION = 1;

export type ImportResult = {
  schemaVersion: typeof IMPORT_SCHEMA_VERSION;
  /** How facts not recorded were read by the verdicts (`as_found`: not established); bands read them as unknown either way. */
  mode: AssessmentMode;
  format: CtdcFormat;
  rows: number;
  /** The first few problems of each column (see problemCounts for all). */
  problems: RowProblem[];
  /** Per column: problems in all, and how many are listed above. */
  problemCounts: Record<string, { count: number; listed: number }>;
  summary: Summary & {
    instruments: string[];
    /** Only when the file has list-membership columns (`list:NAME`): the capture table and the estimate. */
    identifiedVsEstimated: IdentifiedVsEstimated | null;
  };
};

export type ImportOptions = ScanOptions & {
  /** Also hand each record to this visitor (e.g. an aggregate or a capture-table builder). */
  visit?: (scanned: ScannedRecord) => void;
  /** Called with (bytes read, file size). */
  onFileProgress?: (bytesRead: number, size: number) => void;
};

/** Opens the file and checks it exists, with errors a person can act on. */
export async function openCtdcFile(path: string): Promise<{ size: number }> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UnreadableData(
      error.code === 'ENOENT' ? 'file not found' : `cannot read the file (${error.code ?? 'error'})`,
    );
  });
  if (info.isDirectory()) throw new UnreadableData('is a directory, not a CSV file');
  return { size: info.size };
}

export async function importCtdc(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { size } = await openCtdcFile(path);
  const instruments: readonly Instrument[] = options.instruments ?? allInstruments;
  const summary = summaryBuilder(instruments);
  const input = createReadStream(path);
  const captures = captureCounter();
  const scanned = await scanCtdc(
    input,
    (record) => {
      summary.add(record);
      captures.add(record.record.lists);
      options.visit?.(record);
    },
    {
      ...options,
      instruments,
      bandOf: options.bandOf ?? ctdcBand,
      onProgress: options.onFileProgress ? (bytes) => options.onFileProgress?.(bytes, size) : undefined,
    },
  );
  return {
    schemaVersion: IMPORT_SCHEMA_VERSION,
    mode: modeOf(options),
    format: scanned.format,
    rows: scanned.rows,
    problems: scanned.problems.problems(),
    problemCounts: scanned.problems.byColumn(),
    summary: {
      instruments: instruments.map((i) => i.id),
      ...summary.result(),
      identifiedVsEstimated:
        scanned.header.lists.length > 0 ? await identifiedVsEstimated(scanned.header.lists, captures) : null,
    },
  };
}
