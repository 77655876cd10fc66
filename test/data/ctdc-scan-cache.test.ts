// The scan's caches (ctdc-projection.ts) must never change a result: on random files of every
// format, the cached scan gives each row the record, verdicts and band the uncached scan gives
// (every record's own facts through every instrument and the band, no cache).
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctdcBand } from '../../src/data/ctdc-bands.js';
import { ctdcFormats, roleOf } from '../../src/data/ctdc-format.js';
import type { MappedFacts } from '../../src/data/ctdc-mapping.js';
import { type ScannedRecord, type ScanOptions, scanCtdc } from '../../src/data/ctdc-scan.js';
import { instruments } from '../../src/law/instruments/index.js';
import { ctdcHeader } from '../support/ctdc-generator.js';

/** Cells a column may hold: good values of both families, missing markers, and bad ones. */
function cellsFor(column: string): string[] {
  if (column.startsWith('list:')) return ['', '1', '0'];
  const role = roleOf(column)?.role;
  switch (role?.kind) {
    case 'year':
      return ['', '2019', '2021', '-99', '19'];
    case 'gender':
      return ['', 'Woman', 'Man', 'Female', 'Trans/Transgender/NonConforming', '-99', 'x'];
    case 'age':
      return ['', '0--8', '09--17', '9--17', '18--20', '30--38', '48+', '-99', 'about 30'];
    case 'majority':
      return ['', 'Adult', 'Minor', '-99', 'adultish'];
    case 'country':
      return ['', 'UKR', 'PHL', 'GBR', 'UA', 'PH', 'US', 'ZZZ', '-99'];
    case 'months':
      return ['', '0--12 (0-1 yr)', '25+ (2+ yrs)', 'long'];
    case 'flag':
      return ['', '', '', '1', '1', '0', '-99', 'yes'];
    default:
      return ['', 'Hotline', '-99'];
  }
}

function arbitraryFile(format: (typeof ctdcFormats)[number]) {
  const header = [...ctdcHeader(format), 'list:NGO'];
  const row = fc.tuple(...header.map((column) => fc.constantFrom(...cellsFor(column))));
  // Rows repeat (as in SDS output), so that cached values are served as well as computed.
  return fc
    .array(row, { minLength: 1, maxLength: 12 })
    .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 30 }))
    .map((rows) => `${[header, ...rows].map((cells) => cells.join(',')).join('\n')}\n`);
}

async function scan(csv: string, options: ScanOptions): Promise<ScannedRecord[]> {
  const rows: ScannedRecord[] = [];
  await scanCtdc(Readable.from([csv]), (r) => rows.push(r), options);
  return rows;
}

const plain = (rows: ScannedRecord[]) =>
  rows.map(({ row, record, verdicts, band }) => ({ row, record: structuredClone(record), verdicts, band }));

/** A band function that reads a country: its values must be cached by country too. */
const bandWithCountry = (mapped: MappedFacts) =>
  `${ctdcBand(mapped)}@${mapped.base.find(([path]) => path === 'jurisdiction')?.[1] ?? '-'}`;

describe('CTDC scan caches', () => {
  it.each(ctdcFormats)('give every %s row what its own facts give, uncached', async (format) => {
    await fc.assert(
      fc.asyncProperty(arbitraryFile(format), fc.boolean(), async (csv, customBand) => {
        const options: ScanOptions = { instruments, bandOf: customBand ? bandWithCountry : ctdcBand };
        const cached = await scan(csv, options);
        const reference = await scan(csv, { ...options, cache: false });
        expect(plain(cached)).toEqual(plain(reference));
      }),
      { numRuns: 15 },
    );
  });

  it('reads a header too wide to key by numbers (repeated flag columns) without the cache, the same', async () => {
    const header = ctdcHeader('ctdc-k-anonymised');
    const means = header.filter((column) => column.startsWith('meansOfControl'));
    const wide = [...header, ...means, ...means, ...means, ...means, ...means, ...means];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(...wide.map((column) => fc.constantFrom(...cellsFor(column)))), { maxLength: 6 }),
        async (rows) => {
          const csv = `${[wide, ...rows].map((cells) => cells.join(',')).join('\n')}\n`;
          const options: ScanOptions = { instruments, bandOf: ctdcBand };
          expect(plain(await scan(csv, options))).toEqual(
            plain(await scan(csv, { ...options, cache: false })),
          );
        },
      ),
      { numRuns: 5 },
    );
  });

  it('serves instruments in any order and subset, and scans without assessing', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryFile('ctdc-synthetic-2024'),
        fc.shuffledSubarray([...instruments]),
        async (csv, chosen) => {
          const cached = await scan(csv, { instruments: chosen });
          const reference = await scan(csv, { instruments: chosen, cache: false });
          expect(plain(cached)).toEqual(plain(reference));
        },
      ),
      { numRuns: 15 },
    );
  });
});
