// `continuum import ctdc FILE [--json] [--svg OUT]` — read a CTDC file as it comes, assess every
// record, and print the bulk summary. The file is streamed: memory stays flat.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importCtdc } from '../data/ctdc-import.js';
import { UnreadableData } from '../data/ctdc-scan.js';
import { dashboardOf } from '../data/dashboard.js';
import { summaryCharts } from '../data/summary-charts.js';
import { renderImport } from '../data/summary-text.js';
import { InputError, printJson } from './io.js';

/** A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal. */
function progressBar(): { update: (done: number, total: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, end: () => {} };
  let last = -1;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r  reading [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`);
    },
    end() {
      if (last >= 0) process.stderr.write('\r\u001b[2K');
    },
  };
}

type ImportOptions = { json?: boolean; svg?: string; dashboard?: string; k: string };

export function register(program: Command): void {
  program
    .command('import')
    .description('Read a CTDC data file (k-anonymised or synthetic), assess every record and summarise')
    .argument('<source>', 'the kind of data: ctdc')
    .argument('<file>', 'the CSV file as downloaded from CTDC (never committed, never re-hosted)')
    .option('--json', 'print { schemaVersion, format, rows, problems, problemCounts, summary }')
    .option('--svg <out>', 'also write the charts (records by year; means of control) to this SVG file')
    .option(
      '--dashboard <out>',
      'also write the k-anonymous dashboard counts (year, band, country, means of control) to this JSON file',
    )
    .option('--k <k>', 'the smallest count the dashboard publishes', '11')
    .action(async (source: string, file: string, options: ImportOptions) => {
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 2) {
        throw new InputError('--k', [
          { path: 'k', code: 'invalid_k', message: 'k is a whole number, 2 or more', found: options.k },
        ]);
      }
      if (source !== 'ctdc') {
        throw new InputError('import', [
          {
            path: 'source',
            code: 'unknown_source',
            message: 'unknown data source',
            expected: 'ctdc',
            found: source,
          },
        ]);
      }
      const bar = progressBar();
      let result: Awaited<ReturnType<typeof importCtdc>>;
      try {
        result = await importCtdc(file, { onFileProgress: bar.update });
      } catch (error) {
        if (error instanceof UnreadableData) {
          throw new InputError(file, [
            {
              path: '',
              code: 'unreadable',
              message: error.message,
              expected: error.expected,
              found: error.found,
            },
          ]);
        }
        throw error;
      } finally {
        bar.end();
      }
      if (options.svg)
        await writeFile(options.svg, summaryCharts(result.summary, result.summary.instruments[0]));
      if (options.dashboard) {
        const dashboard = dashboardOf(result.summary, result.format, k);
        await writeFile(options.dashboard, `${JSON.stringify(dashboard, null, 2)}\n`);
      }
      if (options.json) printJson(result);
      else process.stdout.write(`${renderImport(result, file)}\n`);
    });
}
