// `--method lcmcr`: the latent-class estimate in the common report shape. Posterior median and
// 95% quantiles of N pooled over chains; split-R̂ across chains decides whether to warn.

import { type Lang, translator } from '../i18n/index.js';
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
  lang?: Lang,
): { report: EstimateReport; details: EstimateDetails } {
  const tr = translator(lang);
  const classes = Math.min(2 ** table.lists.length - 1, 10);
  const result = lcmcr(table, { ...LCMCR_DEFAULTS, classes, seed }, monitor);
  const draws = result.chains.flat().sort((a, b) => a - b);
  const quantile = (q: number) => quantileType7(draws, q);
  const rhat = tr.number(result.rhat, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const warnings = [tr.t('estimate.warning.chains', { chains: result.chains.length, rhat })];
  if (!(result.rhat < 1.1)) warnings.push(tr.t('estimate.warning.chainsDisagree'));
  const report: EstimateReport = {
    schemaVersion: SCHEMA_VERSION,
    lang: tr.lang,
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
      settings: tr.t('estimate.settings.lcmcr', {
        classes,
        chains: LCMCR_DEFAULTS.chains,
        samples: LCMCR_DEFAULTS.samples,
        seed: String(seed),
      }),
    },
  };
}
