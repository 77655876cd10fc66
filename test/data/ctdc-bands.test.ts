import { createReadStream } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BandId, bandIds, bandRank, bands } from '../../src/continuum/bands.js';
import { ctdcBand } from '../../src/data/ctdc-bands.js';
import { ctdcFormats } from '../../src/data/ctdc-format.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { type Assignment, buildFacts, type MappedFacts, mapRecord } from '../../src/data/ctdc-mapping.js';
import { type ScannedRecord, scanCtdc } from '../../src/data/ctdc-scan.js';
import { MAX_READINGS, verdictsOf } from '../../src/data/supervaluation.js';
import type { CaseFacts } from '../../src/facts/schema.js';
import { instruments } from '../../src/law/instruments/index.js';
import { readerFor, truthOf } from '../../src/law/logic/evaluate.js';
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

  it("the band is the continuum's own, settled over the record's readings like its verdicts", () => {
    for (const mergedMeans of [false, true]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(mergedMeans), (record) => {
          const mapped = mapRecord(record, { synthetic: mergedMeans, mergedMeans });
          const readings = readingsOf(mapped);
          // Past this many readings the verdicts give up (undetermined); skip such records.
          if (readings.length > MAX_READINGS) return;
          // A band is the record's when its rule is met on every reading (bandRangeOf's rules).
          let expected: BandId = 'decent_work';
          for (const band of bands)
            if (readings.every((facts) => band.holds(readerFor(facts)) === 'met')) expected = band.id;
          expect(ctdcBand(mapped)).toBe(expected);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("every band's decide is its holds with the rules read from the facts", () => {
    fc.assert(
      fc.property(arbitraryCtdcRecord(true), (record) => {
        const read = readerFor(buildFacts(mapRecord(record, { synthetic: true, mergedMeans: true }).base));
        for (const band of bands) expect(band.decide((rule) => truthOf(rule, read))).toBe(band.holds(read));
      }),
      { numRuns: 100 },
    );
  });
});

/** Every reading of a record: its base facts with one option of each choice (at most a few hundred). */
function readingsOf(mapped: MappedFacts): CaseFacts[] {
  let partial: Assignment[][] = [[...mapped.base]];
  for (const options of mapped.choices) {
    partial = partial.flatMap((chosen) => options.map((option) => [...chosen, ...option]));
    if (partial.length > MAX_READINGS) return partial.map(buildFacts);
  }
  return partial.map(buildFacts);
}

/** Which band each instrument's rule defines (Palermo → trafficking, C029 → forced labour, 1926 → slavery). */
const instrumentBands = instruments.flatMap((instrument) => {
  const band = bands.find((b) => b.rules.length === 1 && b.rules[0] === instrument.rule);
  return band ? [{ index: instruments.indexOf(instrument), band: band.id }] : [];
});

describe('bands never contradict verdicts (issue 14)', () => {
  it('three instruments define bands', () => {
    expect(instrumentBands.map((b) => b.band).sort()).toEqual(['forced_labour', 'slavery', 'trafficking']);
  });

  it.each(ctdcFormats)(
    '%s fixture: a met verdict puts the record at least in that instrument’s band',
    async (format) => {
      const { summary } = await importCtdc(`test/fixtures/ctdc/${format}.csv`);
      const rows: ScannedRecord[] = [];
      await scanCtdc(createReadStream(`test/fixtures/ctdc/${format}.csv`), (r) => rows.push(r), {
        bandOf: ctdcBand,
      });
      for (const row of rows) {
        for (const { index, band } of instrumentBands) {
          if (row.verdicts[index] === 'met')
            expect(bandRank(row.band as BandId)).toBeGreaterThanOrEqual(bandRank(band));
        }
      }
      // The summary agrees: no met verdict of an instrument counted in a band below its own.
      for (const { index, band } of instrumentBands) {
        const id = instruments[index].id;
        for (const below of bandIds.slice(0, bandRank(band)))
          expect(summary.verdictsByBand?.[below]?.[id]?.met ?? 0).toBe(0);
      }
    },
  );

  it('property: on any record, every met verdict implies the band is at least its instrument’s', () => {
    for (const mergedMeans of [false, true]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(mergedMeans), (record) => {
          const mapped = mapRecord(record, { synthetic: mergedMeans, mergedMeans });
          const verdicts = verdictsOf(mapped, instruments);
          const band = ctdcBand(mapped);
          for (const { index, band: own } of instrumentBands)
            if (verdicts[index] === 'met') expect(bandRank(band)).toBeGreaterThanOrEqual(bandRank(own));
        }),
        { numRuns: 500 },
      );
    }
  });
});
