// The bootstrap intervals beside R's (issue 14, item 3): MultipleSystemsEstimation 1.2.0 on R 4.2.2,
// iseed = 1234, 1000 replicates, BCa. R's figures are the issue's, checked (and for UK five lists
// corrected) by running that package here; ours use seed 1234 too, but the
// two programs draw different replicates, so each limit is a Monte Carlo draw on both sides.
//
// Tolerance, derived: over 20 seeds (1234, 2, …, 20) our limit has standard deviation s (below,
// per limit). R's limit, from the same procedure with 1000 replicates, has about the same s, so
// ours minus R's has sd √2·s when both estimate the same thing; we accept |ours − R| ≤ 3·√2·s
// (a false alarm about 3 times in 1000 per limit). The spread was measured on this machine with
// these commands; the 20-seed means are in the comments, beside R's figure.
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/estimate/methods.js';
import { korea, ukdat, ukdat5 } from './reference-data.js';

const within = (s: number) => 3 * Math.SQRT2 * s;

async function bootstrap(table: typeof korea, options: Parameters<typeof runEstimate>[1]) {
  const outcome = await runEstimate(table, { ...options, bootstrap: 1000, seed: 1234 });
  if (!outcome.ok) throw new Error(outcome.problems[0].message);
  return outcome.report;
}

describe('BCa intervals beside MultipleSystemsEstimation’s (1000 replicates)', () => {
  it('Korea, BIC: R’s rows by number of top models, the same models in each', async () => {
    const report = await bootstrap(korea, { method: 'bic' });
    const rows = report.topIntervals ?? [];
    expect(rows.map((row) => [row.from, row.to, row.models])).toEqual([
      [1, 1, ['[12,23]']],
      [2, 3, ['[12,3]', '[13,23]']],
      [4, 6, ['[23,1]', '[13,2]', '[1,2,3]']],
    ]);
    // R, then our 20-seed mean (sd): row 1 130.78 (131.15, 0.81) – 248.78 (260.19, 11.29);
    // rows 2–3 129.73 (129.87, 0.74) – 348.00 (360.45, 8.39); rows 4–6 128.31 (129.03, 0.84) –
    // 349.71 (361.59, 8.38).
    const r = [
      { lower: [130.78, 0.81], upper: [248.78, 11.29] },
      { lower: [129.73, 0.74], upper: [348.0, 8.39] },
      { lower: [128.31, 0.84], upper: [349.71, 8.38] },
    ];
    rows.forEach((row, i) => {
      expect(Math.abs(row.lower - r[i].lower[0]), `row ${row.from} lower`).toBeLessThanOrEqual(
        within(r[i].lower[1]),
      );
      expect(Math.abs(row.upper - r[i].upper[0]), `row ${row.from} upper`).toBeLessThanOrEqual(
        within(r[i].upper[1]),
      );
    });
    // The last row is the interval.
    expect([report.interval?.lower, report.interval?.upper]).toEqual([rows[2].lower, rows[2].upper]);
  });

  it('UK 2013 six lists, stepwise p < 0.02', { timeout: 600_000 }, async () => {
    const { interval } = await bootstrap(ukdat, { method: 'stepwise', threshold: 0.02 });
    // R 9,266.96 – 14,306.76; ours over 20 seeds 8,984 (sd 349) – 14,368 (sd 244).
    expect(Math.abs((interval?.lower ?? 0) - 9266.96)).toBeLessThanOrEqual(within(349));
    expect(Math.abs((interval?.upper ?? 0) - 14306.76)).toBeLessThanOrEqual(within(244));
  });

  it('UK 2013 five lists, BIC maxorder 2: R’s rows by number of top models', {
    timeout: 600_000,
  }, async () => {
    const report = await bootstrap(ukdat5, { method: 'bic', maxOrder: 2 });
    const rows = report.topIntervals ?? [];
    const row = (k: number) => rows.find((r) => r.from <= k && k <= r.to);
    expect(rows.at(-1)?.to).toBe(100);
    // R's matrix, printed by the package itself on this machine (MultipleSystemsEstimation 1.2.0
    // built from its source, R 4.2.2, iseed 1234), then our 20-seed mean (sd): row 1, the best
    // model fixed, 18,106.38 (18,062, 226) – 29,584.46 (29,699, 429); row 2 11,957.30 (11,995, 74)
    // – 35,673.00 (37,259, 2,375); row 3 11,699.98 (11,754, 68) – 38,673.80 (39,900, 2,177);
    // row 100, the selection among all retained models, 11,723.00 (11,701, 113) – 43,894.08
    // (43,013, 3,208). (The table gave R's last row for every row; R's own output shows
    // the rows widen as models are let in, as ours do.)
    const r = [
      { k: 1, model: '[12,13,23,25,34]', lower: [18106.38, 226], upper: [29584.46, 429] },
      { k: 2, model: '[12,13,25,35,45]', lower: [11957.3, 74], upper: [35673.0, 2375] },
      { k: 3, model: '[12,13,23,34,5]', lower: [11699.98, 68], upper: [38673.8, 2177] },
      { k: 100, model: undefined, lower: [11723.0, 113], upper: [43894.08, 3208] },
    ];
    for (const { k, model, lower, upper } of r) {
      const ours = row(k);
      if (model && ours) expect(ours.models[k - ours.from], `row ${k}`).toBe(model);
      expect(Math.abs((ours?.lower ?? 0) - lower[0]), `row ${k} lower`).toBeLessThanOrEqual(within(lower[1]));
      expect(Math.abs((ours?.upper ?? 0) - upper[0]), `row ${k} upper`).toBeLessThanOrEqual(within(upper[1]));
    }
    // The last row is the interval.
    expect([report.interval?.lower, report.interval?.upper]).toEqual([
      rows.at(-1)?.lower,
      rows.at(-1)?.upper,
    ]);
  });
});
