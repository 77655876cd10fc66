// `continuum pathways`: JSON contract, regime choice by date, SVG chart, and bad input.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const cli = (args: string[]) => runCli(['pathways', ...args]);

const dir = mkdtempSync(join(tmpdir(), 'pathways-'));

function caseFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const woman = {
  schemaVersion: 1,
  events: { from: '2008-01-10', to: '2008-05-20', identifiedOn: '2008-06-01' },
  person: { ageAtRecruitment: 24, ageAtExploitation: 24, gender: 'female', citizenships: ['AL'] },
  recruitment: { recruited: true, deceivedAbout: { natureOfJobLocationOrEmployer: true } },
  movement: { crossedBorder: true, transported: true },
  exploitation: { kinds: ['sexual'] },
  authorities: { willingToCooperate: false },
};

describe('continuum pathways', () => {
  it('uses the identification date: a 2008 case gets uk-2008, and --start 2024 gets uk-naba-2023', async () => {
    const file = caseFile('woman.json', woman);
    const early = JSON.parse((await cli([file, '--json'])).stdout);
    expect(early.schemaVersion).toBe(1);
    expect(early.startDate).toBe('2008-06-01');
    expect(early.regimes.map((r: { regime: { id: string } }) => r.regime.id)).toContain('uk-2008');
    expect(early.regimes[0].actual).toBe('not_cooperating');
    const late = JSON.parse((await cli([file, '--json', '--start', '2024-02-01'])).stdout);
    const ids = late.regimes.map((r: { regime: { id: string } }) => r.regime.id);
    expect(ids).toContain('uk-naba-2023');
    expect(ids).not.toContain('uk-2008');
  });

  it('--regime picks one and --svg writes a chart with a row per branch', async () => {
    const file = caseFile('woman2.json', woman);
    const svg = join(dir, 'chart.svg');
    const { code, stdout } = await cli([file, '--regime', 'it-art18', '--svg', svg]);
    expect(code).toBe(0);
    expect(stdout).toContain('it-art18');
    expect(stdout).toContain('not cooperating');
    expect(existsSync(svg)).toBe(true);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('it-art18');
    expect(text.match(/→ residence permit/g)?.length).toBe(2);
  });

  it('--lang fr: the chart and the text in French, the same regimes and branches', async () => {
    const file = caseFile('woman-fr.json', woman);
    const svg = join(dir, 'chart-fr.svg');
    const { code, stdout } = await cli([file, '--regime', 'it-art18', '--svg', svg, '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toContain('sans coopérer');
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('it-art18');
    expect(text.match(/→ permis de séjour/g)?.length).toBe(2);
    expect(text).toContain('Parcours de protection');
    expect(text).not.toMatch(/cooperating|residence permit|Protection pathways|no entitlements/);
  });

  it('reports problems without a stack trace: unknown regime, bad date, no date at all', async () => {
    const file = caseFile('woman3.json', woman);
    const unknown = await cli([file, '--regime', 'atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown regime');
    const badDate = await cli([file, '--start', '2024-13-45']);
    expect(badDate.code).toBe(2);
    const undated = caseFile('undated.json', { schemaVersion: 1 });
    const noDate = await cli([undated]);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain('events.identifiedOn');
  });
});
