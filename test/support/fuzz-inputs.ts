// Generated input for fuzzing the readers: case documents (valid ones broken in every way a person
// or a program might — wrong types, unknown fields, huge numbers, odd text, truncated files) and
// capture-table CSVs. Shared by test/facts/fuzz.test.ts (a few thousand in npm test) and
// bench/fuzz.ts (a million and more).
import fc from 'fast-check';
import type { Problem } from '../../src/facts/problems.js';
import { arbitraryFacts } from './arbitrary-facts.js';

/** Strings that have broken readers before: NUL, lone surrogates, control characters, long runs. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00',
    '\u202e',
    '\r\n',
    '"',
    "'",
    '\\',
    '{',
    '<&>',
    '__proto__',
  ),
  fc.constantFrom(
    '2024-02-31',
    '2024-13-01',
    '0000-00-00',
    '2023-02-29',
    '99999-01-01',
    'yes',
    'NaN',
    'Infinity',
  ),
  fc.integer({ min: 200, max: 2000 }).map((n) => 'x'.repeat(n)),
);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53, 0.5, -0),
  fc.double(),
  fc.integer(),
  fc.array(nastyString, { maxLength: 5 }),
  fc.integer({ min: 11, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'GB' : i))),
  fc.dictionary(nastyString, fc.oneof(nastyString, fc.integer(), fc.boolean()), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = Record<string, unknown>;

/** Every path (as keys) to a value inside a document, objects and arrays alike. */
function pathsOf(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(child, [...prefix, key], out);
    }
  }
  return out;
}

function setAt(root: Json, path: string[], value: unknown): void {
  let node: Record<string, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') return;
    node = next as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** A valid case with a few values replaced, fields added or removed: mostly invalid. */
const brokenCase = fc
  .tuple(
    arbitraryFacts,
    fc.array(fc.tuple(fc.nat(), nastyValue, fc.constantFrom('replace', 'add', 'remove')), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([facts, edits]) => {
    const doc = structuredClone(facts) as Json;
    for (const [pick, value, how] of edits) {
      const paths = pathsOf(doc);
      const path = paths.length > 0 ? paths[pick % paths.length] : ['schemaVersion'];
      if (how === 'replace') setAt(doc, path, value);
      else if (how === 'add') setAt(doc, [...path.slice(0, -1), `extra${pick % 7}`], value);
      else setAt(doc, path, undefined);
    }
    return doc;
  });

/** The text of a document as a file might hold it: JSON, indented or not, or cut short, or with junk. */
function asText(doc: unknown, form: number, cut: number): string {
  const json = JSON.stringify(doc, null, form % 2 === 0 ? 0 : 2) ?? 'null';
  switch (form % 5) {
    case 3:
      return json.slice(0, cut % (json.length + 1));
    case 4:
      return `${json.slice(0, cut % (json.length + 1))}\u0000${json.slice(cut % (json.length + 1))}`;
    default:
      return json;
  }
}

/** A case file's text: mostly broken valid cases, some valid ones, some anything at all. */
export const caseText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(brokenCase, fc.nat(), fc.nat()).map(([d, f, c]) => asText(d, f, c)) },
  { weight: 1, arbitrary: arbitraryFacts.map((facts) => JSON.stringify(facts)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.constantFrom(
          'a: 1',
          '- x',
          '  b:',
          'schemaVersion: 1',
          '&a [*a]',
          '!!binary x',
          '? y',
          '---',
          'title: "\\0"',
        ),
        { maxLength: 8 },
      )
      .map((lines) => lines.join('\n')),
  },
);

const cell = fc.constantFrom(
  '0',
  '1',
  '1',
  '0',
  '2',
  '-1',
  '1.5',
  '',
  ' 1 ',
  'x',
  '"1"',
  '"',
  '1e3',
  '0x1',
  '\u0000',
  '99999999999999999999',
);
const listName = fc.constantFrom(
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'police',
  'ngo',
  'count',
  'Count',
  'n',
  '',
  '"q,uote"',
  'A',
);

/** A capture table's CSV text: plausible headers and rows of plausible and broken cells. */
export const captureText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.array(listName, { minLength: 0, maxLength: 10 }),
        fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
      )
      .map(
        ([header, rows, eol, bom]) =>
          `${bom ? '\ufeff' : ''}${[header, ...rows].map((r) => r.join(',')).join(eol)}`,
      ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 8 }), fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 255 }))
      .map(([lists, counts]) => {
        const names = Array.from({ length: lists }, (_, i) => `L${i + 1}`);
        const rows = counts.map((count, r) => {
          const pattern = ((r % (2 ** lists - 1)) + 1).toString(2).padStart(lists, '0').split('');
          return [...pattern, String(count)].join(',');
        });
        return [[...names, 'count'].join(','), ...rows].join('\n');
      }),
  },
);

/** Whether a text is JSON of an object (whose problems must each name a path below the root). */
export function isObjectJson(text: string): boolean {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Codes whose problem is about the whole input, so that its path is the root (''). */
const wholeInput = new Set(['syntax', 'invalid_csv', 'empty', 'file', 'too_large', 'unreadable']);

/**
 * What a rejection must give: at least one problem, each with a path (a string; the root only
 * for problems about the whole input or a document that is not an object), a code and a message.
 */
export function badRejection(problems: Problem[], documentIsObject: boolean): string | undefined {
  if (problems.length === 0) return 'rejected without a problem';
  for (const p of problems) {
    if (
      typeof p.path !== 'string' ||
      typeof p.code !== 'string' ||
      typeof p.message !== 'string' ||
      !p.message
    ) {
      return `malformed problem ${JSON.stringify(p)}`;
    }
    if (p.path === '' && documentIsObject && !wholeInput.has(p.code)) {
      return `a problem without a path: ${JSON.stringify(p)}`;
    }
  }
  return undefined;
}
