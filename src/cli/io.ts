// Input and output helpers shared by the commands: reading files, printing JSON and problems.
import type { Problem } from '../facts/problems.js';
import { translator } from '../i18n/index.js';
import { cliLang } from './lang.js';

/** Bad input from the user: carries the list of problems, each with the JSON path of the bad field. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problems: Problem[],
  ) {
    super(`${source}: ${problems.length} problem(s)`);
  }
}

export function printProblems(error: InputError): void {
  const { t } = translator(cliLang());
  const lines = [t('common.cli.invalidInput', { source: error.source })];
  for (const p of error.problems) {
    const expected = !p.expected
      ? ''
      : p.found === undefined
        ? ` ${t('common.cli.expected', { expected: p.expected })}`
        : ` ${t('common.cli.expectedFound', { expected: p.expected, found: p.found })}`;
    lines.push(
      `  - ${t('common.cli.problem', { path: p.path || t('common.cli.root'), message: p.message })}${expected}`,
    );
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
