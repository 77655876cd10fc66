import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../support/cli.js';
import { recoverSuppressed } from '../support/disclosure-attack.js';

const cli = (args: string[]) => runCli(['aggregate', ...args]);

const file = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';

describe('continuum aggregate', () => {
  it('prints the JSON contract: every combination, small ones null, none recoverable', async () => {
    const { code, stdout } = await cli([file, '--by', 'age,gender,isSexualExploit', '--k', '11', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'k', 'by', 'cells']);
    expect(json).toMatchObject({ schemaVersion: 1, k: 11, by: ['age', 'gender', 'isSexualExploit'] });
    expect(json.cells[0]).toEqual({ key: {}, count: 200 });
    const counts = json.cells.map((c: { count: number | null }) => c.count);
    expect(counts).toContain(null);
    expect(counts.filter((n: number | null) => n !== null && n < 11)).toEqual([]);
    expect(recoverSuppressed(json.by, json.cells)).toEqual([]);
  });

  it('writes the SDS TSV and reads it back', async () => {
    const { stdout: tsv } = await cli([file, '--by', 'gender,un-trafficking-protocol', '--tsv']);
    expect(tsv.split('\n').slice(0, 2)).toEqual(['selections\tprotected_count', 'record_count\t200']);
    const path = tempFile(tsv, 'release.tsv');
    const { code, stdout } = await cli([path, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.cells[0]).toEqual({ key: {}, count: 200 });
    expect(new Set(json.by)).toEqual(new Set(['gender', 'un-trafficking-protocol']));
  });

  it('bad input: exit 2 with the reason, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agg-'));
    writeFileSync(join(dir, 'bad.tsv'), 'selections\tprotected_count\nrecord_count\tx\n');
    for (const [args, message] of [
      [[file, '--by', 'year,shoeSize'], 'unknown dimension "shoeSize"'],
      [[file], '--by needs at least one dimension'],
      [[file, '--by', 'year', '--k', '1'], 'k is a whole number'],
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
