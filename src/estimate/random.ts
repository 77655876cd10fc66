// Seeded pseudo-random numbers, so that every bootstrap is reproducible from its seed and each
// replicate can be computed on any worker: replicate r draws from its own stream derived from
// (seed, r), never from shared state. Generator: xoshiro128** seeded through splitmix32.
export type Random = () => number;

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Uniform numbers in [0, 1) from the stream (seed, stream). */
export function randomStream(seed: number, stream = 0): Random {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x27d4eb2d)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = ((d << 11) | (d >>> 21)) >>> 0;
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    return result / 4294967296;
  };
}

/**
 * Non-parametric bootstrap of individuals: n draws with replacement from the observed people,
 * i.e. counts* ~ Multinomial(n, n_ω / n) (mse.md §4.7).
 */
export function resampleCounts(counts: ArrayLike<number>, random: Random): number[] {
  const cells: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let mask = 1; mask < counts.length; mask++) {
    if (counts[mask] <= 0) continue;
    total += counts[mask];
    cells.push(mask);
    cumulative.push(total);
  }
  const out = new Array<number>(counts.length).fill(0);
  for (let draw = 0; draw < total; draw++) {
    const u = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    out[cells[lo]]++;
  }
  return out;
}
