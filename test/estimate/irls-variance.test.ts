// The coefficient variances of a lattice fit: the intercept's is solved when the fit ends, any
// other's from the factor rebuilt from the last iteration's weights (poisson-irls.ts). Both must be
// the diagonal of (X'WX)⁻¹, and must not change when other fits reuse the solver's scratch space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPoissonLattice } from '../../src/estimate/poisson-irls.js';

const popcount = (x: number) => {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
};

/** Diagonal of (X' diag(mu) X)⁻¹ by Gauss–Jordan on the dense matrix (X: cells × terms, θ ⊆ ω). */
function denseInverseDiagonal(mu: Float64Array, active: Uint8Array, terms: number[]): number[] {
  const p = terms.length;
  const a = Array.from({ length: p }, (_, i) =>
    Array.from({ length: 2 * p }, (_, j) => {
      if (j >= p) return j - p === i ? 1 : 0;
      let sum = 0;
      for (let cell = 0; cell < mu.length; cell++) {
        if (!active[cell]) continue;
        if ((cell & terms[i]) === terms[i] && (cell & terms[j]) === terms[j]) sum += mu[cell];
      }
      return sum;
    }),
  );
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const d = a[col][col];
    for (let j = 0; j < 2 * p; j++) a[col][j] /= d;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = a[r][col];
      for (let j = 0; j < 2 * p; j++) a[r][j] -= f * a[col][j];
    }
  }
  return terms.map((_, i) => a[i][p + i]);
}

describe('lattice fit variances', () => {
  it('are the diagonal of the inverse information, and do not move when other fits run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 32, maxLength: 32 }),
        fc.integer({ min: 1, max: 2 }),
        (t, raw, order) => {
          const size = 1 << t;
          const y = new Float64Array(size);
          for (let cell = 1; cell < size; cell++) y[cell] = raw[cell];
          const active = new Uint8Array(size).fill(1, 1);
          const terms = [0];
          for (let term = 1; term < size; term++)
            if (popcount(term) <= Math.min(order, t - 1)) terms.push(term);
          const result = fitPoissonLattice(y, active, terms);
          if (!result.ok || !result.fit.converged) return;
          const { fit } = result;
          const expected = denseInverseDiagonal(fit.mu, active, terms);
          // (The last iteration's weights are the means one step before the end: equal to 1e-6.)
          // Another fit of another shape and of the same shape in between.
          fitPoissonLattice(y, active, terms.slice(0, -1));
          fitPoissonLattice(new Float64Array(size).fill(7, 1), active, terms);
          terms.forEach((_, i) => {
            expect(Math.abs(fit.variance(i) - expected[i])).toBeLessThan(1e-6 * expected[i]);
          });
          const again = terms.map((_, i) => fit.variance(i));
          expect(again).toEqual(terms.map((_, i) => fit.variance(i)));
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
});
