// `continuum aggregate FILE --by year,country,… --k 11 [--json | --tsv]` — a k-anonymous release of
// counts from a CTDC file; or, given a synthetic-data-showcase aggregate TSV, read it back.
import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import { aggregateCtdc, aggregateJson, aggregateSds } from '../data/aggregate.js';
import { dimensionNames } from '../data/aggregate-dimensions.js';
import { UnreadableData } from '../data/ctdc-scan.js';
import { isSdsText, readSds, writeSds } from '../data/sds-format.js';
import { instruments } from '../law/instruments/index.js';
import { checkInputFile, InputError, inputLimits, printJson, readInputText } from './io.js';

async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0];
  } finally {
    await handle.close();
  }
}

function renderText(json: ReturnType<typeof aggregateJson>): string {
  const lines = [`k = ${json.k ?? '(not given)'}; by ${json.by.join(', ')}; — = suppressed`];
  for (const { key, count } of json.cells) {
    const label =
      Object.keys(key).length === 0
        ? '(all records)'
        : Object.entries(key)
            .map(([d, v]) => `${d}=${v ?? '∅'}`)
            .join(' ');
    lines.push(`  ${label.padEnd(48)} ${count === null ? '—' : count}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('aggregate')
    .description(
      'Release counts from a CTDC file k-anonymously (small cells suppressed, with complementary suppression)',
    )
    .argument('<file>', 'a CTDC CSV, or a synthetic-data-showcase aggregate TSV to read back')
    .option(
      '--by <dimensions>',
      'comma-separated: year, gender, age, citizenship, country, months, band, an instrument id, or a CTDC flag column',
    )
    .option('--k <k>', 'the smallest group size published (CTDC used 11)', '11')
    .option('--json', 'print { schemaVersion, k, by, cells: [{ key, count | null }] } (null = suppressed)')
    .option('--tsv', 'print the synthetic-data-showcase aggregate TSV (selections<TAB>protected_count)')
    .action(async (file: string, options: { by?: string; k: string; json?: boolean; tsv?: boolean }) => {
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 2) {
        throw new InputError('--k', [
          { path: 'k', code: 'invalid_k', message: 'k is a whole number, 2 or more', found: options.k },
        ]);
      }
      await checkInputFile(file, 'CTDC file');
      if (isSdsText(await firstLine(file))) {
        const parsed = readSds(await readInputText(file, inputLimits.table, 'aggregate table'));
        if (!parsed.ok) throw new InputError(file, parsed.problems);
        const by = [...new Set(parsed.value.cells.flatMap((c) => Object.keys(c.key)))];
        const json = {
          schemaVersion: 1 as const,
          k: null,
          by,
          cells: [{ key: {}, count: parsed.value.recordCount }, ...parsed.value.cells],
        };
        const small = parsed.value.cells.filter((c) => c.count < k).length;
        if (options.json) printJson(json);
        else if (options.tsv) process.stdout.write(writeSds(parsed.value));
        else {
          process.stdout.write(`${renderText(json)}\n`);
          if (small > 0) process.stdout.write(`warning: ${small} published cell(s) below k = ${k}\n`);
        }
        return;
      }
      const names = (options.by ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      let table: Awaited<ReturnType<typeof aggregateCtdc>>;
      try {
        table = await aggregateCtdc(file, names, k);
      } catch (error) {
        if (error instanceof UnreadableData) {
          const dimensionProblem = /dimension|--by/.test(error.message);
          throw new InputError(dimensionProblem ? '--by' : file, [
            {
              path: dimensionProblem ? 'by' : '',
              code: dimensionProblem ? 'invalid_dimension' : 'unreadable',
              message: error.message,
              expected: dimensionProblem ? dimensionNames(instruments).join(' | ') : error.expected,
              found: error.found,
            },
          ]);
        }
        throw error;
      }
      if (options.json) printJson(aggregateJson(table));
      else if (options.tsv) process.stdout.write(writeSds(aggregateSds(table)));
      else process.stdout.write(`${renderText(aggregateJson(table))}\n`);
    });
}
