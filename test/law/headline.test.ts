// The web app shows assessHeadline at once and the rest of assessInstrument after: the two must
// agree on the verdict, the applicability and the notes, for every instrument and every case.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assessHeadline, assessInstrument } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

const headlineOf = (facts: CaseFacts) =>
  instruments.map((instrument) => {
    const { id, title, citation, verdict, openBecause, applicability, notes, noteMessages } =
      assessInstrument(instrument, facts);
    return {
      id,
      title,
      citation,
      verdict,
      ...(openBecause ? { openBecause } : {}),
      applicability,
      notes,
      noteMessages,
    };
  });

describe('assessHeadline', () => {
  it('agrees with assessInstrument on every example case', () => {
    const dir = 'examples/cases';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const facts = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as CaseFacts;
      expect(
        instruments.map((instrument) => assessHeadline(instrument, facts)),
        file,
      ).toEqual(headlineOf(facts));
    }
  });

  it('agrees with assessInstrument on random cases', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        expect(instruments.map((instrument) => assessHeadline(instrument, facts))).toEqual(headlineOf(facts));
      }),
      { numRuns: 150 },
    );
  });
});
