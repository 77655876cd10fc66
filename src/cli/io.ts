// Input and output helpers shared by the commands: reading files, printing JSON and problems.
import type { Problem } from '../facts/problems.js';

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
  const lines = [`${error.source}: invalid input`];
  for (const p of error.problems) {
    const found = p.found === undefined ? '' : `; found ${p.found}`;
    lines.push(
      `  - ${p.path || '(root)'}: ${p.message}${p.expected ? ` (expected ${p.expected}${found})` : ''}`,
    );
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
