import { createReadStream } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIds, bandRangeOf } from '../../src/continuum/bands.js';
import { ctdcBand } from '../../src/data/ctdc-bands.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { buildFacts, mapRecord } from '../../src/data/ctdc-mapping.js';
import { type ScannedRecord, scanCtdc } from '../../src/data/ctdc-scan.js';
import { certainAssignments } from '../../src/data/supervaluation.js';
import { readerFor } from '../../src/law/logic/evaluate.js';
import { arbitraryCtdcRecord } from '../support/arbitrary-ctdc.js';

describe('continuum bands of CTDC records', () => {
  it('counts every record in one band, and places the child trafficking record in the trafficking band', async () => {
    const { summary, rows } = await importCtdc('test/fixtures/ctdc/denominators-synthetic.csv');
    const total = Object.values(summary.byBand ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(rows);
    for (const band of Object.keys(summary.byBand ?? {})) expect(bandIds).toContain(band);
    const records: ScannedRecord[] = [];
    await scanCtdc(
      createReadStream('test/fixtures/ctdc/denominators-synthetic.csv'),
      (r) => records.push(r),
      {
        bandOf: ctdcBand,
      },
    );
    expect(records[0].band).toBe('trafficking');
    expect(records[3].band).toBe('decent_work');
  });

  it('bands read no country (the scan caches them without the countries)', () => {
    fc.assert(
      fc.property(arbitraryCtdcRecord(true), (record) => {
        const naming = { synthetic: true, mergedMeans: true };
        const without = { ...record, citizenship: null, countryOfExploitation: null };
        expect(ctdcBand(mapRecord(record, naming))).toBe(ctdcBand(mapRecord(without, naming)));
      }),
      { numRuns: 100 },
    );
  });

  it("the fast band is the continuum's own (bandRangeOf on the certain facts)", () => {
    for (const mergedMeans of [false, true]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(mergedMeans), (record) => {
          const mapped = mapRecord(record, { synthetic: mergedMeans, mergedMeans });
          const reference = bandRangeOf(readerFor(buildFacts(certainAssignments(mapped)))).lowest;
          expect(ctdcBand(mapped)).toBe(reference);
        }),
        { numRuns: 300 },
      );
    }
  });
});
