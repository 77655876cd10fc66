// `continuum pathways <case> [--regime ID] [--start DATE] [--json] [--svg FILE]` — what each
// protection regime would do for this person from the day they are identified, cooperating with
// the police and not.
import type { Command } from 'commander';
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, translator } from '../i18n/index.js';
import { regimes } from '../pathways/regimes/index.js';
import { renderSvg } from '../pathways/render-svg.js';
import { renderPathway } from '../pathways/render-text.js';
import { pathwaysReport } from '../pathways/report.js';
import { checkOutputPath, InputError, printJson, writeOutput } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCase } from './read-case.js';

const sources = { start: '--start', regime: '--regime', facts: 'pathways' } as const;

/** The report, or the CLI's error naming the option (or the case) at fault. */
export function pathwaysFor(
  facts: CaseFacts,
  options: { start?: string; regime?: string; lang?: Lang } = {},
) {
  const report = pathwaysReport(facts, options);
  if (!report.ok) throw new InputError(sources[report.input], report.problems);
  return report.value;
}

export function register(program: Command): void {
  program
    .command('pathways')
    .description(cliText('cli.command.pathways'))
    .argument('<case>', cliText('cli.arg.caseFile'))
    .option('--regime <id>', cliText('cli.option.regime', { ids: regimes.map((r) => r.id).join(', ') }))
    .option('--start <date>', cliText('cli.pathways.start'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape: '{ schemaVersion, case, startDate, regimes: [PathwayResult] }',
      }),
    )
    .option('--svg <file>', cliText('cli.pathways.svg'))
    .action(
      async (file: string, options: { regime?: string; start?: string; json?: boolean; svg?: string }) => {
        checkOutputPath(options.svg);
        const facts = await readCase(file);
        // The JSON, the chart and the text are in the language asked for.
        const lang = cliLang();
        const tr = translator(lang);
        const output = pathwaysFor(facts, { ...options, lang });
        if (options.svg) {
          const title = tr.t('pathways.svg.title', {
            case: facts.title ?? facts.id ?? file,
            date: tr.date(output.startDate),
          });
          await writeOutput(options.svg, renderSvg(output.regimes, title, lang));
        }
        if (options.json) {
          printJson(output);
          return;
        }
        const heading = tr.t('pathways.text.heading', {
          case: facts.title ?? facts.id ?? file,
          date: tr.date(output.startDate),
        });
        const body = output.regimes.length
          ? output.regimes.map((regime) => renderPathway(regime, lang)).join('\n\n')
          : tr.t('pathways.text.noRegime');
        const svgNote = options.svg ? `\n\n${tr.t('pathways.text.chartWritten', { file: options.svg })}` : '';
        process.stdout.write(`${heading}\n\n${body}${svgNote}\n`);
      },
    );
}
