// The notes on when an instrument applies and whether it bound the state (issue 17): kept as
// messages — a law-catalogue key and values that are codes (ISO dates, country codes, nested
// messages), never words — rendered in each language through the catalogue; the English texts the
// JSON carries beside them (`notes`, `reason`) are the same messages in English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../src/facts/validate.js';
import { assess } from '../../src/law/assess.js';
import { compareCase } from '../../src/law/compare.js';
import { type LawMessage, type LawValue, lawText } from '../../src/law/messages.js';

const dir = join(import.meta.dirname, '..', '..', 'examples', 'cases');
const examples = readdirSync(dir).map((file) => {
  const result = validateFacts(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!result.ok) throw new Error(file);
  return result.facts;
});

/** Every plain value in a message, nested ones included, with the name it is given. */
function plainValues(message: LawMessage): Array<[string, string | number]> {
  const of = (name: string, value: LawValue): Array<[string, string | number]> => {
    if (typeof value === 'string' || typeof value === 'number') return [[name, value]];
    if ('message' in value) return plainValues(value.message);
    if ('messages' in value) return value.messages.flatMap(plainValues);
    if ('date' in value) return [['date', value.date]];
    if ('country' in value) return [['country', value.country]];
    if ('countries' in value) return value.countries.map((code) => ['country', code]);
    return [];
  };
  return Object.entries(message.values ?? {}).flatMap(([name, value]) => of(name, value));
}

describe('notes on applicability and binding, through the law catalogue', () => {
  const assessments = examples.map((facts) => assess(facts));
  const notes = assessments.flatMap((a) => a.instruments.flatMap((r) => r.noteMessages));

  it('the examples have notes of every kind to check', () => {
    const ids = new Set(notes.map((note) => note.id));
    for (const id of ['law.note.notBinding', 'law.note.doesNotApply', 'law.applicability.outside'])
      expect(ids).toContain(id);
  });

  it('the English notes are the messages in English', () => {
    for (const assessment of assessments) {
      expect(assessment.lang).toBe('en');
      for (const result of assessment.instruments) {
        expect(result.notes).toEqual(result.noteMessages.map((note) => lawText(note)));
        expect(result.applicability.reason).toBe(lawText(result.applicability.message));
        expect(result.applicability.binding.reason).toBe(lawText(result.applicability.binding.message));
      }
    }
  });

  it('their values are codes: ISO dates, country codes, a year, or a citation — never English words', () => {
    for (const note of notes) {
      for (const [name, value] of plainValues(note)) {
        if (name === 'cite') continue; // a citation stays as the instrument cites it
        expect(String(value), `${note.id} ${name}`).toMatch(/^(\d{4}(-\d{2}-\d{2})?|[A-Z]{2})$/);
      }
    }
  });

  it.each(['fr', 'es'] as const)('read in %s, no note is left in English', (lang) => {
    for (const note of notes) {
      const english = lawText(note);
      const words = lawText(note, lang);
      expect(words).not.toBe(english);
      expect(words, note.id).not.toMatch(
        /\b(The events|in force from|It does not apply|Not binding|Whether it bound|The conduct)\b/,
      );
    }
  });

  it('compare rows carry the reason and the binding as messages too', () => {
    for (const facts of examples) {
      const comparison = compareCase(facts, assess(facts));
      expect(comparison.lang).toBe('en');
      for (const row of comparison.rows) {
        expect(row.binding.reason).toBe(lawText(row.binding.message));
        expect(row.reason).toBe(row.reasonMessage ? lawText(row.reasonMessage) : null);
      }
    }
  });
});
