// Text that cannot be stored (a NUL, or half of a surrogate pair) is found in any string, whatever
// else it holds; valid text of any script, surrogate pairs included, passes; and what storableText
// gives can always be stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storableText, unstorableText } from '../../src/facts/text.js';
import { unstorableTextProblems } from '../../src/server/edge.js';

// Every UTF-16 code unit, lone surrogates and NUL included, strung together at random.
const anyUnits = fc.string({ unit: 'binary', maxLength: 40 });
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 });
const fromUnits = (units: number[]) => String.fromCharCode(...units);

/** The rule itself, unit by unit: a NUL, a high surrogate not followed by a low one, or a low one not after a high one. */
function brokenByHand(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return true;
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (high && !(next >= 0xdc00 && next <= 0xdfff)) return true;
    if (high) i++;
    else if (low) return true;
  }
  return false;
}

describe('unstorableText', () => {
  it('finds a NUL or half a surrogate pair exactly where the rule, applied by hand, does', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, codeUnits.map(fromUnits)), (text) => {
        expect(unstorableText(text) !== undefined).toBe(brokenByHand(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('passes text of any script, characters outside the BMP included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        fc.pre(!text.includes('\u0000'));
        expect(unstorableText(text)).toBeUndefined();
      }),
    );
    expect(unstorableText('Nguyễn 阮 😀 ok')).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(unstorableText('a\u0000b')).toMatch(/NUL/);
    expect(unstorableText('a\ud800b')).toMatch(/surrogate/);
    expect(unstorableText('\udc00')).toMatch(/surrogate/);
  });

  it('storableText gives text that can be stored, and leaves good text as it is', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        expect(unstorableText(storableText(text))).toBeUndefined();
        if (!brokenByHand(text)) expect(storableText(text)).toBe(text);
      }),
    );
  });
});

describe('unstorableTextProblems (the API edge)', () => {
  it('gives the dotted path of each bad string and key, keys escaped, at any depth', () => {
    const problems = unstorableTextProblems({
      person: { name: 'ok', nicknames: ['fine', 'bad\u0000'] },
      'k\ud800': { deeper: ['\udc00'] },
    });
    expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['person.nicknames.1', 'the text contains a NUL character (\\u0000)'],
      ['k\\ud800', 'the field name contains half of a UTF-16 surrogate pair (not valid Unicode)'],
      ['k\\ud800.deeper.0', 'the text contains half of a UTF-16 surrogate pair (not valid Unicode)'],
    ]);
  });

  it('finds nothing in valid JSON of any shape', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), (json) => {
        expect(unstorableTextProblems(JSON.parse(json))).toEqual([]);
      }),
    );
  });
});
