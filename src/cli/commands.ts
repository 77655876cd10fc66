// Every command, what it is for in one line (in the run's language) and where its code is. `continuum --help` and
// `--version` read only this table: loading every command's module (the server, the store, the
// estimation engine) took over a second before anything was printed. Running a command, or asking
// for its own help, loads its module alone. A test keeps these lines equal to the modules' own.
import type { Command } from 'commander';
import { translator } from '../i18n/index.js';
import { cliLang } from './lang.js';

export type CommandModule = { register: (program: Command) => void };

export type CommandEntry = {
  /** Arguments as the command's usage shows them, e.g. `<file>`. */
  args: string;
  load: () => Promise<CommandModule>;
};

export const COMMANDS: Record<string, CommandEntry> = {
  aggregate: {
    args: '<file>',
    load: () => import('./aggregate.js'),
  },
  assess: {
    args: '<files...>',
    load: () => import('./assess.js'),
  },
  bound: {
    args: '<country>',
    load: () => import('./bound.js'),
  },
  compare: {
    args: '<case>',
    load: () => import('./compare.js'),
  },
  estimate: {
    args: '<file>',
    load: () => import('./estimate.js'),
  },
  explain: {
    args: '[instrument]',
    load: () => import('./explain.js'),
  },
  import: {
    args: '<source> <file>',
    load: () => import('./import.js'),
  },
  parties: {
    args: '<instrument>',
    load: () => import('./parties.js'),
  },
  pathways: {
    args: '<case>',
    load: () => import('./pathways.js'),
  },
  profile: {
    args: '<case>',
    load: () => import('./profile.js'),
  },
  schema: {
    args: '',
    load: () => import('./schema.js'),
  },
  serve: {
    args: '',
    load: () => import('./serve.js'),
  },
  sexwork: {
    args: '<case>',
    load: () => import('./sexwork.js'),
  },
  table: {
    args: '[paths...]',
    load: () => import('./table.js'),
  },
  whatif: {
    args: '<case>',
    load: () => import('./whatif.js'),
  },
};

/** What a command is for, in one line of the run's language: the module registers the same text. */
export function commandSummary(name: string): string {
  return translator(cliLang()).dynamic(`cli.command.${name}`);
}
