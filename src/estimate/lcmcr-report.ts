// `--method lcmcr`: the latent-class estimate in the common report shape. Posterior median and
// 95% quantiles of N pooled over chains; split-R̂ across chains decides whether to warn.
import { quantileType7 } from './bca.js';
import type { CaptureTable } from './capture-table.js';
import { type EstimateDetails, type EstimateReport, SCHEMA_VERSION } from './estimate.js';
import { lcmcr } from './lcmcr.js';
import type { Monitor } from './options.js';

export const LCMCR_DEFAULTS = { burnin: 1000, samples: 500, thinning: 5, chains: 4 } as const;

export function estimateLcmcr(
  table: CaptureTable,
  seed: number,
  monitor?: Monitor,
): { report: EstimateReport; details: EstimateDetails } {
  const classes = Math.min(2 ** table.lists.length - 1, 10);
  const result = lcmcr(table, { ...LCMCR_DEFAULTS, classes, seed }, monitor);
  const draws = result.chains.flat().sort((a, b) => a - b);
  const quantile = (q: number) => quantileType7(draws, q);
  const warnings = [`${result.chains.length} chains, split-R̂ ${result.rhat.toFixed(3)}`];
  if (!(result.rhat < 1.1)) {
    warnings.push(
      'the chains disagree (split-R̂ ≥ 1.1): the posterior is not reliable; the sampler mixes badly here',
    );
  }
  const report: EstimateReport = {
    schemaVersion: SCHEMA_VERSION,
    observed: result.n,
    estimate: quantile(0.5),
    interval: { lower: quantile(0.025), upper: quantile(0.975), level: 0.95, method: 'posterior' },
    model: `latent classes (K = ${classes})`,
    method: 'lcmcr',
    topModels: [],
    warnings,
  };
  return {
    report,
    details: {
      lists: table.lists,
      interactions: [],
      replicates: draws,
      settings: `latent-class model with a Dirichlet-process prior (LCMCR; K = ${classes}, ${LCMCR_DEFAULTS.chains} chains × ${LCMCR_DEFAULTS.samples} draws, seed ${seed}; posterior median)`,
    },
  };
}
