// `continuum aggregate`: count a CTDC file's records by some dimensions, as it streams, then
// release the table over the full code lists of its dimensions, with every margin, by audited
// suppression (k-anonymity.ts). The JSON contract and the SDS file are two views of one release.
import { createReadStream } from 'node:fs';
import type { Instrument } from '../law/instrument.js';
import { instruments as allInstruments } from '../law/instruments/index.js';
import { type Dimension, findDimension } from './aggregate-dimensions.js';
import { type Category, codeList, DEFAULT_YEARS, type YearRange } from './code-lists.js';
import { ctdcBand } from './ctdc-bands.js';
import { openCtdcFile } from './ctdc-import.js';
import { type ScanOptions, scanCtdc, UnreadableData } from './ctdc-scan.js';
import type { DpPrivacy, DpTable } from './dp-release.js';
import {
  CannotProtect,
  type ProtectedTable,
  type ProtectOptions,
  protect,
  releasedValues,
} from './k-anonymity.js';
import { type Ledger, tableOf } from './release-ledger.js';
import { changedFileHolds, mapCell, sameFileFailures, type UnionTable } from './release-union.js';
import type { SdsAggregate } from './sds-format.js';
import { countLattice, keyOf, type Lattice, lattice, orderedCells, TableTooLarge } from './table-lattice.js';

export const MAX_DIMENSIONS = 4;

export const AGGREGATE_SCHEMA_VERSION = 2;

export type AggregateJson = {
  schemaVersion: typeof AGGREGATE_SCHEMA_VERSION;
  k: number | null;
  by: string[];
  /** The code list of each dimension (null = not recorded): the table covers all their combinations. */
  categories: Record<string, Category[]>;
  /**
   * Every combination of the categories, margins included; `{}` is the grand total. A count of 0
   * is published like any other; null is suppressed (which may be 0, or 1 to k−1, or more).
   */
  cells: Array<{ key: Record<string, Category>; count: number | null }>;
  /** How the release is protected: audited suppression at k, or differential privacy. */
  privacy: { method: 'suppression'; k: number } | DpPrivacy;
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

/** The lattice of a release by these dimensions over their code lists. */
export function releaseLattice(dimensions: readonly Dimension[], years: YearRange = DEFAULT_YEARS): Lattice {
  try {
    return lattice(
      dimensions.map((d) => d.name),
      dimensions.map((d) => codeList(d.name, d.kind, years)),
    );
  } catch (error) {
    if (error instanceof TableTooLarge) throw new CannotProtect(error.message);
    throw error;
  }
}

/** Counts keyed by JSON arrays of values → counts over the lattice; a value off the code lists is refused. */
export function latticeCounts(
  l: Lattice,
  counts: ReadonlyMap<string, number>,
  years?: YearRange,
): Float64Array {
  const index = l.domains.map((domain) => new Map(domain.map((value, i) => [value, i])));
  const finest: Array<[number[], number]> = [];
  for (const [key, n] of counts) {
    const values = JSON.parse(key) as Category[];
    const coords = values.map((value, i) => {
      const c = index[i].get(value);
      if (c === undefined) {
        const name = l.dimensions[i];
        throw new CannotProtect(
          name === 'year' && years
            ? `a record's year of registration is outside the years of the release (${years.from}–${years.to}): give a wider range of years`
            : `a record's ${name} is not in the code list of the release`,
        );
      }
      return c;
    });
    finest.push([coords, n]);
  }
  return countLattice(l, finest);
}

export function aggregateJson(
  table: Pick<ProtectedTable, 'lattice' | 'k' | 'counts' | 'suppressed'>,
): AggregateJson {
  return {
    ...tableJson(table.lattice, table.k, table.counts, table.suppressed),
    privacy: { method: 'suppression', k: table.k },
  };
}

/** A differentially private release: no cell suppressed, every count noisy. */
export function dpJson(table: DpTable): AggregateJson {
  return {
    ...tableJson(table.lattice, null, table.counts, new Uint8Array(table.lattice.cells)),
    privacy: table.privacy,
  };
}

function tableJson(
  l: Lattice,
  k: number | null,
  counts: Float64Array,
  suppressed: Uint8Array,
): Omit<AggregateJson, 'privacy'> {
  return {
    schemaVersion: AGGREGATE_SCHEMA_VERSION,
    k,
    by: [...l.dimensions],
    categories: Object.fromEntries(l.dimensions.map((name, i) => [name, [...l.domains[i]]])),
    cells: orderedCells(l).map((id) => ({
      key: keyOf(l, id),
      count: suppressed[id] ? null : counts[id],
    })),
  };
}

/** The release as an SDS aggregate file: suppressed and empty combinations alike left out. */
export function aggregateSds(table: Pick<ProtectedTable, 'lattice' | 'counts' | 'suppressed'>): SdsAggregate {
  const l = table.lattice;
  const cells = orderedCells(l);
  const total = cells[0];
  return {
    protectedCounts: true,
    recordCount: table.suppressed[total] ? 0 : table.counts[total],
    cells: cells
      .slice(1)
      .filter((id) => !table.suppressed[id] && table.counts[id] > 0)
      .map((id) => ({ key: keyOf(l, id), count: table.counts[id] })),
  };
}

export type AggregateOptions = ScanOptions & ProtectOptions & { years?: YearRange };

/** Counts a file by the named dimensions over their code lists (the holder's exact table). */
export async function countRelease(
  path: string,
  names: string[],
  options: AggregateOptions = {},
  given?: Lattice,
): Promise<{ lattice: Lattice; counts: Float64Array }> {
  // Assess only for the verdicts counted: a release by year and country needs no law at all.
  const instruments = (options.instruments ?? allInstruments).filter((i) => names.includes(i.id));
  const dimensions = resolveDimensions(names, instruments);
  const l = given ?? releaseLattice(dimensions, options.years);
  // Bands cost time: computed only when a release is counted by band.
  const bandOf = names.includes('band') ? (options.bandOf ?? ctdcBand) : undefined;
  const { counts } = await countCtdc(path, dimensions, { ...options, instruments, bandOf });
  return { lattice: l, counts: latticeCounts(l, counts, options.years ?? DEFAULT_YEARS) };
}

export async function aggregateCtdc(
  path: string,
  names: string[],
  k: number,
  options: AggregateOptions = {},
): Promise<ProtectedTable> {
  const { lattice: l, counts } = await countRelease(path, names, options);
  return protect(l, counts, k, options);
}

/** The earlier releases in a ledger, as tables for the union audit (recounted when from this file). */
export async function ledgerUnion(
  path: string,
  ledger: Ledger,
  fingerprint: string,
  options: AggregateOptions = {},
): Promise<{ same: UnionTable[]; changed: UnionTable[] }> {
  const same: UnionTable[] = [];
  const changed: UnionTable[] = [];
  for (const entry of ledger.releases) {
    if (entry.kind !== 'suppression') continue;
    for (const table of entry.tables) {
      const { lattice: l, values } = tableOf(table);
      if (entry.fingerprint !== fingerprint) {
        changed.push({ lattice: l, values, k: entry.k });
        continue;
      }
      const { counts } = await countRelease(path, table.by, options, l);
      same.push({ lattice: l, values, k: entry.k, counts });
    }
  }
  return { same, changed };
}

export const CHANGED_FILE =
  'this file differs from the one the earlier releases in the ledger were made from, and with them this release would show something of the people added or removed: release it with differential privacy, or not at all';

/** A release audited together with the earlier ones of the same dataset (the ledger's). */
export async function aggregateWithLedger(
  path: string,
  names: string[],
  k: number,
  earlier: { same: UnionTable[]; changed: UnionTable[] },
  options: AggregateOptions = {},
): Promise<ProtectedTable> {
  const { lattice: l, counts } = await countRelease(path, names, options);
  const table = await protect(l, counts, k, {
    ...options,
    jointAudit:
      earlier.same.length === 0
        ? undefined
        : async (values) => {
            const failures = await sameFileFailures([...earlier.same, { lattice: l, values, k, counts }]);
            // A cell of an earlier release that lost its protection: hide the same group here too.
            return failures.flatMap(({ table: i, cell }) => {
              if (i === earlier.same.length) return [cell];
              const before = earlier.same[i].lattice;
              const common = before.dimensions.filter((d) => l.dimensions.includes(d));
              const mapped = mapCell(before, cell, l, common);
              return mapped === undefined ? [] : [mapped];
            });
          },
  });
  if (earlier.changed.length > 0) {
    const next = { lattice: l, values: releasedValues(table), k, counts };
    if (!(await changedFileHolds(earlier.changed, next))) throw new CannotProtect(CHANGED_FILE);
  }
  return table;
}
