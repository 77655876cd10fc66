import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureCsv } from '../../src/estimate/capture-csv.js';
import {
  captureTableFromPatterns,
  observedTotal,
  overlapGroups,
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

  it('refuses a count written otherwise than in digits, or too large to be exact, with its line', () => {
    for (const [count, code] of [
      ['1e3', 'invalid_count'],
      ['12.0', 'invalid_count'],
      ['0x10', 'invalid_count'],
      ['-0', 'invalid_count'],
      ['99999999999999999999', 'count_too_large'],
      ['9007199254740992', 'count_too_large'],
    ]) {
      const result = parseCaptureCsv(`A,B,count\n1,0,5\n0,1,${count}\n1,1,2\n`);
      expect(result.ok === false && result.problems, count).toEqual([
        expect.objectContaining({ path: 'line.3.count', code, found: expect.stringContaining(count) }),
      ]);
    }
    const largest = parseCaptureCsv('A,B,count\n1,0,5\n0,1,9007199254740991\n1,1,2\n');
    expect(largest.ok && largest.value.counts[2]).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('says when columns are separated by semicolons or tabs', () => {
    for (const [separator, words] of [
      [';', /semicolons/],
      ['\t', /tabs/],
    ] as const) {
      const text = `${['A', 'B', 'count'].join(separator)}\n${['1', '0', '5'].join(separator)}\n`;
      const result = parseCaptureCsv(text);
      expect(result.ok === false && result.problems).toEqual([
        expect.objectContaining({ path: 'line.1', code: 'separator', message: expect.stringMatching(words) }),
      ]);
    }
    const french = parseCaptureCsv('A;B;count\n1;0;5\n', 'fr');
    expect(french.ok === false && french.problems[0].message).toMatch(/points-virgules/);
  });

  it('names a JSON file as such (a case file given by mistake), in the reader’s language, and never echoes it', () => {
    for (const text of [
      '{"case": {"id": "c1"}, "facts": {}}\n',
      '  \n[{"A": 1, "B": 0, "count": 5}]',
      '\ufeff{"a": 1,\n "b": "x"}',
    ]) {
      const result = parseCaptureCsv(text);
      expect(result.ok === false && result.problems).toEqual([
        expect.objectContaining({
          path: '',
          code: 'not_text',
          message: expect.stringMatching(/^the file is JSON, not CSV/),
        }),
      ]);
      expect(JSON.stringify(result)).not.toContain('"c1"');
    }
    const spanish = parseCaptureCsv('[1, 2]', 'es');
    expect(spanish.ok === false && spanish.problems[0].message).toMatch(/^el archivo es JSON/);
    // A header whose first list is named with a bracket inside it is still CSV.
    expect(parseCaptureCsv('A[1],B,count\n1,0,5\n0,1,7\n1,1,2\n').ok).toBe(true);
  });

  it('names a UTF-16 or binary file as such and never echoes it', () => {
    const text = 'A,B,count\n1,0,5\n0,1,7\n1,1,2\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    for (const bytes of [utf16le, utf16be, Buffer.from(text, 'utf16le')]) {
      const result = parseCaptureCsv(bytes.toString('utf8'));
      expect(result.ok === false && result.problems).toEqual([
        expect.objectContaining({ path: '', code: 'not_text', message: expect.stringMatching(/UTF-16/) }),
      ]);
    }
    // Latin-1 accents are undecodable as UTF-8 but the file is still text: read, not refused.
    const latin1 = parseCaptureCsv(
      Buffer.from(
        'police,médecins,santé,count\n1,0,0,5\n0,1,0,4\n1,1,0,2\n0,0,1,3\n1,0,1,1\n',
        'latin1',
      ).toString('utf8'),
    );
    expect(latin1.ok).toBe(true);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 2048 }), (bytes) => {
        fc.pre(bytes.includes(0));
        const result = parseCaptureCsv(Buffer.from(bytes).toString('utf8'));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0].code).toBe('not_text');
        expect(
          result.problems[0].message.includes('\u0000') || result.problems[0].message.includes('\uFFFD'),
        ).toBe(false);
      }),
    );
  });
});

describe('lists that share nobody', () => {
  it('puts lists linked by somebody on both into one group', () => {
    const table = (rows: [string, number][]) => {
      const built = captureTableFromPatterns(
        rows[0][0].split('').map((_, i) => `L${i}`),
        rows.map(([pattern, count]) => ({ pattern, count })),
      );
      if (!built.ok) throw new Error('bad table');
      return built.value;
    };
    expect(
      overlapGroups(
        table([
          ['10', 5],
          ['01', 4],
        ]),
      ),
    ).toEqual([[0], [1]]);
    expect(
      overlapGroups(
        table([
          ['10', 5],
          ['01', 4],
          ['11', 1],
        ]),
      ),
    ).toEqual([[0, 1]]);
    // A and B linked, C and D linked, nobody between the pairs.
    expect(
      overlapGroups(
        table([
          ['1000', 5],
          ['0100', 4],
          ['1100', 2],
          ['0010', 3],
          ['0001', 3],
          ['0011', 1],
        ]),
      ),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // A chain: A–B and B–C link all three.
    expect(
      overlapGroups(
        table([
          ['100', 5],
          ['110', 1],
          ['011', 1],
          ['001', 2],
        ]),
      ),
    ).toEqual([[0, 1, 2]]);
  });

  it('is one group exactly when every list is reachable from the first through shared people', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((t) =>
            fc.tuple(fc.constant(t), fc.array(fc.nat({ max: 3 }), { minLength: 1 << t, maxLength: 1 << t })),
          ),
        ([t, cells]) => {
          const counts = cells.map((c, mask) => (mask === 0 ? 0 : c));
          const groups = overlapGroups({ lists: Array.from({ length: t }, (_, i) => `L${i}`), counts });
          // Every list in exactly one group.
          expect(groups.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: t }, (_, i) => i));
          // No observed person spans two groups.
          const groupOf = new Map(groups.flatMap((g, gi) => g.map((i) => [i, gi] as const)));
          for (let mask = 1; mask < 1 << t; mask++) {
            if (counts[mask] === 0) continue;
            const seen = new Set<number>();
            for (let i = 0; i < t; i++) if (mask & (1 << i)) seen.add(groupOf.get(i) ?? -1);
            expect(seen.size).toBe(1);
          }
          // Each group is linked: from its first list, people on several lists reach all of it.
          for (const group of groups) {
            let reached = 1 << group[0];
            for (let grown = true; grown; ) {
              grown = false;
              for (let mask = 1; mask < 1 << t; mask++)
                if (counts[mask] > 0 && mask & reached && (mask | reached) !== reached) {
                  reached |= mask;
                  grown = true;
                }
            }
            expect(group.every((i) => reached & (1 << i))).toBe(true);
          }
        },
      ),
    );
  });
});
