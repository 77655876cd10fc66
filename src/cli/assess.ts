// `continuum assess <file>… [--json] [--instrument ID] [--full]`
import type { Command } from 'commander';
import { unknownName } from '../facts/problems.js';
import { assess } from '../law/assess.js';
import { findInstrument, instruments } from '../law/instruments/index.js';
import { renderAssessment } from '../law/render/text.js';
import { InputError, printJson } from './io.js';
import { readCases } from './read-case.js';

export function register(program: Command): void {
  program
    .command('assess')
    .description('Assess case files (JSON or YAML) against every instrument')
    .argument('<files...>', 'case files')
    .option('--json', 'print the versioned JSON contract (one object for one file, an array for several)')
    .option('--instrument <id...>', 'only these instruments (see `continuum explain`)')
    .option('--full', 'show every node of the explanation, not only the deciding ones')
    .action(async (files: string[], options: { json?: boolean; instrument?: string[]; full?: boolean }) => {
      const chosen = options.instrument?.map((id) => {
        const instrument = findInstrument(id);
        if (!instrument) {
          throw new InputError('--instrument', [
            unknownName('', 'unknown_instrument', 'instrument', id, instruments),
          ]);
        }
        return instrument;
      });
      const cases = await readCases(files);
      const assessments = cases.map(({ facts }) => assess(facts, { instruments: chosen }));
      if (options.json) {
        printJson(assessments.length === 1 ? assessments[0] : assessments);
        return;
      }
      const text = cases.map(
        ({ file }, i) => `── ${file}\n${renderAssessment(assessments[i], { full: options.full })}`,
      );
      process.stdout.write(`${text.join('\n')}\n`);
    });
}
