// Input and output helpers shared by the commands: reading files, printing JSON and problems.
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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

/**
 * Something the user can mend that is not a field of a file: a busy port, a folder that does not
 * exist, a data directory in use. Exit code 2, the message and the hint, never a stack trace.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
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

/** Why a file could not be written, in words, from the system's error code. */
function cannotWrite(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new UsageError(
        `cannot write ${file}: its folder does not exist`,
        'create the folder first, or give another path',
      );
    case 'EISDIR':
      return new UsageError(`cannot write ${file}: it is a folder`, 'give a file name inside it');
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`cannot write ${file}: permission denied`, 'choose a folder you can write to');
    case 'ENOTDIR':
      return new UsageError(`cannot write ${file}: part of the path is a file, not a folder`);
    default:
      return new UsageError(`cannot write ${file} (${code ?? 'error'})`);
  }
}

/** Write an output file the user named (--svg, --dashboard…); a bad path is a UsageError. */
export async function writeOutput(file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (error) {
    throw cannotWrite(file, error);
  }
}

/**
 * Check an output path before the work that fills it (an import may take seconds): its folder must
 * exist and the path must not be a folder. The write itself still reports what goes wrong later.
 */
export function checkOutputPath(file: string | undefined): void {
  if (file === undefined) return;
  const folder = dirname(resolve(file));
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw cannotWrite(file, error);
  }
  if (!isFolder) throw cannotWrite(file, Object.assign(new Error(), { code: 'ENOTDIR' }));
  try {
    if (statSync(file).isDirectory()) throw cannotWrite(file, Object.assign(new Error(), { code: 'EISDIR' }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Not there yet: it will be created.
  }
}
