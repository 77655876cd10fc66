// `continuum pathways <case> [--regime ID] [--start DATE] [--json] [--svg FILE]` — what each
// protection regime would do for this person from the day they are identified, cooperating with
// the police and not.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CaseFacts } from '../facts/schema.js';
import { isIsoDate } from '../pathways/dates.js';
import { evaluatePathway } from '../pathways/evaluate.js';
import type { Regime } from '../pathways/machine.js';
import { findRegime, regimes, regimesOn } from '../pathways/regimes/index.js';
import { renderSvg } from '../pathways/render-svg.js';
import { renderPathway } from '../pathways/render-text.js';
import type { PathwayResult } from '../pathways/types.js';
import { InputError, printJson } from './io.js';
import { readCase } from './read-case.js';

export const PATHWAYS_SCHEMA_VERSION = 1;

/** Day 0: the date given, else the identification date, else the end or start of the events. */
export function startDateFor(facts: CaseFacts, start?: string): string {
  if (start !== undefined) {
    if (!isIsoDate(start)) {
      throw new InputError('--start', [
        {
          path: '',
          code: 'invalid_date',
          message: 'not a date',
          expected: 'YYYY-MM-DD',
          found: JSON.stringify(start),
        },
      ]);
    }
    return start;
  }
  const date = facts.events?.identifiedOn ?? facts.events?.to ?? facts.events?.from;
  if (!date) {
    throw new InputError('pathways', [
      {
        path: 'events.identifiedOn',
        code: 'missing_date',
        message:
          'no identification date in the case (events.identifiedOn, events.to or events.from): give --start YYYY-MM-DD',
      },
    ]);
  }
  return date;
}

export function chooseRegimes(start: string, id?: string): Regime[] {
  if (id === undefined) return regimesOn(start);
  const regime = findRegime(id);
  if (!regime) {
    throw new InputError('--regime', [
      {
        path: '',
        code: 'unknown_regime',
        message: `unknown regime "${id}"`,
        expected: regimes.map((r) => r.id).join(' | '),
        found: id,
      },
    ]);
  }
  return [regime];
}

export function pathwaysFor(facts: CaseFacts, options: { start?: string; regime?: string } = {}) {
  const startDate = startDateFor(facts, options.start);
  const results: PathwayResult[] = chooseRegimes(startDate, options.regime).map((regime) =>
    evaluatePathway(regime, facts, startDate),
  );
  return {
    schemaVersion: PATHWAYS_SCHEMA_VERSION,
    case: { id: facts.id ?? null, title: facts.title ?? null },
    startDate,
    regimes: results,
  };
}

export function register(program: Command): void {
  program
    .command('pathways')
    .description('Protection timelines under each regime from the identification day, cooperating and not')
    .argument('<case>', 'case file (JSON or YAML)')
    .option('--regime <id>', `one regime: ${regimes.map((r) => r.id).join(', ')}`)
    .option(
      '--start <date>',
      'identification day (default: events.identifiedOn, else events.to, else events.from)',
    )
    .option('--json', 'print { schemaVersion, case, startDate, regimes: [PathwayResult] }')
    .option('--svg <file>', 'also write a Gantt-like SVG chart of the regimes side by side')
    .action(
      async (file: string, options: { regime?: string; start?: string; json?: boolean; svg?: string }) => {
        const facts = await readCase(file);
        const output = pathwaysFor(facts, options);
        if (options.svg) {
          const title = `Protection pathways — ${facts.title ?? facts.id ?? file} (identified ${output.startDate})`;
          await writeFile(options.svg, renderSvg(output.regimes, title), 'utf8');
        }
        if (options.json) {
          printJson(output);
          return;
        }
        const heading = `${facts.title ?? facts.id ?? file} — identified ${output.startDate}`;
        const body = output.regimes.length
          ? output.regimes.map(renderPathway).join('\n\n')
          : 'No protection regime modelled here was in force on that date.';
        const svgNote = options.svg ? `\n\nChart written to ${options.svg}` : '';
        process.stdout.write(`${heading}\n\n${body}${svgNote}\n`);
      },
    );
}
