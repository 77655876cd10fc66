// As found (decision mode) in the bulk import: every record's verdicts are those `assess --as-found`
// gives its facts, and none is open for want of facts. A merged CTDC item ("one of these") proves
// only what each of its readings proves: the verdict is the least over the readings.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctdcFormats } from '../../src/data/ctdc-format.js';
import {
  type Assignment,
  buildFacts,
  exploitationMapping,
  kAnonMeansMapping,
  type MappedFacts,
  mapRecord,
  syntheticMeansMapping,
} from '../../src/data/ctdc-mapping.js';
import { type ScannedRecord, type ScanOptions, scanCtdc } from '../../src/data/ctdc-scan.js';
import { MAX_READINGS, verdictsOf } from '../../src/data/supervaluation.js';
import { assess } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import type { Truth } from '../../src/law/logic/truth.js';
import { arbitraryCtdcFile, arbitraryCtdcRecord } from '../support/arbitrary-ctdc.js';
import { runCli } from '../support/cli.js';

const rank: Record<Truth, number> = { not_met: 0, undetermined: 1, met: 2 };

/** The definition: `assess --as-found` on every reading of the record, the least value of each. */
function asFoundByAssess(mapped: MappedFacts): Truth[] {
  let readings: Assignment[][] = [[]];
  // The same merged item twice is one item: its readings are counted once.
  for (const options of new Set(mapped.choices))
    readings = readings.flatMap((r) => options.map((o) => [...r, ...o]));
  const least: Truth[] = instruments.map(() => 'met');
  for (const chosen of readings) {
    const assessment = assess(buildFacts([...mapped.base, ...chosen]), { asFound: true });
    expect(assessment.mode).toBe('as_found');
    assessment.instruments.forEach(({ elements }, i) => {
      // As found, an open definition is open in law, never for want of facts.
      if (elements.value === 'undetermined') expect(elements.openBecause).toBe('law');
      if (rank[elements.value] < rank[least[i]]) least[i] = elements.value;
    });
  }
  return least;
}

async function scan(csv: string, options: ScanOptions): Promise<ScannedRecord[]> {
  const rows: ScannedRecord[] = [];
  await scanCtdc(Readable.from([csv]), (r) => rows.push(r), options);
  return rows;
}

describe('CTDC import as found', () => {
  it.each(ctdcFormats)(
    'gives every %s row the verdicts assess --as-found gives its facts',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(arbitraryCtdcFile(format), fc.boolean(), async (csv, cache) => {
          const rows = await scan(csv, { instruments, asFound: true, cache });
          for (const row of rows) expect(row.verdicts).toEqual(asFoundByAssess(row.facts()));
        }),
        { numRuns: 10 },
      );
    },
  );

  it('agrees with assess --as-found on random records of both namings, merged items included', () => {
    for (const mergedMeans of [false, true]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(mergedMeans), (record) => {
          const mapped = mapRecord(record, { synthetic: mergedMeans, mergedMeans });
          expect(verdictsOf(mapped, instruments, 'as_found')).toEqual(asFoundByAssess(mapped));
        }),
        { numRuns: 40 },
      );
    }
  });

  it('never needs more readings of a record than the mapping tables allow', () => {
    // Every merged item that reaches the verdicts (no empty option) is a choice; a record holds
    // each at most once, so its readings are at most the product of their option counts.
    const naming = (synthetic: boolean) => [
      ...Object.values(synthetic ? syntheticMeansMapping : kAnonMeansMapping),
      ...Object.values(exploitationMapping(synthetic)),
    ];
    for (const synthetic of [false, true]) {
      const readings = naming(synthetic)
        .flatMap((mapping) => (mapping === 'opaque' ? [] : [mapping.options]))
        .filter((options) => options.length > 1 && options.every((option) => option.length > 0))
        .reduce((n, options) => n * options.length, 1);
      expect(readings).toBeLessThanOrEqual(MAX_READINGS);
    }
  });

  it('continuum import ctdc --as-found says the mode in its JSON and in words', async () => {
    const file = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';
    const open = await runCli(['import', 'ctdc', file, '--json']);
    const found = await runCli(['import', 'ctdc', file, '--json', '--as-found']);
    expect([open.code, found.code]).toEqual([0, 0]);
    const [investigation, asFound] = [JSON.parse(open.stdout), JSON.parse(found.stdout)];
    expect([investigation.mode, asFound.mode]).toEqual(['investigation', 'as_found']);
    // The bands are the continuum's reading in both modes; the verdicts change.
    expect(asFound.summary.byBand).toEqual(investigation.summary.byBand);
    expect(asFound.summary.verdicts).not.toEqual(investigation.summary.verdicts);
    for (const [id, counts] of Object.entries(asFound.summary.verdicts) as Array<
      [string, Record<Truth, number>]
    >) {
      // What the investigator found met stays met; as found, nothing here is open in law.
      expect(counts.met).toBeGreaterThanOrEqual(investigation.summary.verdicts[id].met);
      expect(counts.undetermined).toBe(0);
    }
    const text = await runCli(['import', 'ctdc', file, '--as-found']);
    expect(text.stdout).toContain('every fact not recorded counts as not established');
    expect(text.stdout).toContain('Verdicts as found');
    expect(text.stdout).not.toContain('as_found');
    const french = await runCli(['import', 'ctdc', file, '--as-found', '--lang', 'fr']);
    expect(french.stdout).toContain('tenu pour non établi');
  });
});
