// `continuum table [dir|files…] [--json]` — a case × instrument table of verdicts.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { assess } from '../law/assess.js';
import { instruments } from '../law/instruments/index.js';
import { marks } from '../law/render/text.js';
import { printJson } from './io.js';
import { readCases } from './read-case.js';

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => /\.(json|ya?ml)$/.test(name)).sort();
      files.push(...entries.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}

export function register(program: Command): void {
  program
    .command('table')
    .description('Assess many cases and print a case × instrument table of verdicts')
    .argument('[paths...]', 'case files or directories', ['examples/cases'])
    .option(
      '--json',
      'print { schemaVersion, instruments, rows: [{ file, id, title, verdicts: { id: verdict } }] }',
    )
    .action(async (paths: string[], options: { json?: boolean }) => {
      const cases = await readCases(await expand(paths));
      const rows = cases.map(({ file, facts }) => {
        const result = assess(facts);
        return {
          file,
          id: facts.id ?? null,
          title: facts.title ?? null,
          verdicts: Object.fromEntries(result.instruments.map((i) => [i.id, i.verdict])),
        };
      });
      if (options.json) {
        printJson({ schemaVersion: 1, instruments: instruments.map((i) => i.id), rows });
        return;
      }
      const short = [
        'trafficking',
        'smuggling',
        'forced lab.',
        'slavery',
        '1956 pract.',
        'servitude',
        'CoE 2005',
        'EU 2011/36',
        'UK MSA',
        'US TVPA',
      ];
      const width = Math.max(12, ...rows.map((r) => (r.title ?? r.id ?? r.file).length));
      const header = `${'case'.padEnd(width)} │ ${short.map((s) => s.padEnd(11)).join(' ')}`;
      const lines = [header, '─'.repeat(header.length)];
      for (const row of rows) {
        const cells = instruments.map((i) =>
          `${marks[row.verdicts[i.id]]} ${row.verdicts[i.id].replace('_', ' ')}`.padEnd(11),
        );
        lines.push(`${(row.title ?? row.id ?? row.file).padEnd(width)} │ ${cells.join(' ')}`);
      }
      lines.push('', '✓ met   ✗ not met   ? undetermined — `continuum assess <file>` explains a row.');
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
