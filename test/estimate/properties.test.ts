import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitIfAdmissible } from '../../src/estimate/admissible-fit.js';
import { rankByBic } from '../../src/estimate/bic-search.js';
import { type CaptureTable, permuteLists } from '../../src/estimate/capture-table.js';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { allPairs, formatModel, mainEffects } from '../../src/estimate/hierarchical-model.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import { prepareTable } from '../../src/estimate/loglinear-fit.js';
import { hierarchicalModels } from '../../src/estimate/model-catalogue.js';
import { subsetTransform, supersetTransform } from '../../src/estimate/poisson-irls.js';

const checker = cachedExistenceChecker(await loadHighsSolver());

/** Random capture tables on t lists with every list non-empty. */
const tables = (t: number) =>
  fc
    .array(fc.nat({ max: 60 }), { minLength: (1 << t) - 1, maxLength: (1 << t) - 1 })
    .map(
      (cells): CaptureTable => ({
        lists: Array.from({ length: t }, (_, i) => `L${i + 1}`),
        counts: [0, ...cells],
      }),
    )
    .filter((table) => table.lists.every((_, i) => table.counts.some((c, mask) => mask & (1 << i) && c > 0)));

describe('properties of the log-linear fits', () => {
  it('an admissible fit reproduces the observed sufficient statistics and N̂ ≥ n', () => {
    fc.assert(
      fc.property(tables(3), fc.boolean(), (table, pairs) => {
        const prepared = prepareTable(table);
        const fit = fitIfAdmissible(prepared, pairs ? allPairs(3) : mainEffects(3), checker);
        if (!fit) return;
        const margins = Float64Array.from(fit.mu);
        supersetTransform(margins);
        for (const term of fit.fittedTerms) {
          const observed = term === 0 ? prepared.n : prepared.nstar[term];
          expect(Math.abs(margins[term] - observed)).toBeLessThan(1e-6 * Math.max(1, prepared.n));
        }
        expect(fit.abundance).toBeGreaterThanOrEqual(prepared.n);
      }),
      { numRuns: 60 },
    );
  });

  it('the all-pairs model on three lists fits every observable cell exactly (one free cell)', () => {
    fc.assert(
      fc.property(tables(3), (table) => {
        const prepared = prepareTable(table);
        const fit = fitIfAdmissible(prepared, allPairs(3), checker);
        if (!fit) return;
        for (let mask = 1; mask < 8; mask++)
          expect(Math.abs(fit.mu[mask] - prepared.y[mask])).toBeLessThan(1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('BIC rankings do not depend on the order of the lists', () => {
    fc.assert(
      fc.property(
        tables(4),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
        (table, order) => {
          const original = rankByBic(prepareTable(table), checker, { maxOrder: 2 });
          const permuted = rankByBic(prepareTable(permuteLists(table, order)), checker, { maxOrder: 2 });
          expect(permuted.length).toBe(original.length);
          if (original.length === 0) return;
          expect(Math.abs(permuted[0].bic - original[0].bic)).toBeLessThan(1e-6);
          expect(
            Math.abs(permuted[0].abundance - original[0].abundance) / original[0].abundance,
          ).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('catalogue models are distinct, hierarchical and never saturated', () => {
    for (const [t, k] of [
      [4, 3],
      [5, 2],
    ]) {
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const model of hierarchicalModels(t, k)) {
        const key = formatModel(model);
        if (seen.has(key)) problems.push(`duplicate ${key}`);
        seen.add(key);
        const terms = new Set(model.terms);
        if (terms.has((1 << t) - 1)) problems.push(`saturated ${key}`);
        for (const term of model.terms) {
          for (let sub = (term - 1) & term; sub; sub = (sub - 1) & term) {
            if (!terms.has(sub)) problems.push(`${key} lacks a subset of ${term}`);
          }
        }
      }
      expect(problems).toEqual([]);
    }
  });
});

describe('the pruned BIC ranking', () => {
  it('keeping the best k gives the first k of the full ranking (the bounds never prune one of them)', () => {
    fc.assert(
      fc.property(tables(4), fc.integer({ min: 1, max: 12 }), (table, keep) => {
        const prepared = prepareTable(table);
        const full = rankByBic(prepared, checker, { maxOrder: 3 });
        const top = rankByBic(prepared, checker, { maxOrder: 3, keepBest: keep });
        expect(top.length).toBe(Math.min(keep, full.length));
        for (const [i, fit] of top.entries()) expect(Math.abs(fit.bic - full[i].bic)).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the subset-lattice transforms', () => {
  const lattices = fc
    .integer({ min: 0, max: 7 })
    .chain((t) => fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 << t, maxLength: 1 << t }));

  it('sum over supersets and over subsets, as their definitions say (whole numbers: exact)', () => {
    fc.assert(
      fc.property(lattices, (values) => {
        const up = Float64Array.from(values);
        const down = Float64Array.from(values);
        supersetTransform(up);
        subsetTransform(down);
        for (let mask = 0; mask < values.length; mask++) {
          let supersets = 0;
          let subsets = 0;
          for (let other = 0; other < values.length; other++) {
            if ((other & mask) === mask) supersets += values[other];
            if ((other & mask) === other) subsets += values[other];
          }
          expect(up[mask]).toBe(supersets);
          expect(down[mask]).toBe(subsets);
        }
      }),
    );
  });
});
