// Random variates from a seeded uniform stream (random.ts), for the LCMCR Gibbs sampler.
// Standard algorithms: polar normal; Marsaglia & Tsang (2000) gamma; beta from two gammas;
// Poisson by multiplication for small means and Hörmann's (1993) transformed rejection (PTRS) for
// large ones; negative binomial as a gamma–Poisson mixture.
import gammaln from '@stdlib/math-base-special-gammaln';
import type { Random } from './random.js';

export function normal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Gamma(shape, scale 1). */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) · U^{1/a}.
    const u = random();
    return gamma(random, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function beta(random: Random, a: number, b: number): number {
  const x = gamma(random, a);
  const y = gamma(random, b);
  return x / (x + y);
}

export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v * inverseAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - gammaln(k + 1))
      return k;
  }
}

/** Failures before `size` successes with success probability `prob`. */
export function negativeBinomial(random: Random, size: number, prob: number): number {
  if (prob >= 1) return 0;
  return poisson(random, gamma(random, size) * ((1 - prob) / prob));
}

/** Index drawn with probability proportional to weights[k] (cumulative precomputed by caller). */
export function categorical(random: Random, cumulative: Float64Array, count: number): number {
  const u = random() * cumulative[count - 1];
  let k = 0;
  while (k < count - 1 && cumulative[k] <= u) k++;
  return k;
}
