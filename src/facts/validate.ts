// Reading case facts: JSON or YAML text in, either the typed facts or a list of problems out.
// Never throws on any input.
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { consistencyProblems } from './consistency.js';
import { formatPath, type Problem } from './problems.js';
import { type CaseFacts, caseFactsSchema } from './schema.js';

export type Validation = { ok: true; facts: CaseFacts } | { ok: false; problems: Problem[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function toProblems(issues: z.core.$ZodIssue[], root: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const found = describe(valueAt(root, issue.path));
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({
            path: formatPath([...issue.path, key]),
            code: 'unknown_field',
            message: 'unknown field (check the spelling against the facts vocabulary)',
          });
        }
        break;
      case 'invalid_type':
        problems.push({
          path: formatPath(issue.path),
          code: 'invalid_type',
          message: issue.path.length === 0 ? 'a case must be a JSON or YAML object' : 'wrong type',
          expected: issue.expected,
          found,
        });
        break;
      case 'invalid_value':
        problems.push({
          path: formatPath(issue.path),
          code: 'invalid_value',
          message: 'not one of the allowed values',
          expected: issue.values.map((v) => JSON.stringify(v)).join(' | '),
          found,
        });
        break;
      case 'too_small':
      case 'too_big':
        problems.push({
          path: formatPath(issue.path),
          code: issue.code,
          message: issue.message,
          expected: `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`,
          found,
        });
        break;
      case 'custom':
        // Raised by the schema's own checks, e.g. a country code that names no country.
        problems.push({
          path: formatPath(issue.path),
          code: issue.params?.code === undefined ? 'unknown_country' : String(issue.params.code),
          message: issue.message,
          ...(issue.params?.expected ? { expected: String(issue.params.expected) } : {}),
          found,
        });
        break;
      default:
        problems.push({ path: formatPath(issue.path), code: issue.code, message: issue.message, found });
    }
  }
  return problems;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validate an already-parsed value (e.g. a JSON body) against the facts vocabulary and its consistency rules. */
export function validateFacts(input: unknown): Validation {
  const result = caseFactsSchema.safeParse(input);
  if (result.success) {
    const contradictions = consistencyProblems(result.data);
    if (contradictions.length > 0) return { ok: false, problems: contradictions };
    return { ok: true, facts: result.data };
  }
  return { ok: false, problems: toProblems(result.error.issues, input) };
}

/** Parse JSON or YAML text (YAML is a superset of JSON) and validate it. */
export function parseFacts(text: string): Validation {
  let input: unknown;
  try {
    input = parseYaml(text, { prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      problems: [{ path: '', code: 'syntax', message: `not valid JSON or YAML: ${message}` }],
    };
  }
  return validateFacts(input);
}
