import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  buildFacts,
  type MappedFacts,
  mapRecord,
  settablePaths,
} from '../../src/data/ctdc-mapping.js';
import { compileRule, slotsFor, slotValues, specialisedRule } from '../../src/data/specialise.js';
import { MAX_READINGS, verdictsOf } from '../../src/data/supervaluation.js';
import { assess } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import { readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { nodes } from '../../src/law/logic/rule.js';
import type { Truth } from '../../src/law/logic/truth.js';
import { arbitraryCtdcRecord } from '../support/arbitrary-ctdc.js';

/** The definition: every reading of the record through assess(); settled only if all agree. */
function bruteForce(mapped: MappedFacts): Truth[] {
  let readings: Assignment[][] = [[]];
  for (const options of mapped.choices) readings = readings.flatMap((r) => options.map((o) => [...r, ...o]));
  if (readings.length > MAX_READINGS) return instruments.map(() => 'undetermined');
  const verdicts = readings.map((chosen) =>
    assess(buildFacts([...mapped.base, ...chosen])).instruments.map((i) => {
      // CTDC records carry no event date: every instrument is assumed in force. They do carry the
      // country of exploitation, so regional and national law outside its territory is
      // not applicable (applicability.binding); the CTDC verdicts are the definitions' own values.
      if (i.verdict === 'not_applicable') expect(i.applicability.binding.status).toBe('not_party');
      return i.elements.value;
    }),
  );
  return instruments.map((_, i) => {
    const values = new Set(verdicts.map((v) => v[i]));
    return values.size === 1 ? [...values][0] : 'undetermined';
  });
}

describe('verdicts of CTDC records', () => {
  it('match assess() on every reading of the record (k-anonymised and synthetic namings)', () => {
    for (const mergedMeans of [false, true]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(mergedMeans), (record) => {
          const mapped = mapRecord(record, { synthetic: mergedMeans, mergedMeans });
          expect(verdictsOf(mapped, instruments)).toEqual(bruteForce(mapped));
        }),
        { numRuns: 30 },
      );
    }
  });

  it('the folded, compiled rules give the same verdict as the full rules on CTDC facts', () => {
    const slots = slotsFor(settablePaths);
    const values = fc.constantFrom<unknown>(true, undefined);
    const paths = [...settablePaths].filter(
      (p) => !['exploitation.kinds', 'exploitation.sector'].includes(p),
    );
    const flags = fc.dictionary(
      fc.constantFrom(
        ...paths.filter(
          (p) => !p.startsWith('person') && p !== 'jurisdiction' && p !== 'recruitment.recruiter',
        ),
      ),
      values,
    );
    fc.assert(
      fc.property(
        flags,
        fc.option(fc.subarray(['labour', 'sexual', 'forced_marriage', 'organ_removal'])),
        fc.option(fc.integer({ min: 5, max: 30 })),
        (set, kinds, age) => {
          const assignments: Assignment[] = Object.entries(set).filter(([, v]) => v !== undefined);
          if (kinds)
            assignments.push(
              ['exploitation.kinds', undefined],
              ...kinds.map((k): Assignment => ['exploitation.kinds', k]),
            );
          if (age !== null) assignments.push(['person.ageAtRecruitment', age]);
          const facts = buildFacts(assignments);
          for (const instrument of instruments) {
            const compiled = compileRule(specialisedRule(instrument.rule, settablePaths), slots);
            expect(compiled(slotValues(slots, assignments))).toBe(truthOf(instrument.rule, readerFor(facts)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('no rule reads a fact CTDC can set through an exception read only where shown (monotonicity holds)', () => {
    // The shortcuts in verdictsOf rest on Kleene logic being monotone in what is known; a `shown`
    // leaf (unknown counts as not shown) is not, so none may read a path a CTDC record sets.
    for (const instrument of instruments) {
      for (const node of nodes(instrument.rule)) {
        if (node.kind === 'fact' && node.defeasible) {
          expect(node.paths.filter((path) => settablePaths.has(path))).toEqual([]);
        }
      }
    }
  });
});
