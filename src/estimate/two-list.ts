// Two-list (Lincoln–Petersen) estimates in closed form, the classical special case of the
// log-linear main-effects model: with n1 and n2 people on the lists and m on both,
// Lincoln–Petersen N = n1 n2 / m (equal to the Poisson main-effects N̂), and Chapman's
// nearly unbiased (n1 + 1)(n2 + 1)/(m + 1) − 1, which stays finite when m = 0
// (Rcapture `closedp.bc`; mse.md §3.6, Seber 1982 p.107).
import type { CaptureTable } from './capture-table.js';

export type TwoListEstimates = { lincolnPetersen: number; chapman: number };

export function twoListEstimates(table: CaptureTable): TwoListEstimates | null {
  if (table.lists.length !== 2) return null;
  const [, onlyFirst, onlySecond, both] = table.counts;
  const n1 = onlyFirst + both;
  const n2 = onlySecond + both;
  return {
    lincolnPetersen: both > 0 ? (n1 * n2) / both : Number.POSITIVE_INFINITY,
    chapman: ((n1 + 1) * (n2 + 1)) / (both + 1) - 1,
  };
}
