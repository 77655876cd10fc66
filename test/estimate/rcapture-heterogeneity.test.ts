import { describe, expect, it } from 'vitest';
import { type HierarchicalModel, parseModel, popcount } from '../../src/estimate/hierarchical-model.js';
import { fitModel, type ModelFit, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { hare, lesbian } from './reference-data.js';

// Rcapture's closed-population models beyond the hierarchical ones (mse.md §5, §3.6): extra design
// columns built from the number of captures k of each history.
function column(t: number, value: (mask: number) => number): Float64Array {
  return Float64Array.from({ length: 1 << t }, (_, mask) => (mask === 0 ? 0 : value(mask)));
}

function fitWith(table: typeof hare, model: HierarchicalModel, extraColumns: Float64Array[]): ModelFit {
  const result = fitModel(prepareTable(table), model, { extraColumns });
  if (!result.ok) throw new Error(result.reason);
  return result.fit;
}

function model(t: number, text: string): HierarchicalModel {
  const parsed = parseModel(t, text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

describe('Rcapture heterogeneity and custom columns (mse.md §3.6)', () => {
  it('lesbian: Darroch [12,13,14] + k²/2 — N 7,030.66 (se 687.21), BIC 168.797', () => {
    const f = fitWith(lesbian, model(4, '[12,13,14]'), [column(4, (mask) => popcount(mask) ** 2 / 2)]);
    expect(Math.abs(f.abundance - 7030.66)).toBeLessThan(0.01);
    expect(Math.abs(f.standardError - 687.21)).toBeLessThan(0.01);
    expect(Math.abs(f.bic - 168.797)).toBeLessThan(0.001);
    const next = fitWith(lesbian, model(4, '[13,14,2]'), [column(4, (mask) => popcount(mask) ** 2 / 2)]);
    expect(Math.abs(next.bic - 169.614)).toBeLessThan(0.001);
  });

  it('hare: Mt with an indicator of 111111 — N 76.78 (se 3.91), AIC 146.08', () => {
    const f = fitWith(hare, model(6, '[1,2,3,4,5,6]'), [column(6, (mask) => (mask === 63 ? 1 : 0))]);
    expect(Math.abs(f.abundance - 76.78)).toBeLessThan(0.005);
    expect(Math.abs(f.standardError - 3.91)).toBeLessThan(0.005);
    expect(Math.abs(f.aic - 146.08)).toBeLessThan(0.005);
  });

  it('hare: Mth Poisson2 (θ^k − 1, θ = 2) — N 81.08 (se 5.57), AIC 146.33; Mt 75.07, AIC 154.50', () => {
    const f = fitWith(hare, model(6, '[1,2,3,4,5,6]'), [column(6, (mask) => 2 ** popcount(mask) - 1)]);
    expect(Math.abs(f.abundance - 81.08)).toBeLessThan(0.005);
    expect(Math.abs(f.standardError - 5.57)).toBeLessThan(0.005);
    expect(Math.abs(f.aic - 146.33)).toBeLessThan(0.005);
    const mt = fitWith(hare, model(6, '[1,2,3,4,5,6]'), []);
    expect(Math.abs(mt.abundance - 75.07)).toBeLessThan(0.005);
    expect(Math.abs(mt.aic - 154.5)).toBeLessThan(0.005);
  });

  it('hare: M0 (one capture-count column, no time effects) — N 75.43 (se 3.45), AIC 154.71', () => {
    const f = fitWith(hare, { t: 6, terms: [] }, [column(6, (mask) => popcount(mask))]);
    expect(Math.abs(f.abundance - 75.43)).toBeLessThan(0.005);
    expect(Math.abs(f.standardError - 3.45)).toBeLessThan(0.005);
    expect(Math.abs(f.aic - 154.71)).toBeLessThan(0.005);
  });
});
