import { describe, expect, it } from 'vitest';
import { readSds, type SdsAggregate, writeSds } from '../../src/data/sds-format.js';

describe('synthetic-data-showcase aggregate TSV', () => {
  it('reads the documented example', () => {
    const text = [
      'selections\tprotected_count',
      'record_count\t206110',
      'isSexualExploit:1\t118340',
      'gender:Woman\t132560',
      'gender:Woman;isSexualExploit:1\t101920',
      'ageBroad:9--17;gender:Woman;isSexualExploit:1\t17730',
      '',
    ].join('\n');
    const result = readSds(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.recordCount).toBe(206110);
    expect(result.value.protectedCounts).toBe(true);
    expect(result.value.cells[3]).toEqual({
      key: { ageBroad: '9--17', gender: 'Woman', isSexualExploit: '1' },
      count: 17730,
    });
  });

  it('writes sorted by length then count, and reads back what it wrote (escapes, not-recorded values)', () => {
    const aggregate: SdsAggregate = {
      protectedCounts: true,
      recordCount: 100,
      cells: [
        { key: { gender: 'Woman', year: '2019' }, count: 30 },
        { key: { gender: null }, count: 20 },
        { key: { gender: 'Woman' }, count: 60 },
        { key: { means: 'Threats;Sexual abuse', 'odd:name': 'a%b' }, count: 12 },
      ],
    };
    const text = writeSds(aggregate);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'selections\tprotected_count',
      'record_count\t100',
      'gender:Woman\t60',
      'gender:\t20',
    ]);
    const back = readSds(text);
    expect(back.ok && new Set(back.value.cells.map((c) => JSON.stringify(c)))).toEqual(
      new Set(aggregate.cells.map((c) => JSON.stringify(c))),
    );
  });

  it('reports bad lines with their line numbers', () => {
    const result = readSds('selections\tcount\nrecord_count\t10\ngender:Woman\tmany\nnocolon\t3\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['line 3', 'line 4']);
    expect(readSds('hello\n').ok).toBe(false);
  });
});
