import { describe, expect, it } from 'vitest';
import { bcaLimits, jackknifeAcceleration } from '../../src/estimate/bca.js';
import { rankByBic } from '../../src/estimate/bic-search.js';
import type { CaptureTable } from '../../src/estimate/capture-table.js';
import { sharedExistenceChecker } from '../../src/estimate/highs-lp.js';
import { prepareCounts, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { ESTIMATE_METHODS, METHODS, runEstimate } from '../../src/estimate/methods.js';
import { EstimateCancelled } from '../../src/estimate/options.js';
import { randomStream, resampleCounts } from '../../src/estimate/random.js';
import * as data from './reference-data.js';

const checker = await sharedExistenceChecker();

describe('the method registry', () => {
  it('has an entry for every method name', () => {
    expect(Object.keys(METHODS).sort()).toEqual([...ESTIMATE_METHODS].sort());
  });

  it('checks each method’s lists and the options’ ranges once, with the caller’s paths', async () => {
    const dga = await runEstimate(data.ukdat, { method: 'dga' });
    expect(dga).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'method', code: 'unsupported', found: '6' })],
    });
    const order = await runEstimate(
      data.korea,
      { method: 'bic', maxOrder: 3, bootstrap: -1 },
      {},
      {
        method: 'm',
        maxOrder: 'o',
        threshold: 't',
        bootstrap: 'b',
        seed: 's',
        level: 'l',
        ntop: 'n',
        prior: 'p',
      },
    );
    expect(order.ok ? [] : order.problems.map((p) => p.path)).toEqual(['o', 'b']);
  });

  it('says, whatever the method, when lists sharing nobody allow no estimate, and when they rest on independence', async () => {
    const two: CaptureTable = { lists: ['police', 'ngo'], counts: [0, 50, 40, 0] };
    expect(await runEstimate(two, { method: 'stepwise' })).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: '',
          code: 'no_overlap',
          message: expect.stringMatching(/share nobody/),
        }),
      ],
    });
    // Three lists that share nobody: not even the model of independent lists has an MLE.
    const alone: CaptureTable = { lists: ['police', 'ngo', 'health'], counts: [0, 40, 30, 0, 25, 0, 0, 0] };
    for (const method of ESTIMATE_METHODS) {
      const outcome = await runEstimate(alone, { method });
      expect(outcome.ok === false && outcome.problems, method).toEqual([
        expect.objectContaining({
          code: 'no_overlap',
          message: expect.stringContaining('police; ngo; health'),
        }),
      ]);
    }
    // police and ngo share people, health shares nobody with either: the model of independent lists
    // has an MLE (as MultipleSystemsEstimation estimates its Artificial_3 table), so every method
    // estimates, and says first that the estimate rests on independence across the groups.
    const apart: CaptureTable = { lists: ['police', 'ngo', 'health'], counts: [0, 40, 30, 10, 25, 0, 0, 0] };
    for (const method of ESTIMATE_METHODS) {
      const outcome = await runEstimate(apart, { method });
      expect(outcome.ok && outcome.report.warnings[0], method).toMatch(
        /groups that share nobody \(police and ngo; health\).*rests only on the model/,
      );
    }
    // R's own tables of that shape, estimated from the command line and the API as R does
    // (MultipleSystemsEstimation 1.2.0, run here: stepwise 539.0939 and 1110.488).
    for (const [table, expected] of [
      [data.artificial3, 539.0939],
      [data.newOrl186, 1110.4881],
    ] as const) {
      const outcome = await runEstimate(table, { method: 'stepwise' });
      expect(outcome.ok && Math.abs(outcome.report.estimate / expected - 1)).toBeLessThan(1e-6);
    }
    const linked: CaptureTable = { ...apart, counts: [0, 40, 30, 10, 25, 3, 0, 0] };
    expect((await runEstimate(linked, { method: 'stepwise' })).ok).toBe(true);
  });

  it('says which options a method ignores', async () => {
    const dga = await runEstimate(data.korea, { method: 'dga', bootstrap: 10, ntop: 3 });
    expect(dga.ok && dga.report.warnings.filter((w) => /ignored/.test(w))).toHaveLength(2);
    const bic = await runEstimate(data.korea, { method: 'bic', ntop: 3 });
    expect(bic.ok && bic.report.warnings.join(' ')).toMatch(/only with bootstrap replicates/);
  });

  it('reports progress by stage and stops when told to', async () => {
    const stages = new Set<string>();
    const done = await runEstimate(
      data.western,
      { method: 'bic', maxOrder: 2, bootstrap: 20 },
      { onProgress: (p) => stages.add(p.stage) },
    );
    expect(done.ok).toBe(true);
    expect([...stages]).toEqual(['models', 'bootstrap', 'jackknife']);
    let calls = 0;
    const signal = {
      get aborted() {
        return ++calls > 3;
      },
    };
    await expect(
      runEstimate(data.western, { method: 'stepwise', bootstrap: 50 }, { signal }),
    ).rejects.toThrow(EstimateCancelled);
  });
});

/**
 * R's matrix by brute force: every candidate fitted in every replicate and deletion (no pruning),
 * the best of the first k taken for each k, BCa limits from each row.
 */
function bruteForceRows(table: CaptureTable, ntop: number, replicates: number, seed: number) {
  const prepared = prepareTable(table);
  const ranked = rankByBic(prepared, checker, { maxOrder: 2 });
  const candidates = ranked.slice(0, ntop).map((fit) => fit.model);
  const cumulative = (counts: number[]) => {
    const fits = rankByBic(prepareCounts(table.lists, counts), checker, { maxOrder: 2, models: candidates });
    // rankByBic sorts; restore candidate order by looking each candidate up.
    const byModel = new Map(fits.map((fit) => [fit.model.terms.join(','), fit]));
    let best = { bic: Number.POSITIVE_INFINITY, estimate: Number.NaN };
    return candidates.map((model) => {
      const fit = byModel.get(model.terms.join(','));
      if (fit && fit.bic < best.bic) best = { bic: fit.bic, estimate: fit.abundance };
      return best.estimate;
    });
  };
  const boots = Array.from({ length: replicates }, (_, r) =>
    cumulative(resampleCounts(table.counts, randomStream(seed, r))),
  );
  const weights: number[] = [];
  const deletions: number[][] = [];
  for (let mask = 1; mask < table.counts.length; mask++) {
    if (table.counts[mask] === 0) continue;
    const counts = [...table.counts];
    counts[mask] -= 1;
    weights.push(table.counts[mask]);
    deletions.push(cumulative(counts));
  }
  return candidates.map((_, k) => {
    const acceleration = jackknifeAcceleration(
      weights,
      deletions.map((row) => row[k]),
    );
    const estimates = boots.map((row) => row[k]).filter((x) => Number.isFinite(x));
    return bcaLimits(ranked[0].abundance, estimates, acceleration, [0.025, 0.975]).limits;
  });
}

describe('BIC intervals by number of top models (R’s BCaquantiles)', () => {
  it.each([
    ['Korea', data.korea, 6],
    ['Western', data.western, 25],
  ] as const)(
    '%s: the rows equal a brute-force computation, nested and ending at the interval',
    async (_, table, ntop) => {
      const outcome = await runEstimate(table, { method: 'bic', maxOrder: 2, bootstrap: 60, seed: 3, ntop });
      if (!outcome.ok) throw new Error('no estimate');
      const rows = outcome.report.topIntervals ?? [];
      const expected = bruteForceRows(table, ntop, 60, 3);
      // Rows cover 1…ntop once, in order.
      expect(rows[0].from).toBe(1);
      rows.forEach((row, i) => {
        expect(row.models).toHaveLength(row.to - row.from + 1);
        if (i > 0) expect(row.from).toBe(rows[i - 1].to + 1);
        for (let k = row.from; k <= row.to; k++) {
          expect(row.lower).toBeCloseTo(expected[k - 1][0], 6);
          expect(row.upper).toBeCloseTo(expected[k - 1][1], 6);
        }
      });
      expect(rows.at(-1)?.to).toBe(ntop);
      expect(rows.at(-1)?.lower).toBe(outcome.report.interval?.lower);
      expect(rows.at(-1)?.upper).toBe(outcome.report.interval?.upper);
    },
  );
});
