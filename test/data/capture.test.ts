import { describe, expect, it } from 'vitest';
import { captureCounter, identifiedVsEstimated } from '../../src/data/capture.js';
import { detectFormat } from '../../src/data/ctdc-format.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { ctdcHeader } from '../support/ctdc-generator.js';

describe('identified vs estimated', () => {
  it('reads list:NAME columns as list membership, not as unknown columns', () => {
    const result = detectFormat([...ctdcHeader('ctdc-synthetic-2024'), 'list:NGO', 'list_Police']);
    expect(result.ok && result.value.lists).toEqual(['NGO', 'Police']);
    expect(result.ok && result.value.unknownColumns).toEqual([]);
  });

  it('builds the capture table from the records and sets the estimate beside the identified', async () => {
    // The fixture: 800 people, three lists catching each independently (30%, 40%, 25%); only those
    // caught by some list are in the file.
    const { rows, summary } = await importCtdc('test/fixtures/ctdc/lists-synthetic.csv');
    const capture = summary.identifiedVsEstimated;
    expect(capture).not.toBeNull();
    if (!capture?.estimate) throw new Error('no estimate');
    expect(capture.lists).toEqual(['NGO', 'Police', 'Hotline']);
    expect(capture.identified).toBe(rows);
    expect(capture.onNoList).toBe(0);
    expect(capture.table.reduce((sum, row) => sum + row.count, 0)).toBe(rows);
    expect(capture.estimate.observed).toBe(rows);
    expect(capture.estimate.estimate).toBeGreaterThan(rows);
    const interval = capture.estimate.interval;
    expect(interval && interval.lower <= 800 && 800 <= interval.upper).toBe(true);
    expect(capture.line).toMatch(/^identified \d+; estimated \d+ \[\d+, \d+\]/);
  });

  it('no list columns: no estimate section', async () => {
    const { summary } = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
    expect(summary.identifiedVsEstimated).toBeNull();
  });

  it('records on no list stay out of the table; one list alone gives no estimate', async () => {
    const counter = captureCounter();
    for (const mask of [0, 0, 1, 2, 3, 3, 1]) counter.add(mask);
    const two = await identifiedVsEstimated(['A', 'B'], counter);
    expect(two).toMatchObject({ records: 7, identified: 5, onNoList: 2 });
    expect(two.table).toEqual([
      { pattern: '10', count: 2 },
      { pattern: '01', count: 1 },
      { pattern: '11', count: 2 },
    ]);
    const one = captureCounter();
    one.add(1);
    expect((await identifiedVsEstimated(['A'], one)).estimate).toBeNull();
  });
});
