// Scenario tests as data for which law binds a case (test/scenarios/binding/*.yaml): the verdict,
// `applicability.binding` (status, basis, since) and words the notes must contain.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { validateFacts } from '../../src/facts/validate.js';
import { assess, assessInstrument } from '../../src/law/assess.js';
import { findInstrument } from '../../src/law/instruments/index.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

const dir = join(import.meta.dirname, '..', 'scenarios', 'binding');

const expectation = z.strictObject({
  verdict: z.enum(['met', 'not_met', 'undetermined', 'not_applicable']),
  binding: z.enum(['party', 'not_party', 'unknown']),
  basis: z.enum(['treaty', 'territory', 'extraterritorial']).optional(),
  since: z.string().optional(),
  notes: z.array(z.string()).optional(),
});

const scenario = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  facts: z.record(z.string(), z.unknown()),
  expect: z.record(z.string(), expectation),
});

for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const scenarios = z.array(scenario).parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
  describe(file, () => {
    for (const s of scenarios) {
      it(s.name, () => {
        const validation = validateFacts({ schemaVersion: 1, ...s.facts });
        if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
        for (const [id, want] of Object.entries(s.expect)) {
          const instrument = findInstrument(id);
          if (!instrument) throw new Error(`unknown instrument ${id}`);
          const result = assessInstrument(instrument, validation.facts);
          const binding = result.applicability.binding;
          expect({ id, verdict: result.verdict, binding: binding.status }).toEqual({
            id,
            verdict: want.verdict,
            binding: want.binding,
          });
          if (want.basis) expect(binding.basis).toBe(want.basis);
          if (want.since) expect(binding.since).toBe(want.since);
          for (const words of want.notes ?? []) expect(result.notes.join(' ')).toContain(words);
        }
      });
    }
  });
}

describe('invariants', () => {
  it('with no country given, no instrument is "not bound", and none is ruled out for it', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const unplaced = {
          ...facts,
          jurisdiction: null,
          exploitation: facts.exploitation ? { ...facts.exploitation, country: null } : null,
        };
        for (const row of assess(unplaced).instruments) {
          expect(row.applicability.binding.status).not.toBe('not_party');
        }
      }),
      { numRuns: 100 },
    );
  });
});
