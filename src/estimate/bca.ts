// Bias-corrected and accelerated (BCa) bootstrap limits (DiCiccio & Efron 1996), as the reference
// packages compute them (mse.md §4.7): z0 from the share of replicates below the estimate, the
// acceleration from a jackknife over individuals, and limits read from the replicates with R's
// type-8 quantile.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Standard normal CDF via P(χ²₁ ≤ x²) = 2Φ(|x|) − 1. */
export function normalCdf(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  const half = 0.5 * chisquareCdf(x * x, 1);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

/** R's quantile type 8 (median-unbiased) of sorted values. */
export function quantileType8(sorted: readonly number[], q: number): number {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const h = (count + 1 / 3) * q + 1 / 3;
  if (h <= 1) return sorted[0];
  if (h >= count) return sorted[count - 1];
  const low = Math.floor(h);
  return sorted[low - 1] + (h - low) * (sorted[low] - sorted[low - 1]);
}

/** R's default quantile (type 7: linear between order statistics (B − 1) q apart) of sorted values. */
export function quantileType7(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/**
 * Jackknife acceleration over individuals using cell multiplicities: θ_(ω) is the estimate with one
 * person removed from cell ω (weight n_ω), â = Σ n_ω d_ω³ / (6 (Σ n_ω d_ω²)^{3/2}),
 * d_ω = θ̄ − θ_(ω). NaN when a deletion leaves no estimate (the reference returns NA then).
 */
export function jackknifeAcceleration(weights: readonly number[], deleted: readonly number[]): number {
  if (deleted.some((value) => !Number.isFinite(value))) return Number.NaN;
  let n = 0;
  let mean = 0;
  weights.forEach((weight, i) => {
    n += weight;
    mean += weight * deleted[i];
  });
  mean /= n;
  let cubes = 0;
  let squares = 0;
  weights.forEach((weight, i) => {
    const d = mean - deleted[i];
    cubes += weight * d ** 3;
    squares += weight * d ** 2;
  });
  return squares === 0 ? 0 : cubes / (6 * squares ** 1.5);
}

export type BcaLimits = { probabilities: number[]; limits: number[]; z0: number; acceleration: number };

/** BCa limits at the given tail probabilities (e.g. [0.025, 0.975]); replicates that are NaN are dropped. */
export function bcaLimits(
  estimate: number,
  replicates: ArrayLike<number>,
  acceleration: number,
  probabilities: readonly number[],
): BcaLimits {
  const sorted = Array.from(replicates)
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => a - b);
  const below = sorted.filter((x) => x < estimate).length / sorted.length;
  const z0 = normalQuantile(below, 0, 1);
  const a = Number.isFinite(acceleration) ? acceleration : 0;
  const limits = probabilities.map((alpha) => {
    const za = normalQuantile(alpha, 0, 1);
    const shifted = z0 + za;
    const q = normalCdf(z0 + shifted / (1 - a * shifted));
    return quantileType8(sorted, Number.isFinite(q) ? q : alpha);
  });
  return { probabilities: [...probabilities], limits, z0, acceleration: a };
}
