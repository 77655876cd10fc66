import { describe, expect, it } from 'vitest';
import { bcaLimits, normalCdf, quantileType8 } from '../../src/estimate/bca.js';
import { bootstrapReplicates, selectionAcceleration } from '../../src/estimate/bootstrap.js';
import type { CaptureTable } from '../../src/estimate/capture-table.js';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import { prepareTable } from '../../src/estimate/loglinear-fit.js';
import { runBootstrap } from '../../src/estimate/parallel/bootstrap-pool.js';
import { randomStream, resampleCounts } from '../../src/estimate/random.js';
import { type SelectionOptions, selectModel } from '../../src/estimate/selection.js';
import * as data from './reference-data.js';

const checker = cachedExistenceChecker(await loadHighsSolver());

function task(table: CaptureTable, options: SelectionOptions, replicates: number, seed = 1234) {
  return { lists: [...table.lists], counts: [...table.counts], options, seed, from: 0, to: replicates };
}

function bca(table: CaptureTable, options: SelectionOptions, replicates: number) {
  const estimate = selectModel(prepareTable(table), checker, options)?.fit.abundance ?? Number.NaN;
  const boots = bootstrapReplicates(task(table, options, replicates), checker).estimates;
  const acceleration = selectionAcceleration(task(table, options, 0), checker);
  return bcaLimits(estimate, boots, acceleration, [0.025, 0.975]).limits;
}

describe('jackknife acceleration (mse.md §3.3, §4.7)', () => {
  it('Korea: main effects −0.001934882, BIC maxorder 2 −0.008783628', () => {
    const main = selectionAcceleration(task(data.korea, { method: 'main' }, 0), checker);
    expect(Math.abs(main - -0.001934882)).toBeLessThan(1e-9);
    const bic = selectionAcceleration(task(data.korea, { method: 'bic', maxOrder: 2 }, 0), checker);
    expect(Math.abs(bic - -0.008783628)).toBeLessThan(1e-9);
    const downhill = selectionAcceleration(task(data.korea, { method: 'downhill', maxOrder: 2 }, 0), checker);
    expect(Math.abs(downhill - -0.008783628)).toBeLessThan(1e-9);
  });
});

describe('bootstrap resampling', () => {
  it('keeps the number of people and only resamples observed patterns', () => {
    const counts = resampleCounts(data.western.counts, randomStream(7, 3));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(345);
    counts.forEach((count, mask) => {
      if (data.western.counts[mask] === 0) expect(count).toBe(0);
    });
  });

  it('is reproducible from the seed and independent of how replicates are split', async () => {
    const whole = bootstrapReplicates(task(data.korea, { method: 'stepwise' }, 40), checker).estimates;
    const parts = [
      ...bootstrapReplicates({ ...task(data.korea, { method: 'stepwise' }, 40), to: 15 }, checker).estimates,
      ...bootstrapReplicates({ ...task(data.korea, { method: 'stepwise' }, 40), from: 15 }, checker)
        .estimates,
    ];
    expect(parts).toEqual(Array.from(whole));
    const pooled = await runBootstrap(task(data.korea, { method: 'stepwise' }, 40), { chunk: 7 });
    expect(Array.from(pooled.estimates)).toEqual(Array.from(whole));
    const other = bootstrapReplicates(task(data.korea, { method: 'stepwise' }, 40, 99), checker).estimates;
    expect(Array.from(other)).not.toEqual(Array.from(whole));
  });
});

describe('BCa limits', () => {
  it('R type-8 quantiles and the normal CDF', () => {
    const x = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantileType8(x, 0.1)).toBeCloseTo(1 + 1 / 3 + 1 / 30, 12);
    expect(quantileType8(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantileType8(x, 0)).toBe(1);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 12);
  });

  it('with no bias and no acceleration they are the percentile limits', () => {
    const replicates = Array.from({ length: 999 }, (_, i) => i + 1);
    const { limits, z0 } = bcaLimits(500, replicates, 0, [0.025, 0.975]);
    // 499 of 999 replicates lie below the estimate: z0 = Φ⁻¹(499/999), almost 0.
    expect(Math.abs(z0)).toBeLessThan(0.01);
    expect(Math.abs(limits[0] - 25)).toBeLessThan(1.5);
    expect(Math.abs(limits[1] - 975)).toBeLessThan(1.5);
  });

  // Published limits need R's RNG; we compare distributionally (mse.md §4.7, §10).
  it('New Orleans (n = 185) main effects: (644, 1618) within 7%', () => {
    const [lower, upper] = bca(data.newOrl185, { method: 'main' }, 1000);
    expect(Math.abs(lower / 644 - 1)).toBeLessThan(0.07);
    expect(Math.abs(upper / 1618 - 1)).toBeLessThan(0.07);
  });

  it('Korea BIC (2024, Table 3, all six models): 95% (128, 349) and 80% (135, 288) within 6%', () => {
    const options: SelectionOptions = { method: 'bic', maxOrder: 2 };
    const estimate = selectModel(prepareTable(data.korea), checker, options)?.fit.abundance ?? Number.NaN;
    const boots = bootstrapReplicates(task(data.korea, options, 1000), checker).estimates;
    const acceleration = selectionAcceleration(task(data.korea, options, 0), checker);
    const { limits } = bcaLimits(estimate, boots, acceleration, [0.025, 0.1, 0.9, 0.975]);
    [128, 135, 288, 349].forEach((published, i) => {
      expect(Math.abs(limits[i] / published - 1)).toBeLessThan(0.06);
    });
  });

  it('Western stepwise: (1293, 3670) within 20% (the lower limit sits in the extreme tail)', () => {
    const [lower, upper] = bca(data.western, { method: 'stepwise' }, 500);
    expect(Math.abs(lower / 1293 - 1)).toBeLessThan(0.2);
    expect(Math.abs(upper / 3670 - 1)).toBeLessThan(0.2);
  });
});
