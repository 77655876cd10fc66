import { describe, expect, it } from 'vitest';
import { aicStepwiseSelect, waldPValue } from '../../src/estimate/aic-stepwise.js';
import { describeInteractions, parseModel } from '../../src/estimate/hierarchical-model.js';
import { fitModel, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { profileInterval } from '../../src/estimate/profile-likelihood.js';
import { hiv, seber, ukdat, ukdat4, ukdat5 } from './reference-data.js';

const data = { hiv, seber, ukdat, ukdat4, ukdat5 };

describe('Home Office AIC stepwise with Wald stop (mse.md §4.5, §3.1)', () => {
  // [data, threshold, Poisson N, se, profile N, 95% CI, 80% CI, interactions in order added]
  const table: Array<[string, number, number, number, number, [number, number], [number, number], string]> = [
    ['ukdat', 0, 12214.0, 676.5, 12208.6, [10983.9, 13648.2], [11386.0, 13122.9], ''],
    ['ukdat', 0.001, 14217.8, 893.2, 14211.1, [12608.4, 16131.1], [13131.4, 15426.1], 'PF:NCA LA:NG'],
    [
      'ukdat',
      0.05,
      11418.0,
      809.2,
      11408.9,
      [9982.3, 13181.7],
      [10442.3, 12522.9],
      'PF:NCA LA:NG NG:GP LA:PF PF:GP GO:GP NG:GO',
    ],
    ['ukdat5', 0, 13444.1, 806.9, 13437.9, [11985.1, 15165.9], [12460.3, 14532.9], ''],
    [
      'ukdat5',
      0.05,
      11313.0,
      802.7,
      11303.9,
      [9889.2, 13063.1],
      [10345.3, 12409.2],
      'LA:NG NG:GP PFNCA:GP LA:PFNCA GO:GP NG:GO',
    ],
    ['ukdat4', 0.001, 11987.1, 828.8, 11979.8, [10507.4, 13780.6], [10984.6, 13114.9], 'LA:NG LA:PFNCA'],
    ['ukdat4', 0.05, 11015.2, 805.2, 11006.9, [9587.7, 12771.9], [10045.2, 12115.9], 'LA:NG LA:PFNCA NG:GO'],
  ];
  for (const [name, threshold, poisson, se, profileN, ci95, ci80, added] of table) {
    it(`${name}, Wald p ≤ ${threshold}`, () => {
      const prepared = prepareTable(data[name as keyof typeof data]);
      const result = aicStepwiseSelect(prepared, threshold);
      if (!result) throw new Error('no fit');
      const interactions = result.steps
        .filter((s) => s.accepted)
        .flatMap((s) => describeInteractions({ t: prepared.t, terms: [s.added] }, prepared.lists));
      expect(interactions.join(' ')).toBe(added);
      expect(Math.abs(result.fit.abundance - poisson)).toBeLessThan(0.06);
      expect(Math.abs(result.fit.standardError - se)).toBeLessThan(0.06);
      const p95 = profileInterval(prepared, result.fit.model, result.fit.abundance, 0.95);
      const p80 = profileInterval(prepared, result.fit.model, result.fit.abundance, 0.8);
      // Rcapture's optimize/uniroot tolerances and Stirling correction: agreement to ~0.1.
      expect(Math.abs((p95?.estimate ?? 0) - profileN)).toBeLessThan(0.15);
      expect(Math.abs((p95?.lower ?? 0) - ci95[0])).toBeLessThan(0.15);
      expect(Math.abs((p95?.upper ?? 0) - ci95[1])).toBeLessThan(0.15);
      expect(Math.abs((p80?.lower ?? 0) - ci80[0])).toBeLessThan(0.15);
      expect(Math.abs((p80?.upper ?? 0) - ci80[1])).toBeLessThan(0.15);
    });
  }

  it('Wald p-values are two-sided normal tail probabilities', () => {
    expect(waldPValue(1.96, 1)).toBeCloseTo(0.05, 4);
    expect(waldPValue(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('Rcapture profile-likelihood intervals (mse.md §3.6)', () => {
  const interval = (name: 'hiv' | 'seber', text: string) => {
    const prepared = prepareTable(data[name]);
    const model = parseModel(prepared.t, text);
    if (!model.ok) throw new Error(text);
    const fit = fitModel(prepared, model.value);
    if (!fit.ok) throw new Error(text);
    return profileInterval(prepared, model.value, fit.fit.abundance, 0.95);
  };
  it('HIV [12,3,4]: profile N 12,308.03, CI 10,266.0–14,992.3', () => {
    const ci = interval('hiv', '[12,3,4]');
    expect(Math.abs((ci?.estimate ?? 0) - 12308.03)).toBeLessThan(0.1);
    expect(Math.abs((ci?.lower ?? 0) - 10266.0)).toBeLessThan(0.1);
    expect(Math.abs((ci?.upper ?? 0) - 14992.3)).toBeLessThan(0.1);
  });
  it('HIV [1,2,3,4] and Seber two lists', () => {
    const hiv = interval('hiv', '[1,2,3,4]');
    expect(Math.abs((hiv?.lower ?? 0) - 9531.7)).toBeLessThan(0.1);
    expect(Math.abs((hiv?.upper ?? 0) - 13114.1)).toBeLessThan(0.1);
    const seber = interval('seber', '[1,2]');
    expect(Math.abs((seber?.estimate ?? 0) - 2386.27)).toBeLessThan(0.01);
    expect(Math.abs((seber?.lower ?? 0) - 2156.0)).toBeLessThan(0.1);
    expect(Math.abs((seber?.upper ?? 0) - 2670.3)).toBeLessThan(0.1);
  });
});
