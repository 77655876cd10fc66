import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from '../support/cli.js';

const cli = (args: string[]) => runCli(['estimate', ...args]);

describe('continuum estimate', () => {
  it('prints the summary line last', async () => {
    const { code, stdout } = await cli(['examples/lists/korea-palembang.csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^identified 123; estimated 269 \[\d+, \d+\]; about 54% never identified$/);
    expect(stdout).toContain('Selected model: [12,3]');
  });

  it('honours the JSON contract', async () => {
    const { code, stdout } = await cli([
      'examples/lists/western-us.csv',
      '--method',
      'bic',
      '--maxorder',
      '2',
      '--bootstrap',
      '30',
      '--seed',
      '7',
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(
      [
        'estimate',
        'interval',
        'lang',
        'method',
        'model',
        'observed',
        'schemaVersion',
        'topIntervals',
        'topModels',
        'warnings',
      ].sort(),
    );
    expect(report).toMatchObject({
      schemaVersion: 1,
      lang: 'en',
      observed: 345,
      model: '[15,2,3,4]',
      method: 'bic',
    });
    expect(report.estimate).toBeCloseTo(2483.3839, 3);
    expect(report.interval).toMatchObject({ level: 0.95, method: 'bca-bootstrap' });
    expect(report.interval.lower).toBeLessThan(report.estimate);
    expect(report.topModels[0]).toEqual({
      model: '[15,2,3,4]',
      estimate: report.estimate,
      bic: expect.any(Number),
    });
  });

  it('aic-stepwise gives the Home Office figures with a profile interval', async () => {
    const { stdout } = await cli([
      'examples/lists/uk-2013-five-lists.csv',
      '--method',
      'aic-stepwise',
      '--json',
    ]);
    const report = JSON.parse(stdout);
    expect(Math.round(report.estimate)).toBe(11313);
    expect(report.interval.method).toBe('profile-likelihood');
    expect(Math.round(report.interval.lower)).toBe(9889);
    expect(Math.round(report.interval.upper)).toBe(13063);
  });

  it('dga reports a posterior interval and writes an SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-estimate-'));
    const svg = join(dir, 'chart.svg');
    const { code, stdout } = await cli([
      'examples/lists/korea-palembang.csv',
      '--method',
      'dga',
      '--json',
      '--svg',
      svg,
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.interval.method).toBe('posterior');
    expect(report.interval.lower).toBeLessThan(report.estimate);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
  });

  it('lcmcr reports a posterior interval and the chains’ R-hat', async () => {
    const { code, stdout } = await cli(['examples/lists/korea-palembang.csv', '--method', 'lcmcr', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      method: 'lcmcr',
      observed: 123,
      interval: { method: 'posterior', level: 0.95 },
    });
    expect(report.interval.lower).toBeGreaterThanOrEqual(123);
    expect(report.warnings[0]).toMatch(/split-R̂/);
  });

  it('bad input: located problems and exit code 2, no stack trace', async () => {
    const file = tempFile('A,B,count\n1,0,5\n1,0,3\n0,0,2\n0,1,-1\n', 'bad.csv');
    const { code, stderr } = await cli([file]);
    expect(code).toBe(2);
    expect(stderr).toContain('line.3: line 3: pattern 10 already appears on line 2');
    expect(stderr).toContain('line.4');
    expect(stderr).toContain('line.5.count');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    const options = await cli(['examples/lists/korea-palembang.csv', '--method', 'magic', '--maxorder', '9']);
    expect(options.code).toBe(2);
    expect(options.stderr).toContain('options.method');
    expect(options.stderr).toContain('options.maxorder');
  });
});
