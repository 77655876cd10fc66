// Latent-class capture–recapture with a truncated Dirichlet-process mixture (Manrique-Vallier 2016;
// mse.md §7): lists are independent within each latent class; classes absorb the heterogeneity
// and the dependence between lists. A data-augmentation Gibbs sampler draws the number never
// listed, n0, under p(N) ∝ 1/N. Several seeded chains are run and compared with split-R̂, because
// the sampler is known to mix badly on some data (two posterior modes on the Netherlands data).
import type { CaptureTable } from './capture-table.js';
import type { Monitor } from './options.js';
import { randomStream } from './random.js';
import { beta, categorical, gamma, negativeBinomial } from './random-variates.js';

export type LcmcrOptions = {
  /** Truncation level (number of latent classes). */
  classes?: number;
  aAlpha?: number;
  bAlpha?: number;
  burnin?: number;
  samples?: number;
  thinning?: number;
  chains?: number;
  seed?: number;
};

export type LcmcrResult = {
  /** Draws of N per chain. */
  chains: number[][];
  /** Split-R̂ of N over all chains (≈ 1 when the chains agree). */
  rhat: number;
  n: number;
};

function runChain(
  table: CaptureTable,
  options: Required<LcmcrOptions>,
  chain: number,
  monitor?: (sweep: number, sweeps: number) => void,
): number[] {
  const random = randomStream(options.seed, chain);
  const t = table.lists.length;
  const K = options.classes;
  const cells: number[] = [];
  let n = 0;
  for (let mask = 1; mask < table.counts.length; mask++) {
    if (table.counts[mask] > 0) {
      cells.push(mask);
      n += table.counts[mask];
    }
  }
  // λ[j][k] starts at the marginal frequency of list j (the reference initialisation).
  const lambda = Array.from({ length: t }, (_, j) => {
    let on = 0;
    for (const mask of cells) if (mask & (1 << j)) on += table.counts[mask];
    return new Float64Array(K).fill(Math.min(Math.max(on / n, 0.01), 0.99));
  });
  const pi = new Float64Array(K).fill(1 / K);
  let alpha = 1;
  let n0 = 0;
  const observedOn = Array.from({ length: t }, () => new Float64Array(K));
  const classSize = new Float64Array(K);
  const hiddenSize = new Float64Array(K);
  const cumulative = new Float64Array(K);
  const draws: number[] = [];
  const warmup = 500;
  const total = warmup + options.burnin + options.samples * options.thinning;
  for (let sweep = 0; sweep < total; sweep++) {
    if (monitor && (sweep & 63) === 0) monitor(sweep, total);
    // 1. Classes of the observed people, cell by cell.
    classSize.fill(0);
    for (const row of observedOn) row.fill(0);
    for (const mask of cells) {
      let running = 0;
      for (let k = 0; k < K; k++) {
        let w = pi[k];
        for (let j = 0; j < t; j++) w *= mask & (1 << j) ? lambda[j][k] : 1 - lambda[j][k];
        running += w;
        cumulative[k] = running;
      }
      for (let person = 0; person < table.counts[mask]; person++) {
        const k = categorical(random, cumulative, K);
        classSize[k]++;
        for (let j = 0; j < t; j++) if (mask & (1 << j)) observedOn[j][k]++;
      }
    }
    // 2. List probabilities per class, counting the augmented never-listed people as zeros.
    for (let j = 0; j < t; j++) {
      for (let k = 0; k < K; k++) {
        const on = observedOn[j][k];
        const off = classSize[k] + hiddenSize[k] - on;
        lambda[j][k] = beta(random, 1 + on, 1 + off);
      }
    }
    // 3. Stick-breaking weights.
    let remaining = 1;
    let above = 0;
    for (let k = 0; k < K; k++) above += classSize[k] + hiddenSize[k];
    for (let k = 0; k < K; k++) {
      const m = classSize[k] + hiddenSize[k];
      above -= m;
      const v = k === K - 1 ? 1 : beta(random, 1 + m, alpha + above);
      pi[k] = remaining * v;
      remaining *= 1 - v;
    }
    // 4. The number never listed: n0 ~ NegBinomial(n, 1 − π0) (the 1/N prior), redrawn if absurd.
    let pi0 = 0;
    for (let k = 0; k < K; k++) {
      let w = pi[k];
      for (let j = 0; j < t; j++) w *= 1 - lambda[j][k];
      pi0 += w;
      cumulative[k] = pi0;
    }
    do n0 = negativeBinomial(random, n, 1 - pi0);
    while (n0 > 20 * n);
    // 5. Their classes.
    hiddenSize.fill(0);
    for (let person = 0; person < n0; person++) hiddenSize[categorical(random, cumulative, K)]++;
    // 6. Concentration, after the warm-up: Gamma(a + K − 1, rate b − log π_K).
    if (sweep >= warmup) {
      const lastWeight = Math.max(pi[K - 1], 1e-300);
      alpha = gamma(random, options.aAlpha + K - 1) / (options.bAlpha - Math.log(lastWeight));
    }
    const kept = sweep - warmup - options.burnin;
    if (kept >= 0 && kept % options.thinning === options.thinning - 1) draws.push(n + n0);
  }
  return draws;
}

/** Split-R̂ (Gelman et al.): each chain halved, between- versus within-half variance. */
export function splitRhat(chains: readonly (readonly number[])[]): number {
  const halves: number[][] = [];
  for (const chain of chains) {
    const half = Math.floor(chain.length / 2);
    if (half < 2) continue;
    halves.push(chain.slice(0, half), chain.slice(chain.length - half));
  }
  if (halves.length < 2) return Number.NaN;
  const length = halves[0].length;
  const means = halves.map((h) => h.reduce((a, b) => a + b, 0) / length);
  const grand = means.reduce((a, b) => a + b, 0) / means.length;
  const between = (length / (means.length - 1)) * means.reduce((acc, m) => acc + (m - grand) ** 2, 0);
  const within =
    halves.reduce((acc, h, i) => acc + h.reduce((s, x) => s + (x - means[i]) ** 2, 0) / (length - 1), 0) /
    halves.length;
  if (within === 0) return between === 0 ? 1 : Number.POSITIVE_INFINITY;
  return Math.sqrt((((length - 1) / length) * within + between / length) / within);
}

export function lcmcr(table: CaptureTable, options: LcmcrOptions = {}, monitor?: Monitor): LcmcrResult {
  const t = table.lists.length;
  const settings: Required<LcmcrOptions> = {
    classes: options.classes ?? Math.min(2 ** t - 1, 10),
    aAlpha: options.aAlpha ?? 0.25,
    bAlpha: options.bAlpha ?? 0.25,
    burnin: options.burnin ?? 2000,
    samples: options.samples ?? 1000,
    thinning: options.thinning ?? 10,
    chains: options.chains ?? 4,
    seed: options.seed ?? 1234,
  };
  const sweeps = 500 + settings.burnin + settings.samples * settings.thinning;
  const chains = Array.from({ length: settings.chains }, (_, chain) =>
    runChain(
      table,
      settings,
      chain,
      monitor && ((sweep) => monitor(chain * sweeps + sweep, settings.chains * sweeps)),
    ),
  );
  let n = 0;
  for (let mask = 1; mask < table.counts.length; mask++) n += table.counts[mask];
  return { chains, rhat: splitRhat(chains), n };
}
