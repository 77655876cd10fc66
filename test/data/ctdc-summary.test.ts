// The summary counts each group's lists of items per list object and adds them into the groups in
// batches: the counts must be those of counting every record on its own, however many distinct
// lists come and whether records share them or not.
import { describe, expect, it } from 'vitest';
import { type CtdcRecord, emptyRecord } from '../../src/data/ctdc-mapping.js';
import type { ScannedRecord } from '../../src/data/ctdc-scan.js';
import { summaryBuilder } from '../../src/data/ctdc-summary.js';

function record(flags: CtdcRecord['flags']): ScannedRecord {
  return {
    row: 0,
    record: { ...emptyRecord(), year: 2020, flags },
    facts: () => ({ base: [], choices: [] }),
    verdicts: [],
    band: null,
  };
}

const flagsOf = (i: number): CtdcRecord['flags'] => ({
  means: i % 3 === 0 ? ['Threats'] : i % 3 === 1 ? ['Threats', 'WithholdDocs'] : [],
  exploitation: i % 5 === 0 ? ['ForcedLabour', 'SexualExploit'] : [],
  labourSector: [],
  sexSector: [],
  recruiter: i % 7 === 0 ? ['Family'] : [],
  abduction: [],
});

describe('CTDC summary', () => {
  it('counts flags of shared and of distinct lists, past the batch size', () => {
    const summary = summaryBuilder([]);
    const shared = flagsOf(0);
    const n = 25_003;
    // Every other record shares one object; the others each bring a new one.
    for (let i = 0; i < n; i++) summary.add(record(i % 2 === 0 && i % 3 === 0 ? shared : flagsOf(i)));
    const { groups, records } = summary.result();
    const count = (test: (i: number) => boolean) =>
      Array.from({ length: n }, (_, i) => i).filter(test).length;
    expect(records).toBe(n);
    expect(groups.means.records).toBe(count((i) => i % 3 !== 2));
    expect(groups.means.items).toEqual([
      { item: 'Threats', count: count((i) => i % 3 !== 2), percent: 100 },
      {
        item: 'WithholdDocs',
        count: count((i) => i % 3 === 1),
        percent: Math.round((1000 * count((i) => i % 3 === 1)) / count((i) => i % 3 !== 2)) / 10,
      },
    ]);
    // Shared records are i % 6 === 0: their flags are those of record 0 (exploitation, recruiter).
    const exploited = (i: number) => (i % 6 === 0 ? true : i % 5 === 0);
    expect(groups.exploitation.records).toBe(count(exploited));
    expect(groups.recruiter.records).toBe(count((i) => (i % 6 === 0 ? true : i % 7 === 0)));
  });
});
