// The command line loads only the module of the command it runs; help and mistakes see them all.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandSummary } from '../../src/cli/commands.js';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';

const all = [
  'aggregate',
  'assess',
  'bound',
  'compare',
  'estimate',
  'explain',
  'import',
  'parties',
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

  it('help without a command lists each command from the command table, loading none', async () => {
    const program = await buildProgram(['node', 'continuum', '--help']);
    for (const command of program.commands) {
      expect(command.description()).toBe(commandSummary(command.name()));
      expect(command.options).toHaveLength(0);
    }
    // `help estimate` is about one command: its own options.
    const help = await buildProgram(['node', 'continuum', 'help', 'estimate']);
    expect(help.commands.map((c) => c.name())).toEqual(['estimate']);
    expect(help.commands[0].options.length).toBeGreaterThan(0);
  });

  it('every command module is in the command table', () => {
    const modules = readdirSync('src/cli')
      .filter((file) => /export function register\(/.test(readFileSync(`src/cli/${file}`, 'utf8')))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(modules.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('the command table says what each command module registers', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const [command] = (await buildProgram(['node', 'continuum', name])).commands;
      expect(command.description()).toBe(commandSummary(name));
      const args = command.registeredArguments.map((a) =>
        a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
      );
      expect(args.join(' ')).toBe(entry.args);
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
