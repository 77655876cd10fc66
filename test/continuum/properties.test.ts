// Invariants of the continuum on random valid cases (test/support/arbitrary-facts.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIds, bandRangeOf } from '../../src/continuum/bands.js';
import { delphiRules, graded, positiveCounts } from '../../src/continuum/delphi.js';
import { dimensions, indicators, listIds } from '../../src/continuum/indicators/index.js';
import { profileOf } from '../../src/continuum/profile.js';
import { applyScenario, noChange, scenarios } from '../../src/continuum/scenarios.js';
import { whatIf } from '../../src/continuum/whatif.js';
import { readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { nodes, type Rule } from '../../src/law/logic/rule.js';
import type { Truth } from '../../src/law/logic/truth.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';
import { setPath } from './support.js';

const truthRank: Record<Truth, number> = { not_met: 0, undetermined: 1, met: 2 };
const bandRank = (id: (typeof bandIds)[number]) => bandIds.indexOf(id);

/** The yes/no observations an indicator reads (its flags; derived numbers are left out). */
const flagPaths = (rule: Rule): string[] =>
  [...nodes(rule)].flatMap((node) => (node.kind === 'fact' && node.form === 'flag' ? node.paths : []));

const indicatorPaths = [...new Set(indicators.flatMap((i) => flagPaths(i.rule)))];

describe('continuum invariants', () => {
  it('indicators: 67 rows in the adult-labour list (law.md §4.1), 66 facts read by 67 flags', () => {
    // D3's "Abuse of difficult family situation" and "Family situation" share one fact; D5's
    // "Violence on victims" reads violence and sexual violence.
    expect(indicators.length).toBe(66);
    expect(indicatorPaths.length).toBe(67);
    expect(dimensions.map((d) => d.indicators.length)).toEqual([10, 10, 15, 9, 15, 7]);
  });

  it('adding an observed indicator never lowers a dimension, the Delphi result or the band', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom(...indicatorPaths), (facts, path) => {
        const before = profileOf(readerFor(facts));
        const added = readerFor(setPath(facts, path, true));
        const after = profileOf(added);
        before.dimensions.forEach((d, i) => {
          expect(truthRank[after.dimensions[i].positive]).toBeGreaterThanOrEqual(truthRank[d.positive]);
          expect(
            after.dimensions[i].strong + after.dimensions[i].medium + after.dimensions[i].weak,
          ).toBeGreaterThanOrEqual(d.strong + d.medium + d.weak);
        });
        expect(truthRank[after.delphiTrafficking]).toBeGreaterThanOrEqual(
          truthRank[before.delphiTrafficking],
        );
        const [b, a] = [bandRangeOf(readerFor(facts)), bandRangeOf(added)];
        expect(bandRank(a.lowest)).toBeGreaterThanOrEqual(bandRank(b.lowest));
        expect(bandRank(a.highest)).toBeGreaterThanOrEqual(bandRank(b.highest));
      }),
      { numRuns: 150 },
    );
  });

  it('the dimension rule (rule engine, tri-state) agrees with the counting predicate on observed and possible counts', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const read = readerFor(facts);
        for (const list of listIds) {
          for (const dimension of dimensions) {
            const observed = { strong: 0, medium: 0, weak: 0 };
            const possible = { strong: 0, medium: 0, weak: 0 };
            for (const { indicator, grade } of graded(dimension, list)) {
              const value = truthOf(indicator.rule, read);
              if (value === 'met') observed[grade] += 1;
              if (value !== 'not_met') possible[grade] += 1;
            }
            const expected: Truth = positiveCounts(observed.strong, observed.medium, observed.weak)
              ? 'met'
              : positiveCounts(possible.strong, possible.medium, possible.weak)
                ? 'undetermined'
                : 'not_met';
            expect(truthOf(delphiRules(list).dimensions[dimension.id], read)).toBe(expected);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the band range is ordered: the lowest certain band never exceeds the highest possible one', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const { lowest, highest } = bandRangeOf(readerFor(facts));
        expect(bandRank(lowest)).toBeLessThanOrEqual(bandRank(highest));
      }),
      { numRuns: 200 },
    );
  });

  it('a what-if with the empty patch changes nothing, and no what-if modifies its input', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom(...scenarios), (facts, scenario) => {
        const copy = structuredClone(facts);
        const empty = whatIf(facts, noChange);
        expect(empty.unchanged).toBe(true);
        expect(empty.after).toEqual(empty.before);
        whatIf(facts, scenario);
        expect(facts).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });

  it('a scenario touches only status facts and the dependent facts it names, and is idempotent', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom(...scenarios), (facts, scenario) => {
        const once = applyScenario(facts, scenario);
        const named = new Set(scenario.consequences(once.facts).map((c) => c.path));
        for (const entry of once.patch) {
          if (entry.kind === 'status') expect(entry.path.startsWith('status.')).toBe(true);
          else expect(named.has(entry.path)).toBe(true);
        }
        expect(applyScenario(once.facts, scenario).patch).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
