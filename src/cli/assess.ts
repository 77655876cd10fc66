// `continuum assess <file>… [--json [--schema-version 1|2] [--tree ID…]] [--instrument ID] [--full] [--as-found]`
import type { Command } from 'commander';
import { unknownName } from '../facts/problems.js';
import { assess } from '../law/assess.js';
import { findInstrument, instruments } from '../law/instruments/index.js';
import { compactAssessment } from '../law/render/compact.js';
import { renderAssessment } from '../law/render/text.js';
import { InputError, printJson } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCases } from './read-case.js';

type Options = {
  json?: boolean;
  instrument?: string[];
  full?: boolean;
  schemaVersion?: string;
  tree?: string[];
  asFound?: boolean;
};

function instrumentsNamed(option: string, ids: string[]) {
  return ids.map((id) => {
    const instrument = findInstrument(id);
    if (!instrument) {
      throw new InputError(option, [
        unknownName('', 'unknown_instrument', 'instrument', id, instruments, cliLang()),
      ]);
    }
    return instrument;
  });
}

/**
 * `--instrument a,b` or `--instrument a --instrument b`. Not a variadic option: that would take the
 * case files after it for instrument ids (`assess --instrument X case.json`).
 */
function collectIds(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  ];
}

export function register(program: Command): void {
  program
    .command('assess')
    .description(cliText('cli.command.assess'))
    .argument('<files...>', cliText('cli.assess.files'))
    .option('--json', cliText('cli.assess.json'))
    .option('--schema-version <n>', cliText('cli.assess.schemaVersion'))
    .option('--tree <ids>', cliText('cli.assess.tree'), collectIds)
    .option('--instrument <ids>', cliText('cli.assess.instrument'), collectIds)
    .option('--full', cliText('cli.assess.full'))
    .option('--as-found', cliText('cli.option.asFound'))
    .action(async (files: string[], options: Options) => {
      const version = options.schemaVersion ?? '2';
      if (version !== '1' && version !== '2') {
        throw new InputError('--schema-version', [
          {
            path: '',
            code: 'unknown_version',
            message: 'unknown contract version',
            expected: '1 | 2',
            found: version,
          },
        ]);
      }
      const chosen = options.instrument ? instrumentsNamed('--instrument', options.instrument) : undefined;
      const trees = options.tree ?? [];
      const allTrees = trees.includes('all');
      if (!allTrees) instrumentsNamed('--tree', trees);
      const cases = await readCases(files);
      const assessments = cases.map(({ facts }) =>
        assess(facts, { instruments: chosen, asFound: options.asFound }),
      );
      if (options.json) {
        const contract =
          version === '1'
            ? assessments
            : assessments.map((a) => compactAssessment(a, allTrees ? 'all' : trees));
        printJson(contract.length === 1 ? contract[0] : contract);
        return;
      }
      const text = cases.map(
        ({ file }, i) =>
          `── ${file}\n${renderAssessment(assessments[i], { full: options.full, lang: cliLang() })}`,
      );
      process.stdout.write(`${text.join('\n')}\n`);
    });
}
