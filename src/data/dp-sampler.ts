// Exact samplers for differential privacy, after Canonne, Kamath & Steinke, "The Discrete Gaussian
// for Differential Privacy" (NeurIPS 2020), Algorithms 1 and 2: Bernoulli(exp(−γ)) for a rational γ
// and the discrete Laplace distribution (the two-sided geometric mechanism), with integer arithmetic
// only (BigInt) and uniform integers from a cryptographic source. No floating point touches a sample:
// floating-point Laplace noise leaks the true value through its low bits (Mironov 2012), and
// Math.random is predictable.
import { randomBytes } from 'node:crypto';

/** A source of uniform integers in [0, n). */
export type UniformSource = { below: (n: bigint) => bigint };

/** A positive rational number, numerator over denominator. */
export type Rational = { num: bigint; den: bigint };

/** Uniform integers from node's cryptographic generator, by rejection (no modulo bias). */
export function cryptoSource(): UniformSource {
  let pool = randomBytes(0);
  let at = 0;
  const byte = () => {
    if (at >= pool.length) {
      pool = randomBytes(4096);
      at = 0;
    }
    return BigInt(pool[at++]);
  };
  return {
    below(n) {
      if (n <= 0n) throw new Error('below: n must be positive');
      if (n === 1n) return 0n;
      const bits = (n - 1n).toString(2).length;
      const bytes = Math.ceil(bits / 8);
      const mask = (1n << BigInt(bits)) - 1n;
      for (;;) {
        let x = 0n;
        for (let i = 0; i < bytes; i++) x = (x << 8n) | byte();
        x &= mask;
        if (x < n) return x;
      }
    },
  };
}

/** Bernoulli(num/den), 0 ≤ num/den ≤ 1. */
export function bernoulli(p: Rational, source: UniformSource): boolean {
  return source.below(p.den) < p.num;
}

/** Bernoulli(exp(−γ)) for a rational γ ≥ 0 (CKS 2020, Algorithm 1). */
export function bernoulliExp(gamma: Rational, source: UniformSource): boolean {
  const { num, den } = gamma;
  if (num <= den) {
    // γ ∈ [0, 1]: count K while Bernoulli(γ/K) succeeds; exp(−γ) is the chance that K ends odd.
    let k = 1n;
    while (bernoulli({ num, den: den * k }, source)) k++;
    return k % 2n === 1n;
  }
  for (let i = 0n; i < num / den; i++) if (!bernoulliExp({ num: 1n, den: 1n }, source)) return false;
  return bernoulliExp({ num: num % den, den }, source);
}

/**
 * The discrete Laplace distribution with scale t/s: P(x) ∝ exp(−|x|·s/t), x an integer (CKS 2020,
 * Algorithm 2). With s/t = ε and counts of sensitivity 1 this is ε-differentially private.
 */
export function discreteLaplace(scale: Rational, source: UniformSource): bigint {
  const t = scale.num;
  const s = scale.den;
  for (;;) {
    const u = source.below(t);
    if (!bernoulliExp({ num: u, den: t }, source)) continue;
    let v = 0n;
    while (bernoulliExp({ num: 1n, den: 1n }, source)) v++;
    const y = (u + t * v) / s;
    const negative = source.below(2n) === 1n;
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** A decimal such as `0.25` as an exact rational; undefined when not a positive decimal. */
export function parseRational(text: string): Rational | undefined {
  const match = /^\s*(\d+)(?:\.(\d{1,9}))?\s*$/.exec(text);
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  const num = BigInt(match[1] + decimals);
  const den = 10n ** BigInt(decimals.length);
  if (num === 0n) return undefined;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** p/q × a/b, reduced. */
export function times(x: Rational, y: Rational): Rational {
  const num = x.num * y.num;
  const den = x.den * y.den;
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

export const toNumber = (x: Rational) => Number(x.num) / Number(x.den);
