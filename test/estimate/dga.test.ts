import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { decomposableGraphs } from '../../src/estimate/decomposable-graphs.js';
import { dgaPosterior, summarisePosterior } from '../../src/estimate/dga.js';
import * as data from './reference-data.js';

const missing = Array.from({ length: 300 }, (_, i) => i + 1);

function ranked(probabilities: number[]) {
  return probabilities
    .map((probability, index) => ({ probability, index }))
    .sort((a, b) => b.probability - a.probability);
}

describe('decomposable graphs (mse.md §6)', () => {
  it('generates 8, 61 and 822 graphs for 3, 4 and 5 lists', () => {
    expect([3, 4, 5].map((p) => decomposableGraphs(p).length)).toEqual([8, 61, 822]);
  });
  it('a 4-cycle with a chord has two triangle cliques and one edge separator', () => {
    const graph = decomposableGraphs(4).find((g) => g.edges.length === 5 && g.cliques.length === 2);
    expect(graph?.separators).toHaveLength(1);
    expect(graph?.separators[0].toString(2).replace(/0/g, '')).toBe('11');
  });
});

describe('dga Bayesian model averaging: Madigan & York examples (mse.md §6)', () => {
  it('three lists with the negative-binomial prior', () => {
    const a = 13.14;
    const b = 55.17;
    const result = dgaPosterior(data.madiganYork3, {
      missing,
      delta: 1,
      logPrior: (n) =>
        n * Math.log(b) - (n + a) * Math.log(1 + b) + gammaln(n + a) - gammaln(n + 1) - gammaln(a),
    });
    const order = ranked(result.modelProbabilities);
    expect(order.map((o) => Number(o.probability.toFixed(4)))).toEqual([
      0.3738, 0.3099, 0.2818, 0.0345, 0, 0, 0, 0,
    ]);
    // Top model: lists 1 and 2 dependent, 3 independent.
    expect([...result.graphs[order[0].index].cliques].sort()).toEqual([0b011, 0b100].sort());
    const top = summarisePosterior(result.totals, result.weights[order[0].index]);
    expect(Math.round(top.bayes)).toBe(731);
    expect(top.mode).toBe(729);
    const averaged = summarisePosterior(result.totals, result.posterior);
    expect(Math.abs(averaged.bayes - 731.1)).toBeLessThan(0.01);
    expect(averaged.mode).toBe(728);
  });

  it('five lists with p(N) ∝ 1/N: the dgaFast README table', () => {
    const result = dgaPosterior(data.madiganYork5, { missing, delta: 0.5 });
    const top5 = ranked(result.modelProbabilities).slice(0, 5);
    expect(top5.map((o) => Number(o.probability.toFixed(3)))).toEqual([0.217, 0.16, 0.082, 0.065, 0.052]);
    const summaries = top5.map((o) => summarisePosterior(result.totals, result.weights[o.index]));
    expect(summaries.map((s) => Math.round(s.bayes))).toEqual([627, 615, 613, 610, 616]);
    expect(summaries.map((s) => s.mode)).toEqual([624, 614, 610, 608, 614]);
    // Quantiles by interpolation of the cumulative posterior: within one person of the table.
    summaries.forEach((s, i) => {
      expect(Math.abs(s.quantile(0.025) - [598, 591, 586, 585, 591][i])).toBeLessThanOrEqual(1);
      expect(Math.abs(s.quantile(0.975) - [663, 645, 648, 640, 647][i])).toBeLessThanOrEqual(1);
    });
    const averaged = summarisePosterior(result.totals, result.posterior);
    expect(Math.abs(averaged.bayes - 616.9)).toBeLessThan(0.05);
    expect(averaged.mode).toBe(614);
  });

  it('model probabilities and the posterior of N each sum to one', () => {
    const result = dgaPosterior(data.kosovo, {
      missing: Array.from({ length: 50 }, (_, i) => i * 200),
      delta: 1 / 16,
    });
    expect(result.modelProbabilities.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(result.posterior.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });
});
