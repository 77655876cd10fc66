// `continuum parties` and `continuum bound`: text, JSON, CSV and the SVG timeline, and bad input.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('continuum parties', () => {
  it('lists the states bound on a date, as JSON with the source', async () => {
    const { code, stdout } = await runCli([
      'parties',
      'un-trafficking-protocol',
      '--at',
      '2003-12-25',
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.list.source.url).toContain('XVIII-12-a');
    // Every state that had deposited by 25 Nov 2003 is bound from the day of entry into force.
    expect(report.parties.length).toBeGreaterThanOrEqual(40);
    expect(report.parties.every((p: { since: string }) => p.since === '2003-12-25')).toBe(true);
    expect(report.parties.map((p: { state: string }) => p.state)).not.toContain('GB');
  });

  it('prints CSV, one row per party', async () => {
    const { code, stdout } = await runCli(['parties', 'servitude', '--at', '2023-01-01', '--csv']);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(46);
    expect(rows.find((r) => r.state === 'RU')).toBeUndefined();
    expect(rows.find((r) => r.state === 'GB')).toMatchObject({
      deposited: '1951-03-08',
      bound_from: '1953-09-03',
    });
  });

  it('prints words for people, and draws the timeline as SVG', async () => {
    const svg = join(mkdtempSync(join(tmpdir(), 'continuum-parties-')), 'timeline.svg');
    const { code, stdout } = await runCli([
      'parties',
      'coe-trafficking-convention',
      '--at',
      '2008-02-01',
      '--svg',
      svg,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Parties on 1 Feb 2008: 10 states');
    expect(stdout).toContain('Cyprus');
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('States bound');
    expect(text).toContain('aria-label="CoE Trafficking Convention');
  });

  it('draws the timeline in the reader’s language', async () => {
    for (const [lang, axis, to] of [
      ['fr', 'États liés', 'jusqu’au 1 février 2008'],
      ['es', 'Estados obligados', 'hasta el 1 de febrero de 2008'],
    ]) {
      const svg = join(mkdtempSync(join(tmpdir(), 'continuum-parties-')), 'timeline.svg');
      const run = await runCli([
        'parties',
        'coe-trafficking-convention',
        '--at',
        '2008-02-01',
        '--svg',
        svg,
        '--lang',
        lang,
      ]);
      expect(run.code).toBe(0);
      const text = readFileSync(svg, 'utf8');
      expect(text).toContain(axis);
      expect(text).not.toContain('States bound');
      expect(text).toContain(to);
    }
  });

  it('rejects an unknown instrument or date with exit 2 and no stack trace', async () => {
    const unknown = await runCli(['parties', 'palermo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('un-trafficking-protocol');
    const badDate = await runCli(['parties', 'servitude', '--at', '2023-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('YYYY-MM-DD');
    expect(badDate.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('continuum bound', () => {
  it('says which instruments bound a state on a date, and since when', async () => {
    const { code, stdout } = await runCli(['bound', 'GB', '--at', '2022-01-01', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const of = (id: string) => report.instruments.find((i: { id: string }) => i.id === id);
    expect(of('un-trafficking-protocol')).toMatchObject({
      standing: 'party',
      since: '2006-03-11',
      certainty: 'checked',
    });
    expect(of('eu-trafficking-directive')).toMatchObject({ standing: 'not_party' });
    expect(of('eu-trafficking-directive').reason).toContain('31 Dec 2020');
  });

  it('prints CSV and text', async () => {
    const csv = await runCli(['bound', 'DK', '--at', '2015-01-01', '--csv']);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    expect(rows.find((r) => r.instrument === 'eu-trafficking-directive')?.standing).toBe('not_party');
    const text = await runCli(['bound', 'DK', '--at', '2015-01-01']);
    expect(text.stdout).toContain('Denmark (DK) on 1 Jan 2015');
    expect(text.stdout).toContain('Protocol No 22');
  });

  it('rejects a code that is no country, with the nearest codes', async () => {
    const { code, stderr } = await runCli(['bound', 'UK']);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean GB?');
  });
});
