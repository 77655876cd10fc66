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
  countRelease,
  dpJson,
  ledgerUnion,
} from '../data/aggregate.js';
import { dimensionNames } from '../data/aggregate-dimensions.js';
import { parseYearRange, type YearRange } from '../data/code-lists.js';
import { UnreadableData } from '../data/ctdc-scan.js';
import { dpRelease } from '../data/dp-release.js';
import { parseRational, toNumber } from '../data/dp-sampler.js';
import { CannotProtect, releasedValues } from '../data/k-anonymity.js';
import {
  emptyLedger,
  fileFingerprint,
  type Ledger,
  LedgerError,
  ledgerTable,
  readLedger,
  spentEpsilon,
  writeLedger,
} from '../data/release-ledger.js';
import { isSdsText, readSds, writeSds } from '../data/sds-format.js';
import { instruments } from '../law/instruments/index.js';
import { checkInputFile, InputError, inputLimits, printJson, readInputText } from './io.js';
import { cliText } from './lang.js';

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
  dp?: string;
  budget: string;
  json?: boolean;
  tsv?: boolean;
};

/** What went wrong reading, counting or protecting, as the CLI's exit-2 problems (else as it is). */
function asInputError(error: unknown, file: string): unknown {
  if (error instanceof LedgerError) return new InputError(error.file, error.problems);
  if (error instanceof CannotProtect) {
    return new InputError(file, [{ path: '', code: 'refused', message: `not released: ${error.message}` }]);
  }
  if (error instanceof UnreadableData) {
    const dimensionProblem = /dimension|--by/.test(error.message);
    return new InputError(dimensionProblem ? '--by' : file, [
      {
        path: dimensionProblem ? 'by' : '',
        code: dimensionProblem ? 'invalid_dimension' : 'unreadable',
        message: error.message,
        expected: dimensionProblem ? dimensionNames(instruments).join(' | ') : error.expected,
        found: error.found,
      },
    ]);
  }
  return error;
}

const epsilonProblem = (flag: string, found: string) =>
  new InputError(`--${flag}`, [
    { path: flag, code: 'invalid_epsilon', message: 'ε is a positive decimal such as 0.5', found },
  ]);

/** `--dp ε`: noisy counts of every cell, the budget accounted in the ledger (refused past it). */
async function releaseDp(file: string, names: string[], years: YearRange, options: AggregateCliOptions) {
  const epsilon = parseRational(options.dp ?? '');
  if (!epsilon) throw epsilonProblem('dp', options.dp ?? '');
  if (!options.ledger) {
    throw new InputError('--dp', [
      {
        path: 'ledger',
        code: 'required',
        message:
          'a differentially private release needs --ledger FILE, where the dataset’s privacy budget is accounted',
      },
    ]);
  }
  const budget = parseRational(options.budget);
  if (!budget) throw epsilonProblem('budget', options.budget);
  let ledger: Ledger;
  try {
    ledger = (await readLedger(options.ledger)) ?? emptyLedger(toNumber(budget));
  } catch (error) {
    throw asInputError(error, file);
  }
  const spent = spentEpsilon(ledger);
  // Rounded to 9 decimals, as ε is given: 0.1 + 0.2 must not exceed 0.3.
  if (Math.round((spent + toNumber(epsilon)) * 1e9) > Math.round(ledger.budget.epsilon * 1e9)) {
    throw new InputError(file, [
      {
        path: '',
        code: 'refused',
        message: `not released: the dataset’s privacy budget (ε = ${ledger.budget.epsilon} in all) would be exceeded; ε = ${Math.round(spent * 1e9) / 1e9} is spent`,
      },
    ]);
  }
  let counted: Awaited<ReturnType<typeof countRelease>>;
  try {
    counted = await countRelease(file, names, { years });
  } catch (error) {
    throw asInputError(error, file);
  }
  const table = dpRelease(counted.lattice, counted.counts, epsilon);
  ledger.releases.push({
    at: new Date().toISOString(),
    by: options.as ?? userInfo().username,
    fingerprint: await fileFingerprint(file),
    kind: 'dp',
    mechanism: table.privacy.mechanism,
    epsilon: table.privacy.epsilon,
    dimensions: names,
  });
  await writeLedger(options.ledger, ledger);
  const json = dpJson(table);
  if (options.json) printJson(json);
  else if (options.tsv)
    process.stdout.write(
      writeSds(aggregateSds({ ...table, suppressed: new Uint8Array(table.lattice.cells) })),
    );
  else {
    const p = table.privacy;
    process.stdout.write(
      `${renderText(json, true)}\n${p.mechanism}: ε = ${p.epsilon} (δ = 0), noise per cell of standard deviation ${p.noiseSdPerCell} (${p.expectedAbsoluteErrorPerCell} on average); margins are sums of the cells\n`,
    );
  }
}

export function register(program: Command): void {
  program
    .command('aggregate')
    .description(cliText('cli.command.aggregate'))
    .argument('<file>', cliText('cli.aggregate.file'))
    .option('--by <dimensions>', cliText('cli.aggregate.by'))
    .option('--k <k>', cliText('cli.aggregate.k'), '11')
    .option('--years <from-to>', cliText('cli.aggregate.years'), '2002-2024')
    .option('--ledger <file>', cliText('cli.aggregate.ledger'))
    .option('--as <name>', cliText('cli.aggregate.as'))
    .option('--dp <epsilon>', cliText('cli.aggregate.dp'))
    .option('--budget <epsilon>', cliText('cli.aggregate.budget'), '1')
    .option(
      '--json',
      cliText('cli.aggregate.json', {
        shape: '{ schemaVersion, k, by, categories, cells: [{ key, count | null }] }',
      }),
    )
    .option('--tsv', cliText('cli.aggregate.tsv', { shape: 'selections<TAB>protected_count' }))
    .action(async (file: string, options: AggregateCliOptions) => {
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
      if (options.dp !== undefined) {
        await releaseDp(file, names, years, options);
        return;
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
        throw asInputError(error, file);
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
