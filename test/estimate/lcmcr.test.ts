import { describe, expect, it } from 'vitest';
import type { CaptureTable } from '../../src/estimate/capture-table.js';
import { mainEffects } from '../../src/estimate/hierarchical-model.js';
import { lcmcr, splitRhat } from '../../src/estimate/lcmcr.js';
import { fitModel, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { randomStream } from '../../src/estimate/random.js';

/** A population of `size` people in latent classes, each class with its own list probabilities. */
function simulate(
  size: number,
  classes: Array<{ share: number; probabilities: number[] }>,
  seed: number,
): CaptureTable {
  const random = randomStream(seed);
  const t = classes[0].probabilities.length;
  const counts = new Array<number>(1 << t).fill(0);
  for (let person = 0; person < size; person++) {
    const u = random();
    let cumulative = 0;
    const latent =
      classes.find((c) => {
        cumulative += c.share;
        return u < cumulative;
      }) ?? classes[classes.length - 1];
    let mask = 0;
    latent.probabilities.forEach((p, j) => {
      if (random() < p) mask |= 1 << j;
    });
    counts[mask]++;
  }
  counts[0] = 0;
  return { lists: Array.from({ length: t }, (_, j) => `L${j + 1}`), counts };
}

function quantile(draws: number[], q: number): number {
  const sorted = [...draws].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))];
}

describe('LCMCR latent-class estimation (mse.md §7)', () => {
  it('with independent lists: covers the true 1500, agrees with the main-effects MLE, chains agree', () => {
    const table = simulate(1500, [{ share: 1, probabilities: [0.3, 0.25, 0.2, 0.3] }], 1);
    const mle = fitModel(prepareTable(table), mainEffects(4));
    if (!mle.ok) throw new Error('main effects');
    const result = lcmcr(table, { classes: 4, burnin: 1000, samples: 500, thinning: 5, chains: 2, seed: 5 });
    const draws = result.chains.flat();
    expect(quantile(draws, 0.025)).toBeLessThan(1500);
    expect(quantile(draws, 0.975)).toBeGreaterThan(1500);
    expect(Math.abs(quantile(draws, 0.5) / mle.fit.abundance - 1)).toBeLessThan(0.03);
    expect(result.rhat).toBeLessThan(1.1);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(result.n);
  });

  it('is reproducible from its seed', () => {
    const table = simulate(400, [{ share: 1, probabilities: [0.4, 0.3, 0.5] }], 3);
    const options = { burnin: 50, samples: 20, thinning: 2, chains: 2, seed: 9 };
    expect(lcmcr(table, options).chains).toEqual(lcmcr(table, options).chains);
    expect(lcmcr(table, { ...options, seed: 10 }).chains).not.toEqual(lcmcr(table, options).chains);
  });

  it('split-R̂ is about 1 for agreeing chains and large for chains that disagree', () => {
    const random = randomStream(1);
    const noise = () => Array.from({ length: 200 }, () => random());
    expect(splitRhat([noise(), noise(), noise()])).toBeLessThan(1.05);
    expect(splitRhat([noise(), noise().map((x) => x + 5)])).toBeGreaterThan(2);
  });
});
