// The compiled rules (specialise.ts) evaluate as truthOf does, on any valid facts: flags true, false
// or unknown, and every other kind of fact, for every instrument's full rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule, slotsFor } from '../../src/data/specialise.js';
import { instruments } from '../../src/law/instruments/index.js';
import { readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { pathsRead } from '../../src/law/logic/rule.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

describe('compiled rules', () => {
  it('give truthOf’s verdict on arbitrary facts', () => {
    const compiled = instruments.map((instrument) => {
      const slots = slotsFor(pathsRead(instrument.rule));
      return { instrument, paths: [...slots.keys()], run: compileRule(instrument.rule, slots) };
    });
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const read = readerFor(facts);
        for (const { instrument, paths, run } of compiled) {
          expect(run(paths.map(read))).toBe(truthOf(instrument.rule, read));
        }
      }),
      { numRuns: 200 },
    );
  });
});
