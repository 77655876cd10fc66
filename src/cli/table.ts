// `continuum table [dir|files…] [--json] [--as-found]` — a case × instrument table of verdicts.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { translator } from '../i18n/index.js';
import { assess, modeOf, type Verdict } from '../law/assess.js';
import { instruments } from '../law/instruments/index.js';
import { marks } from '../law/render/text.js';
import { printJson } from './io.js';
import { cliLang, cliText } from './lang.js';
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

const shortLabels: Record<string, string> = {
  'un-trafficking-protocol': 'trafficking',
  'un-smuggling-protocol': 'smuggling',
  'ilo-forced-labour-convention': 'forced lab.',
  'slavery-convention': 'slavery',
  'supplementary-slavery-convention': '1956 pract.',
  'echr-article-4': 'ECHR Art 4',
  servitude: 'servitude',
  'coe-trafficking-convention': 'CoE 2005',
  'eu-trafficking-directive': 'EU 2011/36',
  'uk-modern-slavery-act': 'UK MSA',
  'us-tvpa': 'US TVPA',
};

const cellWords: Record<Verdict, string> = {
  met: 'met',
  not_met: 'not met',
  undetermined: 'undet.',
  not_applicable: 'n/a',
};

export function register(program: Command): void {
  program
    .command('table')
    .description(cliText('cli.command.table'))
    .argument('[paths...]', cliText('cli.table.paths'), ['examples/cases'])
    .option(
      '--json',
      cliText('cli.option.json', {
        shape:
          '{ schemaVersion, mode, instruments, rows: [{ file, id, title, verdicts: { id: verdict }, openBecause: { id: facts | law }, binding: { id: status } }] }',
      }),
    )
    .option('--as-found', cliText('cli.option.asFound'))
    .action(async (paths: string[], options: { json?: boolean; asFound?: boolean }) => {
      const cases = await readCases(await expand(paths));
      const mode = modeOf(options);
      const rows = cases.map(({ file, facts }) => {
        const result = assess(facts, { asFound: options.asFound });
        return {
          file,
          id: facts.id ?? null,
          title: facts.title ?? null,
          verdicts: Object.fromEntries(result.instruments.map((i) => [i.id, i.verdict])),
          /** For each undetermined verdict, why it is open: facts not recorded, or the law contested. */
          openBecause: Object.fromEntries(
            result.instruments.flatMap((i) => (i.openBecause ? [[i.id, i.openBecause]] : [])),
          ),
          /** Whether each instrument bound the case's country (party / not_party / unknown). */
          binding: Object.fromEntries(result.instruments.map((i) => [i.id, i.applicability.binding.status])),
        };
      });
      if (options.json) {
        printJson({ schemaVersion: 1, mode, instruments: instruments.map((i) => i.id), rows });
        return;
      }
      const columns = instruments.map((i) => shortLabels[i.id] ?? i.id);
      const cellWidth = Math.max(
        ...columns.map((c) => c.length),
        ...Object.values(cellWords).map((w) => w.length + 4),
      );
      const width = Math.max(12, ...rows.map((r) => (r.title ?? r.id ?? r.file).length));
      const header = `${'case'.padEnd(width)} │ ${columns.map((c) => c.padEnd(cellWidth)).join(' ')}`;
      const tr = translator(cliLang());
      const lines = [
        ...(mode === 'as_found' ? [tr.t('law.table.asFound'), ''] : []),
        header,
        '─'.repeat(header.length),
      ];
      for (const row of rows) {
        const cells = instruments.map((i) => {
          const verdict = row.verdicts[i.id];
          // A definition met or not where the country was not bound by it: marked, and said below.
          const unbound = verdict !== 'not_applicable' && row.binding[i.id] === 'not_party' ? '*' : '';
          const lawOpen = row.openBecause[i.id] === 'law' ? '†' : '';
          return `${marks[verdict]} ${cellWords[verdict]}${lawOpen}${unbound}`.padEnd(cellWidth);
        });
        lines.push(`${(row.title ?? row.id ?? row.file).padEnd(width)} │ ${cells.join(' ')}`);
      }
      lines.push(
        '',
        `${Object.entries(cellWords)
          .map(([v, w]) => `${marks[v as Verdict]} ${w}`)
          .join('   ')} — \`continuum assess <file>\` explains a row.`,
        '* the case’s country was not bound by this instrument at the time: the definition’s verdict only.',
      );
      if (rows.some((row) => Object.values(row.openBecause).includes('law')))
        lines.push(tr.t('law.table.lawOpen'));
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
