// Fuzzing the readers a user's files go through (a smaller run of bench/fuzz.ts, which pushes a
// million and more): case documents through parseFacts (JSON or YAML text → facts or problems) and
// capture tables through parseCaptureCsv. Neither may throw on any input, and every rejection lists
// problems that name the path of what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureCsv } from '../../src/estimate/capture-csv.js';
import { parseFacts } from '../../src/facts/validate.js';
import { badRejection, captureText, caseText, isObjectJson } from '../support/fuzz-inputs.js';

describe('fuzzing the readers', () => {
  it('never throws on a case document, and every rejection names a path', () => {
    fc.assert(
      fc.property(caseText, (text) => {
        const result = parseFacts(text);
        if (!result.ok) expect(badRejection(result.problems, isObjectJson(text))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a capture table, and every rejection names a line or the file', () => {
    fc.assert(
      fc.property(captureText, (text) => {
        const result = parseCaptureCsv(text);
        if (!result.ok) expect(badRejection(result.problems, false)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a field given twice', () => {
  it('is refused with its path, in JSON as in YAML, not read as the last value', () => {
    const json = parseFacts('{"schemaVersion":1,"person":{"gender":"female","gender":"male"}}');
    expect(json).toEqual({
      ok: false,
      problems: [{ path: 'person.gender', code: 'duplicate_field', message: 'this field is given twice' }],
    });
    const yaml = parseFacts('schemaVersion: 1\ntitle: a\ntitle: b\n');
    expect(yaml.ok).toBe(false);
  });
});
