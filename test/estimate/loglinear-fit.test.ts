import { describe, expect, it } from 'vitest';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { formatModel, type HierarchicalModel, parseModel } from '../../src/estimate/hierarchical-model.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import {
  fitModel,
  type ModelFit,
  type PreparedTable,
  prepareTable,
} from '../../src/estimate/loglinear-fit.js';
import { twoListEstimates } from '../../src/estimate/two-list.js';
import * as data from './reference-data.js';

function model(t: number, text: string): HierarchicalModel {
  const parsed = parseModel(t, text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

function fitText(prepared: PreparedTable, text: string): ModelFit {
  const result = fitModel(prepared, model(prepared.t, text));
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.fit;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('model notation', () => {
  it('round-trips the reference notation', () => {
    for (const text of ['[12,13,25,35,45]', '[15,2,3,4]', '[123,25,34]', '[45,1,2,3,6,7,8]', '[1,2,3,4,5]']) {
      expect(formatModel(model(text.includes('8') ? 8 : 5, text))).toBe(text);
    }
  });
  it('rejects a list that does not exist', () => {
    expect(parseModel(3, '[14]').ok).toBe(false);
    expect(parseModel(3, '12,3').ok).toBe(false);
  });
});

describe('Poisson log-linear fits (mse.md §3.3, §10.3–6)', () => {
  it('Korea: all six admissible maxorder-2 models, abundance and BIC', () => {
    const korea = prepareTable(data.korea);
    const expected: Array<[string, number, number]> = [
      ['[12,23]', 157.1667, 57.14081],
      ['[12,3]', 268.7778, 58.9686],
      ['[13,23]', 123.463, 91.89711],
      ['[23,1]', 126.1944, 138.06368],
      ['[13,2]', 126.9394, 155.16018],
      ['[1,2,3]', 141.9926, 184.14431],
    ];
    for (const [text, abundance, bic] of expected) {
      const f = fitText(korea, text);
      expect(rel(f.abundance, abundance), text).toBeLessThan(1e-6);
      expect(Math.abs(f.bic - bic), text).toBeLessThan(1e-5);
    }
  });

  it('Western [15,2,3,4] and main effects', () => {
    const western = prepareTable(data.western);
    const best = fitText(western, '[15,2,3,4]');
    expect(rel(best.abundance, 2483.3839)).toBeLessThan(1e-6);
    expect(Math.abs(best.bic - 118.7443)).toBeLessThan(1e-4);
    expect(rel(fitText(western, '[1,2,3,4,5]').abundance, 2007.1418)).toBeLessThan(1e-6);
  });

  it('UK five lists: BIC-best models and main effects', () => {
    const uk5 = prepareTable(data.ukdat5);
    const m2 = fitText(uk5, '[12,13,23,25,34]');
    expect(rel(m2.abundance, 22991.33)).toBeLessThan(1e-6);
    expect(Math.abs(m2.bic - 196.54)).toBeLessThan(1e-3);
    expect(rel(fitText(uk5, '[123,25,34]').abundance, 25311.29)).toBeLessThan(1e-6);
    expect(rel(fitText(uk5, '[1,2,3,4,5]').abundance, 13444.13)).toBeLessThan(1e-6);
    const main6 = fitText(prepareTable(data.ukdat), '[1,2,3,4,5,6]');
    expect(rel(main6.abundance, 12213.995)).toBeLessThan(1e-6);
    // Rcapture's delta-method standard error (mse.md §3.1: 676.5).
    expect(Math.abs(main6.standardError - 676.5)).toBeLessThan(0.05);
  });

  it('Seber two lists: main effects is Lincoln–Petersen', () => {
    const f = fitText(prepareTable(data.seber), '[1,2]');
    expect(f.abundance).toBeCloseTo((948 * 421) / 167, 6);
    expect(Math.abs(f.standardError - 130.38)).toBeLessThan(0.01);
  });

  it('HIV [12,3,4] (Rcapture): N, se, AIC, BIC', () => {
    const f = fitText(prepareTable(data.hiv), '[12,3,4]');
    expect(Math.abs(f.abundance - 12318.47)).toBeLessThan(0.01);
    expect(Math.abs(f.standardError - 1188.72)).toBeLessThan(0.01);
    expect(Math.abs(f.aic - 86.65)).toBeLessThan(0.001);
    // Rcapture's BIC = AIC + (log n − 2)·rank, which equals p log n − 2ℓ.
    expect(Math.abs(f.bic - 119.935)).toBeLessThan(0.001);
  });

  it('fixes a term with no overlap at −∞ and deletes its cells (§4.2)', () => {
    const a3 = prepareTable(data.artificial3);
    const f = fitText(a3, '[13,2]');
    expect(f.infiniteTerms).toEqual([0b101]);
    expect(f.mu[0b101]).toBe(0);
    expect(f.mu[0b111]).toBe(0);
    // −∞ terms still count in AIC/BIC: intercept + 3 mains + 13.
    expect(f.parameterCount).toBe(5);
  });
});

describe('existence and identifiability (Fienberg–Rinaldo LP, §4.3)', async () => {
  const solver = await loadHighsSolver();
  it('reproduces the Artificial_3 codes (Chan, Silverman & Vincent 2021, Table 3)', () => {
    const checker = cachedExistenceChecker(solver);
    const a3 = prepareTable(data.artificial3);
    const codes = [
      '[1,2,3]',
      '[12,3]',
      '[13,2]',
      '[23,1]',
      '[12,13]',
      '[12,23]',
      '[13,23]',
      '[12,13,23]',
    ].map((text) => checker.check(a3, model(3, text)).code);
    expect(codes).toEqual([0, 1, 0, 0, 1, 1, 0, 2]);
  });
  it('Korea: [12,13] and [12,13,23] fail, [12,23] passes', () => {
    const checker = cachedExistenceChecker(solver);
    const korea = prepareTable(data.korea);
    expect(checker.check(korea, model(3, '[12,13]')).code).not.toBe(0);
    expect(checker.check(korea, model(3, '[12,13,23]')).code).not.toBe(0);
    expect(checker.check(korea, model(3, '[12,23]')).code).toBe(0);
  });
});

describe('two lists in closed form (mse.md §3.6)', () => {
  it('Seber p.107: Lincoln–Petersen 2389.87 equals the Poisson main-effects fit; Chapman 2382.80', () => {
    const estimates = twoListEstimates(data.seber);
    expect(Math.abs((estimates?.lincolnPetersen ?? 0) - 2389.87)).toBeLessThan(0.005);
    expect(Math.abs((estimates?.chapman ?? 0) - 2382.8)).toBeLessThan(0.005);
    expect(estimates?.lincolnPetersen).toBeCloseTo(fitText(prepareTable(data.seber), '[1,2]').abundance, 6);
    expect(twoListEstimates(data.korea)).toBeNull();
  });
});
