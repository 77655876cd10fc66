// Reading case facts: JSON or YAML text in, either the typed facts or a list of problems out.
// Never throws on any input. Problems are worded in the language asked for (English by default).
import { visit } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import { consistencyProblems } from './consistency.js';
import { formatPath, type Problem } from './problems.js';
import { type CaseFacts, caseFactsSchema } from './schema.js';

export type Validation = { ok: true; facts: CaseFacts } | { ok: false; problems: Problem[] };
export type ValidationOptions = { lang?: Lang };

function describe(value: unknown, { t }: Translator): string {
  if (value === undefined) return t('problems.found.nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('problems.found.array');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return t('problems.found.object');
  if (typeof value === 'number') return t('problems.found.number', { value: String(value) });
  if (typeof value === 'boolean') return t('problems.found.boolean', { value: String(value) });
  return `${typeof value} ${String(value)}`;
}

/** A JSON type as zod names it (`boolean`, `int`…), in words of the language. */
function typeName(expected: string, tr: Translator): string {
  return tr.dynamic(`problems.type.${expected}`, undefined, expected);
}

function toProblems(issues: z.core.$ZodIssue[], root: unknown, tr: Translator): Problem[] {
  const { t } = tr;
  const problems: Problem[] = [];
  for (const issue of issues) {
    const found = describe(valueAt(root, issue.path), tr);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({
            path: formatPath([...issue.path, key]),
            code: 'unknown_field',
            message: t('problems.unknownField'),
          });
        }
        break;
      case 'invalid_type':
        problems.push({
          path: formatPath(issue.path),
          code: 'invalid_type',
          message: issue.path.length === 0 ? t('problems.notAnObject') : t('problems.wrongType'),
          expected: typeName(issue.expected, tr),
          found,
        });
        break;
      case 'invalid_value':
        problems.push({
          path: formatPath(issue.path),
          code: 'invalid_value',
          message: t('problems.notAllowed'),
          expected: issue.values.map((v) => JSON.stringify(v)).join(' | '),
          found,
        });
        break;
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = tr.number(Number(small ? issue.minimum : issue.maximum));
        problems.push({
          path: formatPath(issue.path),
          code: issue.code,
          message: t(small ? 'problems.tooSmall' : 'problems.tooBig'),
          expected: t(small ? 'problems.atLeast' : 'problems.atMost', { limit }),
          found,
        });
        break;
      }
      case 'invalid_format':
        problems.push({
          path: formatPath(issue.path),
          code: issue.code,
          // The vocabulary's one pattern is the country code's.
          message:
            issue.format === 'regex'
              ? t('problems.notCountryCode')
              : issue.format === 'date'
                ? t('problems.notDate')
                : t('problems.invalid'),
          found,
        });
        break;
      case 'custom': {
        // Raised by the schema's own checks, e.g. a country code that names no country (the one
        // check without a code of its own): worded here in the language asked for.
        const country = issue.params?.code === undefined;
        const nearest = String(issue.params?.expected ?? '');
        problems.push({
          path: formatPath(issue.path),
          code: country ? 'unknown_country' : String(issue.params?.code),
          message: country
            ? t('problems.notACountry', {
                code: String(valueAt(root, issue.path)),
                nearest: nearest === '' ? 'none' : tr.list(nearest.split(' | '), 'disjunction'),
              })
            : issue.message,
          ...(issue.params?.expected ? { expected: String(issue.params.expected) } : {}),
          found,
        });
        break;
      }
      default:
        // A rule's own message (a refinement): written in the schema, in English.
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
export function validateFacts(input: unknown, options: ValidationOptions = {}): Validation {
  const result = caseFactsSchema.safeParse(input);
  if (result.success) {
    const contradictions = consistencyProblems(result.data, options.lang);
    if (contradictions.length > 0) return { ok: false, problems: contradictions };
    return { ok: true, facts: result.data };
  }
  return { ok: false, problems: toProblems(result.error.issues, input, translator(options.lang)) };
}

/**
 * The field given twice in JSON text, if one is: JSON.parse keeps the last silently, which would
 * be a guess about which value was meant. jsonc-parser walks the text without building anything.
 */
function repeatedField(text: string): Problem | undefined {
  const seen: Array<Set<string>> = [];
  const path: string[] = [];
  let repeated: Problem | undefined;
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Set());
    },
    onObjectEnd: () => {
      seen.pop();
    },
    onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
      const keys = seen[seen.length - 1];
      if (repeated || !keys) return;
      if (keys.has(name)) {
        path.push(...pathSupplier().map(String), name);
        repeated = { path: formatPath(path), code: 'duplicate_field', message: 'this field is given twice' };
      }
      keys.add(name);
    },
  });
  return repeated;
}

/**
 * Parse JSON or YAML text and validate it. JSON (a text opening with { or [, or any that JSON.parse
 * reads) is read by JSON.parse — the YAML reader takes about 10 µs a byte, seconds for a large
 * file; anything else as YAML.
 */
export function parseFacts(text: string, options: ValidationOptions = {}): Validation {
  let input: unknown;
  // A text that opens with { or [ is meant as JSON: its syntax error is JSON's, found at once.
  const json = /^\s*[{[]/.test(text);
  try {
    input = JSON.parse(text);
  } catch (error) {
    if (json) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [
          { path: '', code: 'syntax', message: translator(options.lang).t('problems.syntax', { detail }) },
        ],
      };
    }
    input = undefined;
  }
  if (input !== undefined) {
    const repeated = repeatedField(text);
    return repeated ? { ok: false, problems: [repeated] } : validateFacts(input, options);
  }
  try {
    input = parseYaml(text, { prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    // The parser's own detail (line and column) is in English: it names where, not what to do.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      problems: [
        { path: '', code: 'syntax', message: translator(options.lang).t('problems.syntax', { detail }) },
      ],
    };
  }
  return validateFacts(input, options);
}
