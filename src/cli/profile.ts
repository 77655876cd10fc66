// `continuum profile <case> [--json] [--svg FILE]`: the case on the continuum — Delphi indicator
// profile, band, structural vulnerability.
import type { Command } from 'commander';
import { renderBand, renderProfile, renderVulnerability } from '../continuum/render-text.js';
import { continuumReport } from '../continuum/report.js';
import { continuumSvg } from '../continuum/svg.js';
import { translator } from '../i18n/index.js';
import { checkOutputPath, printJson, writeOutput } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCase } from './read-case.js';

export function register(program: Command): void {
  program
    .command('profile')
    .description(cliText('cli.command.profile'))
    .argument('<case>', cliText('cli.arg.caseFile'))
    .option('--json', cliText('cli.option.jsonContract'))
    .option('--svg <file>', cliText('cli.profile.svg'))
    .action(async (file: string, options: { json?: boolean; svg?: string }) => {
      checkOutputPath(options.svg);
      const facts = await readCase(file);
      const lang = cliLang();
      const report = continuumReport(facts, lang);
      if (options.svg)
        await writeOutput(options.svg, `${continuumSvg(report.profile, report.band, { lang })}\n`);
      if (options.json) {
        printJson(report);
        return;
      }
      const { t } = translator(lang);
      const lines = [
        `── ${file}${report.case.title ? ` — ${report.case.title}` : ''}`,
        ...renderProfile(report.profile, lang),
        '',
        ...renderBand(report.band, lang),
        '',
        ...renderVulnerability(report.vulnerability, lang),
        ...(report.profile.notes.length > 0
          ? ['', t('continuum.text.notes'), ...report.profile.notes.map((n) => `  - ${n}`)]
          : []),
        ...(options.svg ? ['', t('continuum.text.svgWritten', { file: options.svg })] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
