// Reading case files (JSON or YAML) from disk into validated facts, or an InputError with problems.
import { readFile } from 'node:fs/promises';
import type { CaseFacts } from '../facts/schema.js';
import { parseFacts } from '../facts/validate.js';
import { translator } from '../i18n/index.js';
import { InputError } from './io.js';
import { cliLang } from './lang.js';

export async function readCase(file: string): Promise<CaseFacts> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const { t } = translator(cliLang());
    const message =
      code === 'ENOENT'
        ? t('problems.file.notFound')
        : code === 'EISDIR'
          ? t('problems.file.isDirectory')
          : t('problems.file.unreadable', { code: code ?? 'error' });
    throw new InputError(file, [{ path: '', code: 'file', message }]);
  }
  const result = parseFacts(text, { lang: cliLang() });
  if (!result.ok) throw new InputError(file, result.problems);
  return result.facts;
}

/** Read every file; report the problems of all invalid files together, not only the first. */
export async function readCases(files: string[]): Promise<Array<{ file: string; facts: CaseFacts }>> {
  const results = await Promise.allSettled(files.map(readCase));
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  const inputErrors = errors.filter((e): e is InputError => e instanceof InputError);
  if (errors.length > inputErrors.length) throw errors.find((e) => !(e instanceof InputError));
  if (inputErrors.length === 1) throw inputErrors[0];
  if (inputErrors.length > 1) {
    throw new InputError(
      `${inputErrors.length} files`,
      inputErrors.flatMap((e) =>
        e.problems.map((p) => ({ ...p, path: `${e.source}: ${p.path || '(root)'}` })),
      ),
    );
  }
  return results.map((r, i) => ({ file: files[i], facts: (r as PromiseFulfilledResult<CaseFacts>).value }));
}
