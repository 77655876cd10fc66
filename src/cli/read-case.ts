// Reading case files (JSON or YAML) from disk into validated facts, or an InputError with problems.
import type { CaseFacts } from '../facts/schema.js';
import { parseFacts } from '../facts/validate.js';
import { InputError, inputLimits, readInputText } from './io.js';
import { cliLang } from './lang.js';

export async function readCase(file: string): Promise<CaseFacts> {
  const text = await readInputText(file, inputLimits.caseFile, 'case file');
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
