// Input and output helpers shared by the commands: reading files, printing JSON and problems.
import { createReadStream, readFileSync, type Stats, statSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
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
  const lines = [t('cli.invalidInput', { source: error.source })];
  for (const p of error.problems) {
    const expected = !p.expected
      ? ''
      : p.found === undefined
        ? ` ${t('common.cli.expected', { expected: p.expected })}`
        : ` ${t('common.cli.expectedFound', { expected: p.expected, found: p.found })}`;
    lines.push(
      `  - ${t('common.cli.problem', { path: p.path || t('cli.root'), message: p.message })}${expected}`,
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
      return new UsageError(
        `${file}: ${translator(cliLang()).t('problems.file.unwritable', { code: code ?? 'error' })}`,
      );
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

/**
 * The largest input files read whole (the CTDC readers and capture tables stream, and have no such
 * limit). Case files are a few kilobytes; the limit is the server's request body limit. Aggregate
 * tables are a few kilobytes too. `--max-input` raises both.
 */
export const DEFAULT_INPUT_LIMITS = { caseFile: 256 * 1024, table: 10 * 1024 * 1024 } as const;
export const inputLimits: { caseFile: number; table: number } = { ...DEFAULT_INPUT_LIMITS };

const units: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** "500kB", "20MB", "1GB" or a number of bytes; undefined when it is none of these. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(text);
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * units[match[2].toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** Sizes for people: 256 KB, 25.0 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `--max-input SIZE`: both limits become SIZE. */
export function setMaxInput(text: string): void {
  const bytes = parseSize(text);
  if (bytes === undefined) {
    throw new InputError('--max-input', [
      {
        path: '',
        code: 'invalid_value',
        message: 'not a size',
        expected: 'e.g. 2MB, 500KB or a number of bytes',
        found: text,
      },
    ]);
  }
  inputLimits.caseFile = bytes;
  inputLimits.table = bytes;
}

function unreadable(file: string, what: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const { t } = translator(cliLang());
  const message =
    code === 'ENOENT'
      ? t('problems.file.notFound')
      : code === 'EISDIR'
        ? what === 'case file'
          ? t('problems.file.isDirectory')
          : `is a folder, not a ${what}`
        : t('problems.file.unreadable', { code: code ?? 'error' });
  return new InputError(file, [{ path: '', code: 'file', message }]);
}

/** An input file must exist and be a file (not a folder); checked before streaming it. Its
 * details (size, kind) are returned for the reader. */
export async function checkInputFile(file: string, what: string): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    throw unreadable(file, what, error);
  }
  if (info.isDirectory()) throw unreadable(file, what, Object.assign(new Error(), { code: 'EISDIR' }));
  return info;
}

/** Read a whole input file as text, refusing at once one larger than `limit` bytes. */
export async function readInputText(file: string, limit: number, what: string): Promise<string> {
  const { size } = await checkInputFile(file, what);
  if (size > limit) {
    throw new InputError(file, [
      {
        path: '',
        code: 'too_large',
        message: `the file is ${formatSize(size)}; a ${what} may be at most ${formatSize(limit)} (raise the limit with --max-input, e.g. --max-input ${Math.ceil(size / 1024 / 1024) + 1}MB)`,
      },
    ]);
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw unreadable(file, what, error);
  }
}

/**
 * Regular files up to this size are read at once, on this thread: a stream's reads and its closing
 * go through libuv's thread pool, and on a busy two-core machine waiting for those threads cost a
 * short command (an estimate of a few lists) a tenth of its time. Larger files and pipes stream.
 */
const WHOLE_READ = 4 * 1024 * 1024;

/**
 * Read an input file as a stream (no size limit: `read` keeps what it needs as it goes). A file
 * that cannot be read, at once or halfway, is an InputError naming it.
 */
export async function readInputStream<T>(
  file: string,
  what: string,
  read: (input: Readable) => Promise<T>,
): Promise<T> {
  const info = await checkInputFile(file, what);
  try {
    return await read(
      info.size <= WHOLE_READ && info.isFile()
        ? Readable.from([readFileSync(file)], { objectMode: false })
        : createReadStream(file),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw unreadable(file, what, error);
  }
}
