// `continuum aggregate`: count a CTDC file's records by some dimensions, as it streams, then
// release the table and its margins k-anonymously (k-anonymity.ts). The JSON contract and the SDS
// file are two views of the same release.
import { createReadStream } from 'node:fs';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import { type Dimension, findDimension } from './aggregate-dimensions.js';
import { ctdcBand } from './ctdc-bands.js';
import { openCtdcFile } from './ctdc-import.js';
import { type ScanOptions, scanCtdc, UnreadableData } from './ctdc-scan.js';
import { keyObject, MAX_DIMENSIONS, type ProtectedTable, protect, TooManySmallCells } from './k-anonymity.js';
import type { SdsAggregate } from './sds-format.js';

export const AGGREGATE_SCHEMA_VERSION = 1;

export type AggregateJson = {
  schemaVersion: typeof AGGREGATE_SCHEMA_VERSION;
  k: number | null;
  by: string[];
  /** Every combination of the `by` dimensions, margins included; `{}` is the grand total. */
  cells: Array<{ key: Record<string, string | null>; count: number | null }>;
};

/** The dimensions named, or the problem with the names. */
export function resolveDimensions(names: string[], instruments: readonly Instrument[]): Dimension[] {
  if (names.length === 0) throw new UnreadableData('--by needs at least one dimension');
  if (names.length > MAX_DIMENSIONS) {
    throw new UnreadableData(
      `at most ${MAX_DIMENSIONS} dimensions`,
      `≤ ${MAX_DIMENSIONS}`,
      String(names.length),
    );
  }
  if (new Set(names).size !== names.length) throw new UnreadableData('a dimension is named twice');
  return names.map((name) => {
    const dimension = findDimension(name, instruments);
    if (!dimension) throw new UnreadableData(`unknown dimension "${name}"`, undefined, name);
    return dimension;
  });
}

export async function countCtdc(
  path: string,
  dimensions: Dimension[],
  options: ScanOptions = {},
): Promise<{ rows: number; counts: Map<string, number> }> {
  await openCtdcFile(path);
  const counts = new Map<string, number>();
  const result = await scanCtdc(
    createReadStream(path),
    (scanned) => {
      const key = JSON.stringify(dimensions.map((d) => d.value(scanned)));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    { ...options, instruments: options.instruments ?? allInstruments },
  );
  return { rows: result.rows, counts };
}

export function aggregateJson(table: ProtectedTable): AggregateJson {
  return {
    schemaVersion: AGGREGATE_SCHEMA_VERSION,
    k: table.k,
    by: table.dimensions,
    cells: table.cells.map((cell) => ({
      key: keyObject(table.dimensions, cell),
      count: cell.suppressed ? null : cell.count,
    })),
  };
}

/** The release as an SDS aggregate file: suppressed cells left out. */
export function aggregateSds(table: ProtectedTable): SdsAggregate {
  const total = table.cells.find((cell) => cell.mask === 0);
  return {
    protectedCounts: true,
    recordCount: total && !total.suppressed ? total.count : 0,
    cells: table.cells
      .filter((cell) => !cell.suppressed && cell.mask !== 0)
      .map((cell) => ({ key: keyObject(table.dimensions, cell), count: cell.count })),
  };
}

export async function aggregateCtdc(
  path: string,
  names: string[],
  k: number,
  options: ScanOptions = {},
): Promise<ProtectedTable> {
  // Assess only for the verdicts counted: a release by year and country needs no law at all.
  const instruments = (options.instruments ?? allInstruments).filter((i) => names.includes(i.id));
  const dimensions = resolveDimensions(names, instruments);
  // Bands cost time: computed only when a release is counted by band.
  const bandOf = names.includes('band') ? (options.bandOf ?? ctdcBand) : undefined;
  const { counts } = await countCtdc(path, dimensions, { ...options, instruments, bandOf });
  try {
    return protect(names, counts, k);
  } catch (error) {
    if (error instanceof TooManySmallCells) throw new UnreadableData(error.message);
    throw error;
  }
}
