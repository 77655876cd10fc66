import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ctdcBand } from '../../src/data/ctdc-bands.js';
import { ctdcFormats } from '../../src/data/ctdc-format.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { type ScannedRecord, scanCtdc } from '../../src/data/ctdc-scan.js';
import { LISTED_PER_COLUMN } from '../../src/data/problem-log.js';
import { verdictsOf } from '../../src/data/supervaluation.js';
import { instruments } from '../../src/law/instruments/index.js';
import { runCli } from '../support/cli.js';
import { ctdcCsv } from '../support/ctdc-generator.js';

const fixture = (name: string) => `test/fixtures/ctdc/${name}`;

describe('CTDC import', () => {
  it.each(ctdcFormats)('reads the %s fixture, every row, with bounded problems', async (format) => {
    const result = await importCtdc(fixture(`${format}.csv`));
    expect(result.format).toBe(format);
    expect(result.rows).toBe(200);
    expect(result.summary.records).toBe(200);
    // The generator plants bad ages, countries and flags: each column reported with counts.
    expect(result.problemCounts.ageBroad.count).toBeGreaterThan(0);
    for (const [column, { count, listed }] of Object.entries(result.problemCounts)) {
      expect(listed).toBe(Math.min(count, LISTED_PER_COLUMN));
      expect(result.problems.filter((p) => p.column === column)).toHaveLength(listed);
    }
    for (const id of result.summary.instruments) {
      const v = result.summary.verdicts[id];
      expect(v.met + v.not_met + v.undetermined).toBe(200);
    }
  });

  it('uses the codebook denominator: only records with something in the group', async () => {
    const { summary } = await importCtdc(fixture('denominators-synthetic.csv'));
    expect(summary.records).toBe(5);
    // Four records have a means of control: 2 of 4 are 50%, and the items sum past 100%.
    expect(summary.groups.means.records).toBe(4);
    const means = Object.fromEntries(summary.groups.means.items.map((i) => [i.item, i.percent]));
    expect(means).toEqual({ DebtBondageEarnings: 50, Threats: 50, FalsePromises: 25, WithholdDocs: 25 });
    expect(summary.groups.exploitation.records).toBe(3);
    expect(summary.groups.recruiter.records).toBe(2);
    expect(summary.byYear).toEqual({ '2019': 2, '2020': 2, '2021': 1 });
    expect(summary.byCountryOfExploitation).toMatchObject({ PH: 1, RU: 1, GB: 1, US: 1, unknown: 1 });
  });

  it('settles what the law settles from CTDC alone, and nothing from an empty record', async () => {
    const rows: ScannedRecord[] = [];
    await scanCtdc(createReadStream(fixture('denominators-synthetic.csv')), (r) => rows.push(r));
    const trafficking = instruments.findIndex((i) => i.id === 'un-trafficking-protocol');
    // Row 1: a 9–17-year-old recruited by a partner for sexual exploitation (prostitution). For a
    // child the act and the purpose suffice (Palermo Art 3(c)); no means is needed.
    expect(rows[0].verdicts[trafficking]).toBe('met');
    // Row 4 has only a year: every instrument undetermined.
    expect(new Set(rows[3].verdicts)).toEqual(new Set(['undetermined']));
  });

  it.each(ctdcFormats)(
    'the scan caches give every %s row the verdicts and band of its own facts',
    async (format) => {
      const rows: ScannedRecord[] = [];
      await scanCtdc(createReadStream(fixture(`${format}.csv`)), (r) => rows.push(r), { bandOf: ctdcBand });
      for (const row of rows) {
        const mapped = row.facts();
        expect(row.verdicts).toEqual(verdictsOf(mapped, instruments));
        expect(row.band).toBe(ctdcBand(mapped));
      }
    },
  );

  it('keeps reading after bad rows and reports short rows', async () => {
    const csv = `${ctdcCsv({ format: 'ctdc-synthetic-2024', rows: 3, seed: 1 })}2019,Woman\n`;
    const rows: number[] = [];
    const result = await scanCtdc(Readable.from([csv]), (r) => rows.push(r.row));
    expect(rows).toEqual([1, 2, 3, 4]);
    expect(result.problems.byColumn()['(row)'].count).toBe(1);
  });

  it('prints the JSON contract', async () => {
    const { code, stdout } = await runCli(['import', 'ctdc', fixture('ctdc-synthetic-sector.csv'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'mode',
      'format',
      'rows',
      'problems',
      'problemCounts',
      'summary',
      'exactCounts',
    ]);
    expect(json).toMatchObject({
      schemaVersion: 1,
      mode: 'investigation',
      format: 'ctdc-synthetic-sector',
      rows: 200,
    });
    expect(json.exactCounts).toMatch(/for whoever holds the file only/);
    expect(json.problems[0]).toEqual({
      column: expect.any(String),
      row: expect.any(Number),
      message: expect.any(String),
    });
  });

  it('writes the k-anonymous dashboard counts as JSON', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctdc-')), 'dashboard.json');
    const { code } = await runCli([
      'import',
      'ctdc',
      fixture('ctdc-synthetic-2024.csv'),
      '--dashboard',
      out,
      '--k',
      '5',
    ]);
    expect(code).toBe(0);
    const dashboard = JSON.parse(readFileSync(out, 'utf8'));
    expect(dashboard).toMatchObject({ schemaVersion: 2, k: 5, records: 200 });
    expect(Object.keys(dashboard)).toEqual([
      'schemaVersion',
      'k',
      'format',
      'records',
      'years',
      'byYear',
      'byBand',
      'byCountryOfExploitation',
      'meansOfControl',
    ]);
  });

  it('writes the charts as SVG', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctdc-')), 'charts.svg');
    const { code } = await runCli(['import', 'ctdc', fixture('ctdc-synthetic-2024.csv'), '--svg', out]);
    expect(code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Means of control');
  });

  it('bad input: exit 2 with the reason, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctdc-'));
    writeFileSync(join(dir, 'other.csv'), 'id,name\n1,x\n');
    writeFileSync(join(dir, 'empty.csv'), '');
    for (const [args, message] of [
      [['import', 'ctdc', join(dir, 'missing.csv')], 'file not found'],
      [['import', 'ctdc', join(dir, 'other.csv')], 'not a CTDC file'],
      [['import', 'ctdc', join(dir, 'empty.csv')], 'empty'],
      [['import', 'ctdc', dir], 'is a folder'],
      [['import', 'polaris', join(dir, 'other.csv')], 'unknown data source'],
    ] as const) {
      const { code, stderr } = await runCli([...args]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
