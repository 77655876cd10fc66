// The command line loads only the module of the command it runs; help and mistakes see them all.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';

const all = [
  'aggregate',
  'assess',
  'compare',
  'estimate',
  'explain',
  'import',
  'pathways',
  'profile',
  'schema',
  'serve',
  'sexwork',
  'table',
  'whatif',
];

const names = async (argv?: string[]) =>
  (await buildProgram(argv)).commands.map((command) => command.name()).sort();

describe('continuum command line', () => {
  it('registers only the command named on the command line', async () => {
    expect(await names(['node', 'continuum', 'import', 'ctdc', 'file.csv', '--json'])).toEqual(['import']);
    expect(await names(['node', 'continuum', 'whatif', '--scenario', 'x'])).toEqual(['whatif']);
  });

  it('registers every command for help, the version, no command or an unknown one', async () => {
    expect(await names()).toEqual(all);
    for (const args of [[], ['--help'], ['--version'], ['nosuch', 'x']]) {
      expect(await names(['node', 'continuum', ...args])).toEqual(all);
    }
  });

  it('lists every command in its help, and names the unknown one', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const name of all) expect(help.stdout).toContain(name);
    const unknown = await runCli(['nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'nosuch'/);
  });
});
