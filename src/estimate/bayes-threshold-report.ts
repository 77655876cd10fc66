// `--method bayes-threshold`: Bayesian thresholding (bayes-threshold.ts) in the common report
// shape — the posterior median and 95% quantiles of N from the final fit, the model kept, and each
// interaction's evidence (|posterior mean| / sd) beside the threshold it had to reach.

import type { Problem } from '../facts/problems.js';
import {
  BAYES_THRESHOLD_DEFAULTS,
  type BayesThresholdOptions,
  bayesThreshold,
  given,
} from './bayes-threshold.js';
import { quantileType7 } from './bca.js';
import type { CaptureTable } from './capture-table.js';
import { type EstimateDetails, type EstimateReport, SCHEMA_VERSION } from './estimate.js';
import type { ExistenceChecker } from './existence.js';
import { describeInteractions, formatModel } from './hierarchical-model.js';
import type { Monitor } from './options.js';

export function estimateBayesThreshold(
  table: CaptureTable,
  checker: ExistenceChecker,
  options: BayesThresholdOptions,
  monitor?: Monitor,
): { ok: true; report: EstimateReport; details: EstimateDetails } | { ok: false; problems: Problem[] } {
  const settings = { ...BAYES_THRESHOLD_DEFAULTS, ...given(options) };
  const outcome = bayesThreshold(table, checker, settings, monitor);
  if (!outcome.ok) {
    return {
      ok: false,
      problems: [
        outcome.reason === 'no_mle'
          ? {
              path: '',
              code: 'no_admissible_model',
              message:
                'with flat priors on the interactions, the model with every pair needs a maximum likelihood estimate, and these lists have none; use the proper prior',
            }
          : {
              path: '',
              code: 'no_admissible_model',
              message: 'the posterior has no mode these lists can reach: no estimate',
            },
      ],
    };
  }
  const { result } = outcome;
  const draws = [...result.population].sort((a, b) => a - b);
  const name = (term: number) => table.lists.filter((_, i) => term & (1 << i)).join(':');
  const evidence = [...result.ratios].map(([term, ratio]) => ({
    interaction: name(term),
    ratio,
    kept: result.model.terms.includes(term),
  }));
  const warnings = [...result.warnings];
  if (result.atInfinity.length > 0) {
    warnings.push(
      `${result.atInfinity.map(name).join(', ')}: nobody is on both lists; fixed at −∞ (their cells left out)`,
    );
  }
  // Within two Monte Carlo standard errors of the threshold: kept or dropped by chance.
  const borderline = [...result.ratios].filter(
    ([term, ratio]) => Math.abs(ratio - settings.threshold) < 2 * (result.ratioErrors.get(term) ?? 0),
  );
  if (borderline.length > 0) {
    warnings.push(
      `${borderline.map(([term, ratio]) => `${name(term)} (${ratio.toFixed(2)} ± ${(result.ratioErrors.get(term) ?? 0).toFixed(2)})`).join(', ')}: within sampling error of the threshold ${settings.threshold}; whether kept depends on the seed, and the estimate with it — compare another seed`,
    );
  }
  if (result.acceptance < 0.05) {
    warnings.push(
      `only ${(100 * result.acceptance).toFixed(1)}% of the sampler's proposals were accepted: the posterior quantiles are rough`,
    );
  }
  const n = draws.length;
  const report: EstimateReport = {
    schemaVersion: SCHEMA_VERSION,
    observed: table.counts.reduce((a, b) => a + b, 0),
    estimate: quantileType7(draws, 0.5),
    interval: {
      lower: quantileType7(draws, 0.025),
      upper: quantileType7(draws, 0.975),
      level: 0.95,
      method: 'posterior',
    },
    model: formatModel(result.model),
    method: 'bayes-threshold',
    topModels: [],
    evidence,
    warnings,
  };
  return {
    ok: true,
    report,
    details: {
      lists: table.lists,
      interactions: describeInteractions(result.model, table.lists),
      replicates: draws,
      settings: `Bayesian thresholding (${settings.prior} prior on the interactions${settings.prior === 'proper' ? `, variance ${settings.priorVariance}` : ''}; kept when |posterior mean| ≥ ${settings.threshold} sd; up to ${settings.maxOrder}-list interactions; ${n} draws after ${settings.burnin}, seed ${settings.seed}, ${Math.round(100 * result.acceptance)}% of proposals accepted; posterior median)`,
    },
  };
}
