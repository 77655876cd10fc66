import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestByBic, downhillSearch, rankByBic } from '../../src/estimate/bic-search.js';
import { type CaptureTable, patternToMask, permuteLists } from '../../src/estimate/capture-table.js';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { formatModel, type HierarchicalModel, popcount } from '../../src/estimate/hierarchical-model.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import { prepareCounts, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { hierarchicalModels, neighbourModels } from '../../src/estimate/model-catalogue.js';
import { randomStream, resampleCounts } from '../../src/estimate/random.js';
import { oneSidedPoissonP, stepwiseSelect } from '../../src/estimate/stepwise.js';
import * as data from './reference-data.js';

const solver = await loadHighsSolver();
const checker = cachedExistenceChecker(solver);
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function stepwise(table: CaptureTable, threshold?: number) {
  const result = stepwiseSelect(prepareTable(table), checker, threshold);
  if (!result) throw new Error('no fit');
  return result;
}

describe('hierarchical model catalogue (mse.md §4.1)', () => {
  it('generates the documented numbers of models', () => {
    const count = (t: number, k: number) => {
      let c = 0;
      for (const _ of hierarchicalModels(t, k)) c++;
      return c;
    };
    expect([count(2, 1), count(3, 1), count(3, 2), count(4, 2), count(4, 3)]).toEqual([1, 1, 8, 64, 113]);
    expect([count(5, 2), count(5, 3), count(5, 4), count(6, 2)]).toEqual([1024, 6212, 6893, 32768]);
  });

  // The catalogue as first written (nested generators, a new set of present terms per branch): the
  // reference for the walk that now shares one table of present terms.
  function* referenceCatalogue(t: number, maxOrder: number): Generator<HierarchicalModel> {
    const mains = Array.from({ length: t }, (_, i) => 1 << i);
    const full = (1 << t) - 1;
    const top = Math.min(maxOrder, t);
    const boundary = (term: number, present: ReadonlySet<number>) => {
      if (popcount(term) <= 2) return true;
      for (let bits = term; bits; bits &= bits - 1) if (!present.has(term ^ (bits & -bits))) return false;
      return true;
    };
    function* level(k: number, chosen: number[], present: Set<number>): Generator<HierarchicalModel> {
      if (k > top) {
        if (!present.has(full)) yield { t, terms: [...mains, ...chosen] };
        return;
      }
      const candidates: number[] = [];
      for (let mask = 1; mask < 1 << t; mask++)
        if (popcount(mask) === k && boundary(mask, present)) candidates.push(mask);
      for (let pick = 0; pick < 2 ** candidates.length; pick++) {
        const added = candidates.filter((_, c) => pick & (1 << c));
        if (added.length === 0) {
          if (!present.has(full)) yield { t, terms: [...mains, ...chosen] };
          continue;
        }
        yield* level(k + 1, [...chosen, ...added], new Set([...present, ...added]));
      }
    }
    yield* level(2, [], new Set(mains));
  }

  it('lists the same models in the same order as the reference walk', () => {
    for (let t = 1; t <= 5; t++) {
      for (let k = 1; k <= t; k++) expect(hierarchicalModels(t, k)).toEqual([...referenceCatalogue(t, k)]);
    }
    expect(hierarchicalModels(6, 2)).toEqual([...referenceCatalogue(6, 2)]);
  });

  it("a model's neighbours: every admissible one-term change, as defined", () => {
    const catalogue = hierarchicalModels(5, 4);
    fc.assert(
      fc.property(fc.nat(catalogue.length - 1), fc.integer({ min: 2, max: 4 }), (index, maxOrder) => {
        const model = catalogue[index];
        const present = new Set(model.terms);
        const expected: string[] = [];
        for (let term = 1; term < 31; term++) {
          const order = popcount(term);
          if (order < 2 || order > maxOrder || present.has(term)) continue;
          const subsets = [...Array(5).keys()].map((i) => term & ~(1 << i)).filter((s) => s !== term);
          if (order > 2 && !subsets.every((s) => present.has(s))) continue;
          expected.push([...model.terms, term].sort((a, b) => popcount(a) - popcount(b) || a - b).join());
        }
        for (const term of model.terms) {
          if (popcount(term) >= 2 && !model.terms.some((o) => o !== term && (o & term) === term))
            expected.push(model.terms.filter((x) => x !== term).join());
        }
        expect(neighbourModels(model, maxOrder).map((m) => m.terms.join())).toEqual(expected);
      }),
    );
  });
});

describe('stepwise selection with the one-sided Poisson p-value (§4.4)', () => {
  it('Korea: first-step p-values and the selected model', () => {
    const result = stepwise(data.korea);
    const [first] = result.steps;
    const byPair = new Map(first.candidates.map((c) => [c.pair, c]));
    const bc = byPair.get(patternToMask('110'));
    expect(bc?.observed).toBe(66);
    expect(Math.abs((bc?.expected ?? 0) - 38.502)).toBeLessThan(1e-3);
    expect(rel(bc?.pValue ?? 0, 3.5138e-5)).toBeLessThan(1e-4);
    expect(rel(byPair.get(patternToMask('101'))?.pValue ?? 0, 0.00523096)).toBeLessThan(1e-5);
    expect(rel(byPair.get(patternToMask('011'))?.pValue ?? 0, 0.000227985)).toBeLessThan(1e-5);
    expect(formatModel(result.fit.model)).toBe('[12,3]');
    expect(rel(result.fit.abundance, 268.7778)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.korea, 0).fit.abundance, 141.9926)).toBeLessThan(1e-6);
  });

  it('Western: A:E selected first with p = 0.00047219', () => {
    const result = stepwise(data.western);
    const ae = result.steps[0].candidates.find((c) => c.pair === patternToMask('10001'));
    expect(ae?.observed).toBe(6);
    expect(Math.abs((ae?.expected ?? 0) - 0.9566)).toBeLessThan(1e-4);
    expect(rel(ae?.pValue ?? 0, 0.00047219)).toBeLessThan(1e-4);
    expect(formatModel(result.fit.model)).toBe('[15,2,3,4]');
    expect(rel(result.fit.abundance, 2483.3839)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.western, 0.05).fit.abundance, 2817.7709)).toBeLessThan(1e-6);
  });

  it('New Orleans, both data versions (§3.2)', () => {
    expect(rel(stepwise(data.newOrl185).fit.abundance, 1183.6923)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.newOrl185, 0).fit.abundance, 996.6643)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.newOrl185, 0.05).fit.abundance, 1494.4528)).toBeLessThan(1e-6);
    const n186 = stepwise(data.newOrl186);
    expect(formatModel(n186.fit.model)).toBe('[45,1,2,3,6,7,8]');
    expect(rel(n186.fit.abundance, 1110.4881)).toBeLessThan(1e-6);
    expect(Math.abs(n186.fit.bic - 145.0885)).toBeLessThan(1e-4);
    expect(rel(stepwise(data.newOrl186, 0).fit.abundance, 949.4707)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.newOrl5_185).fit.abundance, 1034.1511)).toBeLessThan(1e-6);
    const n5 = stepwise(data.newOrl5_186);
    expect(rel(n5.fit.abundance, 981.4314)).toBeLessThan(1e-6);
    expect(Math.abs(n5.fit.bic - 96.27026)).toBeLessThan(1e-5);
  });

  it('UK six and five lists at several thresholds (§3.1)', () => {
    expect(rel(stepwise(data.ukdat).fit.abundance, 11417.99)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.ukdat, 0.01).fit.abundance, 12349.59)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.ukdat, 0.001).fit.abundance, 13181.24)).toBeLessThan(1e-6);
    expect(rel(stepwise(data.ukdat5).fit.abundance, 11312.99)).toBeLessThan(1e-6);
    const p01 = stepwise(data.ukdat5, 0.01);
    expect(formatModel(p01.fit.model)).toBe('[12,13,25,35,45]');
    expect(rel(p01.fit.abundance, 12262.41)).toBeLessThan(1e-6);
  });

  it('the p-value is one-sided in the observed direction', () => {
    expect(oneSidedPoissonP(0, 2)).toBeCloseTo(Math.exp(-2), 12);
    expect(oneSidedPoissonP(10, 2)).toBeLessThan(1e-4);
    expect(oneSidedPoissonP(2, 2)).toBeGreaterThan(0.5);
  });
});

describe('BIC enumeration and downhill search (§4.6)', () => {
  it('Korea maxorder 2: six admissible models in the published order', () => {
    const ranked = rankByBic(prepareTable(data.korea), checker, { maxOrder: 2 });
    expect(ranked.map((f) => formatModel(f.model))).toEqual([
      '[12,23]',
      '[12,3]',
      '[13,23]',
      '[23,1]',
      '[13,2]',
      '[1,2,3]',
    ]);
  });

  it('UK five lists maxorder 2: 1024 admissible, best [12,13,23,25,34] 22991.33', () => {
    const ranked = rankByBic(prepareTable(data.ukdat5), checker, { maxOrder: 2 });
    expect(ranked).toHaveLength(1024);
    expect(ranked.slice(0, 3).map((f) => formatModel(f.model))).toEqual([
      '[12,13,23,25,34]',
      '[12,13,25,35,45]',
      '[12,13,23,34,5]',
    ]);
    expect(rel(ranked[0].abundance, 22991.33)).toBeLessThan(1e-6);
    expect(Math.abs(ranked[2].bic - 198.32)).toBeLessThan(1e-3);
  });

  it('Western and New Orleans (n = 186): same best models at maxorder 2 as at 4 (§3.2)', () => {
    const western = rankByBic(prepareTable(data.western), checker, { maxOrder: 2 });
    expect(formatModel(western[0].model)).toBe('[15,2,3,4]');
    expect(Math.abs(western[1].abundance - 2175.16)).toBeLessThan(0.005);
    const newOrl = rankByBic(prepareTable(data.newOrl5_186), checker, { maxOrder: 2 });
    expect(formatModel(newOrl[1].model)).toBe('[35,1,2,4]');
    expect(rel(newOrl[1].abundance, 878.27)).toBeLessThan(1e-5);
  });

  it('downhill: Korea path [1,2,3] → [12,3] → [12,23]; UK5 stops in the local minimum 12262', () => {
    const korea = downhillSearch(prepareTable(data.korea), checker, 2);
    expect(korea?.path.map((f) => formatModel(f.model))).toEqual(['[1,2,3]', '[12,3]', '[12,23]']);
    const uk5 = downhillSearch(prepareTable(data.ukdat5), checker, 4);
    expect(rel(uk5?.fit.abundance ?? 0, 12262.41)).toBeLessThan(1e-6);
    // 2024 Table 6: UK six lists downhill 12350; New Orleans five lists 981.
    const uk6 = downhillSearch(prepareTable(data.ukdat), checker, 2);
    expect(rel(uk6?.fit.abundance ?? 0, 12349.59)).toBeLessThan(1e-6);
    const newOrl = downhillSearch(prepareTable(data.newOrl5_186), checker, 4);
    expect(rel(newOrl?.fit.abundance ?? 0, 981.4314)).toBeLessThan(1e-6);
  });

  it('keeping only the best 100 models gives the same top 100 as the full ranking', () => {
    const prepared = prepareTable(data.newOrl5_186);
    const full = rankByBic(prepared, checker, { maxOrder: 4 });
    const top = rankByBic(prepared, checker, { maxOrder: 4, keepBest: 100 });
    expect(top.length).toBeLessThan(full.length);
    const gaps = top.slice(0, 100).map((fit, i) => Math.abs(fit.bic - full[i].bic));
    expect(Math.max(...gaps)).toBeLessThan(1e-8);
    expect(top[0].abundance).toBeCloseTo(full[0].abundance, 6);
  });

  it('the pruned search used in replicates picks the same model as the full ranking', () => {
    for (const [table, ntop] of [
      [data.ukdat5, 100],
      [data.western, 60],
    ] as const) {
      const candidates = rankByBic(prepareTable(table), checker, { maxOrder: 2 })
        .slice(0, ntop)
        .map((fit) => fit.model);
      for (let r = 0; r < 4; r++) {
        const prepared = prepareCounts(table.lists, resampleCounts(table.counts, randomStream(77, r)));
        const full = rankByBic(prepared, checker, { maxOrder: 2, models: candidates })[0];
        const pruned = bestByBic(prepared, checker, candidates);
        expect(pruned && formatModel(pruned.model)).toBe(formatModel(full.model));
        expect(Math.abs((pruned?.abundance ?? 0) / full.abundance - 1)).toBeLessThan(1e-9);
      }
    }
  });

  it('permuting the lists does not change the stepwise or BIC estimate', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const permuted = permuteLists(data.western, order);
        expect(rel(stepwise(permuted).fit.abundance, 2483.3839)).toBeLessThan(1e-6);
        const ranked = rankByBic(prepareTable(permuted), checker, { maxOrder: 2 });
        expect(rel(ranked[0].abundance, 2483.3839)).toBeLessThan(1e-6);
      }),
      { numRuns: 10 },
    );
  });
});
