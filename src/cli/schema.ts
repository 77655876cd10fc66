// `continuum schema` — print the JSON Schema of the case facts.
import type { Command } from 'commander';
import { caseFactsJsonSchema } from '../facts/json-schema.js';
import { printJson } from './io.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the case-facts vocabulary')
    .action(() => printJson(caseFactsJsonSchema()));
}
