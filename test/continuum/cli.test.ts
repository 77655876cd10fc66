// The `profile` and `whatif` commands: JSON contracts (schemaVersion 1), SVG output, bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, UsageError } from '../../src/cli/io.js';
import { register as registerProfile } from '../../src/cli/profile.js';
import { register as registerWhatIf } from '../../src/cli/whatif.js';
import { runCli } from '../support/cli.js';
import { baseline, merge } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'continuum-cli-'));
const caseFile = join(dir, 'case.json');
writeFileSync(
  caseFile,
  JSON.stringify(
    merge(baseline({ D5: ['documentsConfiscated', 'threatOfDenunciationToAuthorities'] }), {
      id: 'cli-case',
      status: { immigration: 'irregular', rightToWork: false, riskOfRemovalIfReported: true },
      exploitation: { hoursPerWeek: 70, pay: 'token' },
      control: { freeToLeave: false },
    }),
  ),
);

let output = '';
beforeEach(() => {
  output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerProfile(program);
  registerWhatIf(program);
  await program.parseAsync(['node', 'continuum', ...args]);
}

describe('continuum profile', () => {
  it('--json follows the contract', async () => {
    await run('profile', caseFile, '--json');
    const json = JSON.parse(output);
    expect(json.schemaVersion).toBe(1);
    expect(json.case.id).toBe('cli-case');
    expect(json.profile.dimensions.map((d: { id: string }) => d.id)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
    ]);
    const d5 = json.profile.dimensions[4];
    expect([d5.strong, d5.medium, d5.weak, d5.positive]).toEqual([1, 1, 0, 'met']);
    expect(json.profile.delphiTrafficking).toBe('not_met');
    expect(json.band).toMatchObject({ lowest: 'forced_labour', highest: 'forced_labour' });
    expect(json.vulnerability.find((v: { id: string }) => v.id === 'irregular_status').present).toBe('met');
  });

  it('text output and --svg', async () => {
    const svgFile = join(dir, 'out.svg');
    await run('profile', caseFile, '--svg', svgFile);
    expect(output).toContain('Band: Forced labour');
    expect(output).toContain('Irregular status: yes');
    expect(readFileSync(svgFile, 'utf8')).toMatch(/^<svg /);
  });

  it('an SVG file that cannot be written is a UsageError with a hint, not a stack trace', async () => {
    const error = await run('profile', caseFile, '--svg', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/cannot write .*: it is a folder/);
    const missing = await run('profile', caseFile, '--svg', join(dir, 'no-such-folder', 'x.svg')).catch(
      (e: unknown) => e,
    );
    expect((missing as UsageError).message).toMatch(/its folder does not exist/);
    expect((missing as UsageError).hint).toMatch(/create the folder/);
  });

  it('a bad case is an InputError with the JSON path', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, status: { immigration: 'tourist' } }));
    const error = await run('profile', bad, '--json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0].path).toBe('status.immigration');
  });
});

describe('continuum whatif', () => {
  it('--json reports the patch and the changes', async () => {
    await run('whatif', caseFile, '--scenario', 'safe_reporting', '--json');
    const json = JSON.parse(output);
    expect(json.schemaVersion).toBe(1);
    expect(json.scenario.id).toBe('safe_reporting');
    expect(json.patch.map((p: { path: string }) => p.path)).toContain(
      'control.threatOfDenunciationToAuthorities',
    );
    // Documents are still confiscated: a penalty remains, so forced labour and the band stay.
    expect(json.changes.band).toBeNull();
    expect(json.changes.dimensions).toEqual([
      {
        id: 'D5',
        from: { id: 'D5', strong: 1, medium: 1, weak: 0, positive: 'met' },
        to: { id: 'D5', strong: 1, medium: 0, weak: 0, positive: 'not_met' },
      },
    ]);
  });

  it('text output is a readable diff', async () => {
    await run('whatif', caseFile, '--scenario', 'citizen');
    expect(output).toContain('What if: Citizen');
    expect(output).toContain('What was the person’s immigration status? irregular → citizen (status)');
  });

  it('speaks French and Spanish with --lang, the JSON saying which', async () => {
    vi.restoreAllMocks();
    const fr = await runCli(['whatif', caseFile, '--scenario', 'citizen', '--lang', 'fr']);
    expect(fr.stdout).toContain('Et si\u00a0: Ressortissant');
    expect(fr.stdout).toContain(
      'Quelle était la situation de la personne au regard du séjour\u00a0? irrégulière',
    );
    expect((await runCli(['profile', caseFile, '--lang', 'es'])).stdout).toContain('Tramo: Trabajo forzoso');
    const json = JSON.parse((await runCli(['profile', caseFile, '--json', '--lang', 'es'])).stdout);
    expect(json.lang).toBe('es');
    expect(json.profile.dimensions[0].name).toBe('Captación engañosa');
  });

  it('an unknown scenario is an InputError listing the scenarios', async () => {
    const error = await run('whatif', caseFile, '--scenario', 'open_borders').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0].expected).toContain('safe_reporting');
  });
});
