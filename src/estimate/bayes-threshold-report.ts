// `--method bayes-threshold`: Bayesian thresholding (bayes-threshold.ts) in the common report
// shape — the posterior median and 95% quantiles of N from the final fit, the model kept, and each
// interaction's evidence (|posterior mean| / sd) beside the threshold it had to reach.

import type { Problem } from '../facts/problems.js';
import { defaultLang, type Lang, translator } from '../i18n/index.js';
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
  lang: Lang | undefined,
  table: CaptureTable,
  checker: ExistenceChecker,
  options: BayesThresholdOptions,
  monitor?: Monitor,
): { ok: true; report: EstimateReport; details: EstimateDetails } | { ok: false; problems: Problem[] } {
  const { t, list, number } = translator(lang);
  const settings = { ...BAYES_THRESHOLD_DEFAULTS, ...given(options) };
  const outcome = bayesThreshold(table, checker, settings, monitor);
  if (!outcome.ok) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          code: 'no_admissible_model',
          message: t(outcome.reason === 'no_mle' ? 'estimate.bayes.noMle' : 'estimate.bayes.noMode'),
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
  const warnings: string[] = [];
  if (result.pairsOnly) warnings.push(t('estimate.bayes.pairsOnly'));
  if (result.atInfinity.length > 0)
    warnings.push(t('estimate.bayes.atInfinity', { interactions: list(result.atInfinity.map(name)) }));
  // Within two Monte Carlo standard errors of the threshold: kept or dropped by chance.
  const borderline = [...result.ratios].filter(
    ([term, ratio]) => Math.abs(ratio - settings.threshold) < 2 * (result.ratioErrors.get(term) ?? 0),
  );
  const twoDigits = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (borderline.length > 0) {
    const interactions = list(
      borderline.map(
        ([term, ratio]) =>
          `${name(term)} (${number(ratio, twoDigits)} ± ${number(result.ratioErrors.get(term) ?? 0, twoDigits)})`,
      ),
    );
    warnings.push(t('estimate.bayes.borderline', { interactions, threshold: number(settings.threshold) }));
  }
  if (result.acceptance < 0.05)
    warnings.push(
      t('estimate.bayes.lowAcceptance', {
        percent: number(100 * result.acceptance, { maximumFractionDigits: 1 }),
      }),
    );
  const n = draws.length;
  const report: EstimateReport = {
    schemaVersion: SCHEMA_VERSION,
    lang: lang ?? defaultLang,
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
      settings: t('estimate.bayes.settings', {
        prior: settings.prior,
        variance: number(settings.priorVariance),
        threshold: number(settings.threshold),
        order: settings.maxOrder,
        draws: number(n),
        burnin: number(settings.burnin),
        seed: settings.seed,
        accepted: Math.round(100 * result.acceptance),
      }),
    },
  };
}
