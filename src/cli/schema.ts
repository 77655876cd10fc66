// `continuum schema` — print the JSON Schema of the case facts.
import type { Command } from 'commander';
import { caseFactsJsonSchema } from '../facts/json-schema.js';
import { printJson } from './io.js';
import { cliText } from './lang.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description(cliText('cli.command.schema'))
    .action(() => printJson(caseFactsJsonSchema()));
}
