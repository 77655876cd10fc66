// `continuum aggregate FILE --by year,country,… --k 11 [--json | --tsv]` — a release of counts from a
// CTDC file by audited suppression; or, given a synthetic-data-showcase aggregate TSV, read it back.
import { open } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import {
  aggregateCtdc,
  aggregateJson,
  aggregateSds,
  aggregateWithLedger,
  ledgerUnion,
} from '../data/aggregate.js';
import { dimensionNames } from '../data/aggregate-dimensions.js';
import { parseYearRange } from '../data/code-lists.js';
import { UnreadableData } from '../data/ctdc-scan.js';
import { CannotProtect, releasedValues } from '../data/k-anonymity.js';
import {
  emptyLedger,
  fileFingerprint,
  LedgerError,
  ledgerTable,
  readLedger,
  writeLedger,
} from '../data/release-ledger.js';
import { isSdsText, readSds, writeSds } from '../data/sds-format.js';
import { instruments } from '../law/instruments/index.js';
import { InputError, printJson } from './io.js';

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

type Printable = {
  k: number | null;
  by: string[];
  cells: Array<{ key: Record<string, string | null>; count: number | null }>;
};

function renderText(json: Printable, fullDomain: boolean): string {
  const lines = [`k = ${json.k ?? '(not given)'}; by ${json.by.join(', ')}; — = suppressed (may be 0)`];
  for (const { key, count } of json.cells) {
    if (fullDomain && count === 0 && Object.keys(key).length > 0) continue;
    const label =
      Object.keys(key).length === 0
        ? '(all records)'
        : Object.entries(key)
            .map(([d, v]) => `${d}=${v ?? '∅'}`)
            .join(' ');
    lines.push(`  ${label.padEnd(48)} ${count === null ? '—' : count}`);
  }
  if (fullDomain) lines.push('  every other combination of the categories: 0');
  return lines.join('\n');
}

type AggregateCliOptions = {
  by?: string;
  k: string;
  years: string;
  ledger?: string;
  as?: string;
  json?: boolean;
  tsv?: boolean;
};

export function register(program: Command): void {
  program
    .command('aggregate')
    .description(
      'Release counts from a CTDC file: every combination of the categories, small groups suppressed and the suppression audited against a linear-programming attacker',
    )
    .argument('<file>', 'a CTDC CSV, or a synthetic-data-showcase aggregate TSV to read back')
    .option(
      '--by <dimensions>',
      'comma-separated: year, gender, age, citizenship, country, months, band, an instrument id, or a CTDC flag column',
    )
    .option('--k <k>', 'the smallest group size published (CTDC used 11)', '11')
    .option('--years <from-to>', 'the years a release by year covers', '2002-2024')
    .option(
      '--ledger <file>',
      'the release ledger of this dataset (made if missing): the release is audited together with every earlier one, and recorded',
    )
    .option('--as <name>', 'with --ledger: who releases (default: your login name)')
    .option(
      '--json',
      'print { schemaVersion, k, by, categories, cells: [{ key, count | null }] } (null = suppressed)',
    )
    .option('--tsv', 'print the synthetic-data-showcase aggregate TSV (selections<TAB>protected_count)')
    .action(async (file: string, options: AggregateCliOptions) => {
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 2) {
        throw new InputError('--k', [
          { path: 'k', code: 'invalid_k', message: 'k is a whole number, 2 or more', found: options.k },
        ]);
      }
      if (isSdsText(await firstLine(file))) {
        const { readFile } = await import('node:fs/promises');
        const parsed = readSds(await readFile(file, 'utf8'));
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
          process.stdout.write(`${renderText(json, false)}\n`);
          if (small > 0) process.stdout.write(`warning: ${small} published cell(s) below k = ${k}\n`);
        }
        return;
      }
      const names = (options.by ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const years = parseYearRange(options.years);
      if (!years) {
        throw new InputError('--years', [
          {
            path: 'years',
            code: 'invalid_years',
            message: 'years are a range such as 2002-2024',
            found: options.years,
          },
        ]);
      }
      let table: Awaited<ReturnType<typeof aggregateCtdc>>;
      let ledger: Awaited<ReturnType<typeof readLedger>>;
      let fingerprint = '';
      try {
        if (options.ledger) {
          ledger = (await readLedger(options.ledger)) ?? emptyLedger();
          fingerprint = await fileFingerprint(file);
          const earlier = await ledgerUnion(file, ledger, fingerprint, { years });
          table = await aggregateWithLedger(file, names, k, earlier, { years });
        } else table = await aggregateCtdc(file, names, k, { years });
      } catch (error) {
        if (error instanceof LedgerError) throw new InputError(error.file, error.problems);
        if (error instanceof CannotProtect) {
          throw new InputError(file, [
            { path: '', code: 'refused', message: `not released: ${error.message}` },
          ]);
        }
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
      if (options.ledger && ledger) {
        ledger.releases.push({
          at: new Date().toISOString(),
          by: options.as ?? userInfo().username,
          fingerprint,
          kind: 'suppression',
          k,
          tables: [ledgerTable(table.lattice, releasedValues(table))],
        });
        await writeLedger(options.ledger, ledger);
      }
      if (options.json) printJson(aggregateJson(table));
      else if (options.tsv) process.stdout.write(writeSds(aggregateSds(table)));
      else process.stdout.write(`${renderText(aggregateJson(table), true)}\n`);
    });
}
