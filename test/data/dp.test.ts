import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { describe, expect, it } from 'vitest';
import { dpRelease, projectOntoSimplex, roundKeepingTotal } from '../../src/data/dp-release.js';
import {
  bernoulliExp,
  cryptoSource,
  discreteLaplace,
  parseRational,
  type UniformSource,
} from '../../src/data/dp-sampler.js';
import { countLattice, lattice, maskOf, orderedCells, project } from '../../src/data/table-lattice.js';
import { runCli, tempFile } from '../support/cli.js';
import { seededRandom } from '../support/ctdc-generator.js';

/** A seeded source, so that the statistical tests below are the same on every run. */
function seededSource(seed: number): UniformSource {
  const random = seededRandom(seed);
  return {
    below(n) {
      const bits = (n - 1n).toString(2).length;
      const words = Math.ceil(bits / 32);
      const mask = (1n << BigInt(bits)) - 1n;
      for (;;) {
        let x = 0n;
        for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(Math.floor(random() * 2 ** 32));
        x &= mask;
        if (x < n) return x;
      }
    },
  };
}

/** Chi-square goodness of fit: the p-value of observed counts against expected ones. */
function pValue(observed: number[], expected: number[]): number {
  const statistic = observed.reduce((s, o, i) => s + (o - expected[i]) ** 2 / expected[i], 0);
  return 1 - chisquareCdf(statistic, observed.length - 1);
}

describe('exact DP samplers (Canonne, Kamath & Steinke 2020)', () => {
  it('Bernoulli(exp(−γ)) comes up with probability exp(−γ), for γ below, at and above 1', () => {
    const source = seededSource(1);
    const n = 20_000;
    for (const gamma of ['0.5', '1', '2.5']) {
      const g = parseRational(gamma);
      if (!g) throw new Error('bad γ');
      let hits = 0;
      for (let i = 0; i < n; i++) if (bernoulliExp(g, source)) hits++;
      const p = Math.exp(-Number(gamma));
      expect(Math.abs(hits - n * p)).toBeLessThan(4.5 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('discrete Laplace with scale 1/ε has P(x) ∝ exp(−ε|x|) (chi-square test, ε = 1 and 0.5)', () => {
    for (const [epsilon, seed] of [
      ['1', 2],
      ['0.5', 3],
    ] as const) {
      const e = parseRational(epsilon);
      if (!e) throw new Error('bad ε');
      const source = seededSource(seed);
      const n = 30_000;
      const edge = 6;
      const observed = new Array<number>(2 * edge + 1).fill(0);
      for (let i = 0; i < n; i++) {
        const x = Number(discreteLaplace({ num: e.den, den: e.num }, source));
        observed[Math.max(-edge, Math.min(edge, x)) + edge]++;
      }
      const q = Math.exp(-Number(epsilon));
      const mass = (x: number) => ((1 - q) / (1 + q)) * q ** Math.abs(x);
      // The two end bins hold their tails: Σ_{|x| ≥ edge} on one side = mass(edge) / (1 − q).
      const expected = observed.map((_, i) => {
        const x = i - edge;
        return n * (Math.abs(x) === edge ? mass(edge) / (1 - q) : mass(x));
      });
      expect(pValue(observed, expected)).toBeGreaterThan(1e-4);
      // And the noise is centred: the mean of n draws is near 0.
      const mean = observed.reduce((s, o, i) => s + o * (i - edge), 0) / n;
      expect(Math.abs(mean)).toBeLessThan(0.1);
    }
  });

  it('the cryptographic source gives uniform integers (no modulo bias)', () => {
    const source = cryptoSource();
    const n = 30_000;
    const observed = new Array<number>(6).fill(0);
    for (let i = 0; i < n; i++) observed[Number(source.below(6n))]++;
    expect(
      pValue(
        observed,
        observed.map(() => n / 6),
      ),
    ).toBeGreaterThan(1e-5);
  });
});

describe('differentially private release', () => {
  it('post-processing: non-negative, whole, consistent margins, the noisy total kept', () => {
    expect(projectOntoSimplex([3, -1, 0.5], 3)).toEqual([2.75, 0, 0.25]);
    expect(roundKeepingTotal([2.75, 0, 0.25], 3)).toEqual([3, 0, 0]);
    const l = lattice(
      ['a', 'b'],
      [
        ['x', 'y', null],
        ['u', 'v'],
      ],
    );
    const counts = countLattice(l, [
      [[0, 0], 40],
      [[1, 1], 3],
      [[2, 0], 17],
    ]);
    const released = dpRelease(l, counts, { num: 1n, den: 1n }, seededSource(4));
    for (const id of orderedCells(l)) expect(released.counts[id]).toBeGreaterThanOrEqual(0);
    // Every margin is the sum of the cells under it (here: the total, over the finest cells).
    const finestSum = orderedCells(l)
      .filter((id) => maskOf(l, id) === 3)
      .reduce((s, id) => s + released.counts[id], 0);
    expect(released.counts[project(l, 0, 0)]).toBe(finestSum);
    expect(released.privacy).toMatchObject({ method: 'dp', epsilon: 1, delta: 0 });
  });

  it('spends the budget in the ledger and refuses a release past it, saying how much is spent', async () => {
    const file = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';
    const ledger = tempFile('', 'dp.json').replace(/dp\.json$/, 'fresh-dp.json');
    const first = await runCli([
      'aggregate',
      file,
      '--by',
      'gender',
      '--dp',
      '0.6',
      '--ledger',
      ledger,
      '--json',
    ]);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json.privacy).toMatchObject({
      method: 'dp',
      epsilon: 0.6,
      mechanism: expect.stringContaining('geometric'),
    });
    expect(json.cells.every((c: { count: number | null }) => c.count !== null && c.count >= 0)).toBe(true);
    const second = await runCli(['aggregate', file, '--by', 'age', '--dp', '0.4', '--ledger', ledger]);
    expect(second.code).toBe(0);
    const third = await runCli(['aggregate', file, '--by', 'age', '--dp', '0.1', '--ledger', ledger]);
    expect(third.code).toBe(2);
    expect(third.stderr).toContain('privacy budget');
    const noLedger = await runCli(['aggregate', file, '--by', 'age', '--dp', '0.1']);
    expect(noLedger.code).toBe(2);
  });
});
