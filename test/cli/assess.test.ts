// The assess, explain, schema and table commands: the JSON contracts, text output and exit codes.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFactsJsonSchema } from '../../src/facts/json-schema.js';
import { instruments } from '../../src/law/instruments/index.js';
import { runCli, tempFile } from '../support/cli.js';

const childCase = {
  schemaVersion: 1,
  id: 'cli-child',
  title: 'A 16-year-old recruited for a bar',
  events: { from: '2019-01-10' },
  person: { ageAtRecruitment: 16 },
  recruitment: { recruited: true },
  exploitation: { kinds: ['sexual'] },
};

describe('continuum assess', () => {
  it('prints one object with the contract for one file', async () => {
    const { code, stdout } = await runCli(['assess', tempFile(childCase), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(2);
    expect(json.case).toEqual({ id: 'cli-child', title: 'A 16-year-old recruited for a bar' });
    expect(json.instruments.map((i: { id: string }) => i.id)).toEqual(instruments.map((i) => i.id));
    const palermo = json.instruments[0];
    expect(Object.keys(palermo)).toEqual(
      expect.arrayContaining(['id', 'title', 'citation', 'verdict', 'decidedBy', 'questions']),
    );
    expect(palermo.elements).toBeUndefined();
    // Art 3(c): a child recruited for sexual exploitation is trafficked without any means.
    expect(palermo.verdict).toBe('met');
    expect(palermo.decidedBy[0]).toMatchObject({ id: 'child-trafficking', value: 'met' });
    expect(palermo.citation.article).toMatch(/^Art 3/);
  });

  it('prints version 1, with every finding tree, with --schema-version 1, and trees on request in 2', async () => {
    const file = tempFile(childCase);
    const v1 = JSON.parse((await runCli(['assess', file, '--json', '--schema-version', '1'])).stdout);
    expect(v1.schemaVersion).toBe(1);
    expect(v1.instruments[0].elements.value).toBe('met');
    expect(v1.instruments[0].pivotal).toEqual([]);
    const tree = JSON.parse(
      (await runCli(['assess', file, '--json', '--tree', 'un-trafficking-protocol'])).stdout,
    );
    expect(tree.instruments[0].elements).toEqual(v1.instruments[0].elements);
    expect(tree.instruments[1].elements).toBeUndefined();
    const bad = await runCli(['assess', file, '--json', '--schema-version', '3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--schema-version');
    expect((await runCli(['assess', file, '--json', '--tree', 'palermo'])).code).toBe(2);
  });

  it('prints an array for several files and honours --instrument', async () => {
    const files = [
      tempFile(childCase),
      tempFile({ ...childCase, id: 'cli-2', person: { ageAtRecruitment: 30 } }),
    ];
    const { code, stdout } = await runCli([
      'assess',
      ...files,
      '--json',
      '--instrument',
      'un-trafficking-protocol',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toHaveLength(2);
    expect(json[1].instruments).toHaveLength(1);
    // An adult with no means known: undetermined, and the means are among the settling questions.
    expect(json[1].instruments[0].verdict).toBe('undetermined');
    expect(json[1].instruments[0].questions.map((q: { path: string }) => q.path)).toContain(
      'recruitment.deceivedAbout.wages',
    );
  });

  it('text output marks elements, cites articles and asks the settling questions', async () => {
    const adult = tempFile({ ...childCase, person: { ageAtRecruitment: 30 } });
    const { code, stdout } = await runCli(['assess', adult, '--instrument', 'un-trafficking-protocol']);
    expect(code).toBe(0);
    expect(stdout).toContain('UNDETERMINED');
    expect(stdout).toMatch(/✓ .*Recruitment/);
    expect(stdout).toContain('[Art 3(a)]');
    expect(stdout).toContain('Questions that would settle it:');
    expect(stdout).toContain('Was the person deceived about wages or earnings?');
  });

  it('exits 2 with every problem and its JSON path for invalid input, never a stack trace', async () => {
    const bad = tempFile({ schemaVersion: 1, recruitment: { deceivedAbout: { wages: 'yes', wagez: true } } });
    const { code, stdout, stderr } = await runCli([
      'assess',
      bad,
      tempFile('{"schemaVersion": 1,', 'broken.json'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('recruitment.deceivedAbout.wages: wrong type (expected boolean; found "yes")');
    expect(stderr).toContain('recruitment.deceivedAbout.wagez: unknown field');
    expect(stderr).toContain('not valid JSON or YAML');
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('exits 2 for a missing file and for an unknown instrument', async () => {
    expect((await runCli(['assess', '/nonexistent/case.json'])).code).toBe(2);
    const unknown = await runCli(['assess', tempFile(childCase), '--instrument', 'palermo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown instrument "palermo"');
  });

  it('reads YAML', async () => {
    const yaml =
      'schemaVersion: 1\nperson:\n  ageAtRecruitment: 16\nrecruitment:\n  recruited: true\nexploitation:\n  kinds: [sexual]\n';
    const { code, stdout } = await runCli(['assess', tempFile(yaml, 'case.yaml'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).instruments[0].verdict).toBe('met');
  });

  it('assesses every example to the contract', async () => {
    const files = readdirSync('examples/cases').map((name) => `examples/cases/${name}`);
    const { code, stdout } = await runCli(['assess', ...files, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toHaveLength(files.length);
    for (const assessment of json) {
      expect(assessment.schemaVersion).toBe(2);
      for (const result of assessment.instruments) {
        expect(['met', 'not_met', 'undetermined', 'not_applicable']).toContain(result.verdict);
        if (result.verdict !== 'undetermined') expect(result.questions).toEqual([]);
        if (result.verdict !== 'not_applicable') expect(result.decidedBy.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('continuum explain, schema and table', () => {
  it('explain prints the rule tree with citations, and JSON', async () => {
    const text = await runCli(['explain', 'un-trafficking-protocol']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('UN Trafficking Protocol (2000), Art 3(c)');
    const json = JSON.parse((await runCli(['explain', '--json'])).stdout);
    expect(json.instruments.map((i: { id: string }) => i.id)).toEqual(instruments.map((i) => i.id));
    expect(json.instruments[0].rule.cite.article).toBeDefined();
    expect((await runCli(['explain', 'nope'])).code).toBe(2);
  });

  it('schema prints the JSON Schema', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(caseFactsJsonSchema());
  });

  it('table prints a verdict per case and instrument', async () => {
    const { code, stdout } = await runCli(['table', 'examples/cases', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.instruments).toEqual(instruments.map((i) => i.id));
    expect(json.rows.length).toBe(readdirSync('examples/cases').length);
    const text = await runCli(['table', 'examples/cases']);
    expect(text.stdout.split('\n')[0]).toMatch(/^case\s+│ trafficking/);
  });
});
