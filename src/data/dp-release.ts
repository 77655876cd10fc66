// A differentially private release of a count table over the full code lists (`--dp EPSILON`):
// every finest cell of the domain, zeros included, gets discrete Laplace noise (the geometric
// mechanism, sampled exactly: dp-sampler.ts), and so does the grand total. One person added or
// removed changes one finest cell and the total by 1, so by basic composition the release is
// ε-differentially private with ε = ε_cells + ε_total (δ = 0). Then post-processing, which costs
// no privacy: the noisy cells are projected onto the non-negative tables with the noisy total
// (Euclidean projection onto the simplex), rounded to whole numbers keeping that total, and every
// margin is the sum of the cells under it, so the table is consistent and never negative.
import {
  cryptoSource,
  discreteLaplace,
  type Rational,
  times,
  toNumber,
  type UniformSource,
} from './dp-sampler.js';
import { coordinates, countLattice, forEachFinest, type Lattice, project } from './table-lattice.js';

/** The share of ε spent on the total (the rest on the cells). */
const TOTAL_SHARE: Rational = { num: 1n, den: 10n };

export const MECHANISM = 'geometric (discrete Laplace), sampled exactly';

export type DpPrivacy = {
  method: 'dp';
  mechanism: typeof MECHANISM;
  epsilon: number;
  delta: 0;
  /** ε spent on the finest cells and on the total. */
  epsilonCells: number;
  epsilonTotal: number;
  /** Of the noise added to each finest cell, before post-processing. */
  noiseSdPerCell: number;
  expectedAbsoluteErrorPerCell: number;
  composition: 'basic: the ε of every release of a dataset adds up';
};

export type DpTable = { lattice: Lattice; counts: Float64Array; privacy: DpPrivacy };

/** Standard deviation and mean absolute value of discrete Laplace noise with parameter ε (scale 1/ε). */
export function discreteLaplaceError(epsilon: number): { sd: number; meanAbs: number } {
  const q = Math.exp(-epsilon);
  return { sd: Math.sqrt(2 * q) / (1 - q), meanAbs: (2 * q) / (1 - q * q) };
}

/** The Euclidean projection of y onto { x ≥ 0, Σ x = total } (sort and threshold). */
export function projectOntoSimplex(y: readonly number[], total: number): number[] {
  if (total <= 0 || y.length === 0) return y.map(() => 0);
  const sorted = [...y].sort((a, b) => b - a);
  let sum = 0;
  let lambda = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i];
    const candidate = (sum - total) / (i + 1);
    if (i === sorted.length - 1 || sorted[i + 1] <= candidate) {
      lambda = candidate;
      break;
    }
  }
  return y.map((v) => Math.max(0, v - lambda));
}

/** Whole numbers summing to `total`, each the floor or ceiling of its share (largest remainders). */
export function roundKeepingTotal(x: readonly number[], total: number): number[] {
  const floors = x.map(Math.floor);
  let left = total - floors.reduce((s, v) => s + v, 0);
  const order = x.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

export function dpRelease(
  l: Lattice,
  counts: Float64Array,
  epsilon: Rational,
  source: UniformSource = cryptoSource(),
): DpTable {
  const epsilonTotal = times(epsilon, TOTAL_SHARE);
  const epsilonCells = times(epsilon, { num: TOTAL_SHARE.den - TOTAL_SHARE.num, den: TOTAL_SHARE.den });
  const scale = (e: Rational): Rational => ({ num: e.den, den: e.num });
  const cells: number[] = [];
  const noisy: number[] = [];
  forEachFinest(l, (id) => {
    cells.push(id);
    noisy.push(counts[id] + Number(discreteLaplace(scale(epsilonCells), source)));
  });
  const total = counts[project(l, 0, 0)] + Number(discreteLaplace(scale(epsilonTotal), source));
  const target = Math.max(0, total);
  const published = roundKeepingTotal(projectOntoSimplex(noisy, target), target);
  const finest: Array<[number[], number]> = cells.map((id, i) => [coordinates(l, id), published[i]]);
  const { sd, meanAbs } = discreteLaplaceError(toNumber(epsilonCells));
  return {
    lattice: l,
    counts: countLattice(l, finest),
    privacy: {
      method: 'dp',
      mechanism: MECHANISM,
      epsilon: toNumber(epsilon),
      delta: 0,
      epsilonCells: toNumber(epsilonCells),
      epsilonTotal: toNumber(epsilonTotal),
      noiseSdPerCell: Math.round(sd * 1000) / 1000,
      expectedAbsoluteErrorPerCell: Math.round(meanAbs * 1000) / 1000,
      composition: 'basic: the ε of every release of a dataset adds up',
    },
  };
}
