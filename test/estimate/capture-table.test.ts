import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureCsv } from '../../src/estimate/capture-csv.js';
import {
  captureTableFromPatterns,
  observedTotal,
  patternToMask,
  permuteLists,
  supersetSums,
} from '../../src/estimate/capture-table.js';
import * as referenceData from './reference-data.js';

const data: Record<string, import('../../src/estimate/capture-table.js').CaptureTable> = { ...referenceData };

describe('capture tables', () => {
  it('reproduces the documented totals (mse.md §10.1)', () => {
    const totals: Array<[string, number]> = [
      ['ukdat', 2744],
      ['ukdat5', 2744],
      ['ukdat4', 2428],
      ['ned', 8234],
      ['newOrl185', 185],
      ['newOrl186', 186],
      ['western', 345],
      ['kosovo', 4400],
      ['korea', 123],
      ['artificial3', 96],
      ['hiv', 1896],
      ['lesbian', 2185],
      ['hare', 68],
    ];
    for (const [name, n] of totals) expect(observedTotal(data[name]), name).toBe(n);
  });

  it('computes N* as sums over supersets', () => {
    const nstar = supersetSums(referenceData.korea.counts);
    // b:c = 54 + 12, b:d = 6 + 12, c:d = 0 + 12 (mse.md §3.3 step-1 trace).
    expect(nstar[patternToMask('110')]).toBe(66);
    expect(nstar[patternToMask('101')]).toBe(18);
    expect(nstar[patternToMask('011')]).toBe(12);
  });

  it('rejects each kind of bad input with a path', () => {
    const result = captureTableFromPatterns(
      ['A', 'B', 'C'],
      [
        { pattern: '100', count: 3 },
        { pattern: '100', count: 2 },
        { pattern: '000', count: 1 },
        { pattern: '010', count: -1 },
        { pattern: '011', count: 1.5 },
        { pattern: '01', count: 1 },
      ],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['rows.1.pattern', 'duplicate_pattern'],
      ['rows.2.pattern', 'unobservable_pattern'],
      ['rows.3.count', 'invalid_count'],
      ['rows.4.count', 'invalid_count'],
      ['rows.5.pattern', 'invalid_pattern'],
    ]);
  });

  it('reports a list with nobody on it and too few lists', () => {
    const empty = captureTableFromPatterns(['A', 'B', 'C'], [{ pattern: '110', count: 4 }]);
    expect(empty.ok === false && empty.problems.map((p) => p.code)).toEqual(['empty_list']);
    const one = captureTableFromPatterns(['A'], [{ pattern: '1', count: 4 }]);
    expect(one.ok === false && one.problems[0].code).toBe('list_count');
  });

  it('permuting lists twice with inverse orders is the identity', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const inverse = order.map((_, k) => order.indexOf(k));
        const back = permuteLists(permuteLists(referenceData.western, order), inverse);
        expect(back).toEqual(referenceData.western);
      }),
    );
  });
});

describe('capture CSV', () => {
  it('reads the aggregated layout', () => {
    const result = parseCaptureCsv('A,B,count\n1,0,5\n0,1,7\n1,1,2\n');
    expect(result.ok && result.value.counts).toEqual([0, 5, 7, 2]);
  });

  it('reads one row per person and sums duplicate patterns', () => {
    const result = parseCaptureCsv('police,ngo\n1,0\n1,0\n1,1\n0,1\n');
    expect(result.ok && result.value).toEqual({ lists: ['police', 'ngo'], counts: [0, 2, 1, 1] });
  });

  it('names the line and column of each problem', () => {
    const result = parseCaptureCsv('A,B,count\n1,0,5\n1,x,2\n0,0,3\n1,0,4\n0,1,2.5\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['line.3.B', 'invalid_membership'],
      ['line.4', 'unobservable_pattern'],
      ['line.5', 'duplicate_pattern'],
      ['line.6.count', 'invalid_count'],
    ]);
  });

  it('drops a BOM, skips blank lines and trims cells; a quote never closed is a problem, not a crash', () => {
    const result = parseCaptureCsv('\uFEFFpolice , ngo\r\n\r\n 1 , 0\r\n  \r\n0,1\r\n1,1\r\n');
    expect(result.ok && result.value).toEqual({ lists: ['police', 'ngo'], counts: [0, 1, 1, 1] });
    const broken = parseCaptureCsv('A,B,count\n1,0,5\n"0,1,7\n');
    expect(broken.ok === false && broken.problems[0]).toMatchObject({
      path: '',
      code: 'invalid_csv',
      message: expect.stringMatching(/quote/i),
    });
  });

  it('reports an empty list against the header', () => {
    const result = parseCaptureCsv('A,B,C,count\n1,0,0,5\n0,1,0,7\n');
    expect(result.ok === false && result.problems[0]).toMatchObject({ path: 'line.1.C', code: 'empty_list' });
  });
});
