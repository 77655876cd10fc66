// Every command, what it is for in one line and where its code is. `continuum --help` and
// `--version` read only this table: loading every command's module (the server, the store, the
// estimation engine) took over a second before anything was printed. Running a command, or asking
// for its own help, loads its module alone. A test keeps these lines equal to the modules' own.
import type { Command } from 'commander';

export type CommandModule = { register: (program: Command) => void };

export type CommandEntry = {
  /** Arguments as the command's usage shows them, e.g. `<file>`. */
  args: string;
  summary: string;
  load: () => Promise<CommandModule>;
};

export const COMMANDS: Record<string, CommandEntry> = {
  aggregate: {
    args: '<file>',
    summary:
      'Release counts from a CTDC file: every combination of the categories, small groups suppressed and the suppression audited against a linear-programming attacker',
    load: () => import('./aggregate.js'),
  },
  assess: {
    args: '<files...>',
    summary: 'Assess case files (JSON or YAML) against every instrument',
    load: () => import('./assess.js'),
  },
  bound: {
    args: '<country>',
    summary: 'List the instruments that bind a country on a date, and since when',
    load: () => import('./bound.js'),
  },
  compare: {
    args: '<case>',
    summary:
      'Compare one case across every instrument, international and national: verdict and what decided it',
    load: () => import('./compare.js'),
  },
  estimate: {
    args: '<file>',
    summary: 'Estimate a hidden population from overlapping lists (multiple systems estimation)',
    load: () => import('./estimate.js'),
  },
  explain: {
    args: '[instrument]',
    summary: 'Print an instrument’s rule tree with citations (all instruments when none is named)',
    load: () => import('./explain.js'),
  },
  import: {
    args: '<source> <file>',
    summary: 'Read a CTDC data file (k-anonymised or synthetic), assess every record and summarise',
    load: () => import('./import.js'),
  },
  parties: {
    args: '<instrument>',
    summary: 'List the states bound by an instrument on a date (states parties, members bound)',
    load: () => import('./parties.js'),
  },
  pathways: {
    args: '<case>',
    summary: 'Protection timelines under each regime from the identification day, cooperating and not',
    load: () => import('./pathways.js'),
  },
  profile: {
    args: '<case>',
    summary: 'Place a case on the continuum: Delphi indicator profile, band and structural vulnerability',
    load: () => import('./profile.js'),
  },
  schema: {
    args: '',
    summary: 'Print the JSON Schema of the case-facts vocabulary',
    load: () => import('./schema.js'),
  },
  serve: {
    args: '',
    summary: 'Serve the web app and the HTTP API (OpenAPI at /api/docs)',
    load: () => import('./serve.js'),
  },
  sexwork: {
    args: '<case>',
    summary:
      'Who each prostitution regime criminalises, and the consequence for this person given their status',
    load: () => import('./sexwork.js'),
  },
  table: {
    args: '[paths...]',
    summary: 'Assess many cases and print a case × instrument table of verdicts',
    load: () => import('./table.js'),
  },
  whatif: {
    args: '<case>',
    summary: 'Assess a case as given and under a status scenario, and show what changes',
    load: () => import('./whatif.js'),
  },
};
