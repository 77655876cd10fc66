// The scan's cache (ctdc-cache.ts) must never change a result: on random files of every
// format, the cached scan gives each row the record, verdicts and band the uncached scan gives
// (every record's own facts through every instrument and the band, no cache).
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctdcBand } from '../../src/data/ctdc-bands.js';
import { ctdcFormats } from '../../src/data/ctdc-format.js';
import type { MappedFacts } from '../../src/data/ctdc-mapping.js';
import { type ScannedRecord, type ScanOptions, scanCtdc } from '../../src/data/ctdc-scan.js';
import { instruments } from '../../src/law/instruments/index.js';
import { arbitraryCtdcFile, cellsFor } from '../support/arbitrary-ctdc.js';
import { ctdcHeader } from '../support/ctdc-generator.js';

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
      fc.asyncProperty(arbitraryCtdcFile(format), fc.boolean(), async (csv, customBand) => {
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
        arbitraryCtdcFile('ctdc-synthetic-2024'),
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
