// `continuum assess <file>… [--json [--schema-version 1|2] [--tree ID…]] [--instrument ID] [--full] [--as-found]`
import type { Command } from 'commander';
import { unknownName } from '../facts/problems.js';
import { assess } from '../law/assess.js';
import { findInstrument, instruments } from '../law/instruments/index.js';
import { compactAssessment } from '../law/render/compact.js';
import { renderAssessment } from '../law/render/text.js';
import { InputError, printJson } from './io.js';
import { cliLang } from './lang.js';
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
    .description('Assess case files (JSON or YAML) against every instrument')
    .argument('<files...>', 'case files')
    .option('--json', 'print the versioned JSON contract (one object for one file, an array for several)')
    .option(
      '--schema-version <n>',
      'JSON contract: 2 (compact, the default) or 1 (every finding tree; deprecated)',
    )
    .option(
      '--tree <ids>',
      'with --json: include the full finding tree of these instruments, comma-separated or repeated ("all": every one)',
      collectIds,
    )
    .option(
      '--instrument <ids>',
      'only these instruments, comma-separated or repeated (see `continuum explain`)',
      collectIds,
    )
    .option('--full', 'show every node of the explanation, not only the deciding ones')
    .option(
      '--as-found',
      'decide on the facts as found: every fact not recorded counts as not established (decision mode)',
    )
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
