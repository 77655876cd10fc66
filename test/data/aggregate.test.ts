import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../support/cli.js';
import { pinnedAttributes } from '../support/disclosure-attack.js';
import { plantedCtdc } from '../support/planted.js';

const cli = (args: string[]) => runCli(['aggregate', ...args]);

const file = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';

describe('continuum aggregate', () => {
  it('prints the JSON contract: every combination of the categories, small ones null', async () => {
    const { code, stdout } = await cli([file, '--by', 'age,gender,isSexualExploit', '--k', '11', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'k', 'by', 'categories', 'cells', 'privacy']);
    expect(json.privacy).toEqual({ method: 'suppression', k: 11 });
    expect(json).toMatchObject({ schemaVersion: 2, k: 11, by: ['age', 'gender', 'isSexualExploit'] });
    expect(json.categories.gender).toEqual(['female', 'male', 'other', null]);
    // (9 ages + not recorded + all) × (3 genders + not recorded + all) × (flag, not recorded, all)
    expect(json.cells).toHaveLength(11 * 5 * 3);
    expect(json.cells[0]).toEqual({ key: {}, count: 200 });
    const counts = json.cells.map((c: { count: number | null }) => c.count);
    expect(counts).toContain(null);
    expect(counts).toContain(0);
    expect(counts.filter((n: number | null) => n !== null && n > 0 && n < 11)).toEqual([]);
  });

  it('a planted person (the only national of a country) is not given away', async () => {
    const { csv, planted } = plantedCtdc(400, 7, 2);
    const path = tempFile(csv, 'planted.csv');
    const { code, stdout } = await cli([
      path,
      '--by',
      'citizenship,gender,isSexualExploit',
      '--k',
      '5',
      '--json',
    ]);
    expect(code).toBe(0);
    const release = JSON.parse(stdout);
    for (const person of planted) expect(await pinnedAttributes([release], person)).toEqual([]);
  });

  it('writes the SDS TSV and reads it back', async () => {
    const { stdout: tsv } = await cli([file, '--by', 'gender,isSexualExploit', '--tsv']);
    expect(tsv.split('\n').slice(0, 2)).toEqual(['selections\tprotected_count', 'record_count\t200']);
    const path = tempFile(tsv, 'release.tsv');
    const { code, stdout } = await cli([path, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.cells[0]).toEqual({ key: {}, count: 200 });
    expect(new Set(json.by)).toEqual(new Set(['gender', 'isSexualExploit']));
  });

  it('bad input and refusals: exit 2 with the reason, never a stack trace, never a count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agg-'));
    writeFileSync(join(dir, 'bad.tsv'), 'selections\tprotected_count\nrecord_count\tx\n');
    for (const [args, message] of [
      [[file, '--by', 'year,shoeSize'], 'unknown dimension "shoeSize"'],
      [[file], '--by needs at least one dimension'],
      [[file, '--by', 'year', '--k', '1'], 'k is a whole number'],
      [[file, '--by', 'year', '--years', '2010-2012'], 'outside the years of the release'],
      [[file, '--by', 'year', '--k', '500'], 'fewer than k records'],
      [[join(dir, 'missing.csv'), '--by', 'year'], 'file not found'],
      [[join(dir, 'bad.tsv')], 'line 2'],
    ] as const) {
      const { code, stderr } = await cli([...args]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
