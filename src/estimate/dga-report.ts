// `--method dga`: Bayesian model averaging over decomposable graphs, summarised in the same report
// shape as the log-linear methods. Settings follow Silverman (2020)'s use of dga (mse.md §6):
// δ = 2^−p, p(N) ∝ 1/N, a 1000-point grid for the number missing from 0 to 10 n.

import { type Lang, translator } from '../i18n/index.js';
import type { CaptureTable } from './capture-table.js';
import { dgaPosterior, summarisePosterior } from './dga.js';
import { type EstimateDetails, type EstimateReport, SCHEMA_VERSION } from './estimate.js';
import { describeInteractions, formatModel, modelFromGenerators } from './hierarchical-model.js';
import { fitModel, prepareTable } from './loglinear-fit.js';
import type { Monitor } from './options.js';

const GRID_POINTS = 1000;

export function estimateDga(
  table: CaptureTable,
  monitor?: Monitor,
  lang?: Lang,
): { report: EstimateReport; details: EstimateDetails } {
  const tr = translator(lang);
  const prepared = prepareTable(table);
  const p = prepared.t;
  const cap = 10 * prepared.n;
  const missing = Array.from({ length: GRID_POINTS }, (_, k) => (k * cap) / (GRID_POINTS - 1));
  const result = dgaPosterior(table, { missing, delta: 2 ** -p }, monitor);
  const order = result.modelProbabilities
    .map((probability, index) => ({ probability, index }))
    .sort((a, b) => b.probability - a.probability);
  const averaged = summarisePosterior(result.totals, result.posterior);
  const modelOf = (index: number) => modelFromGenerators(p, result.graphs[index].cliques);
  const topModels = order.slice(0, 5).map(({ index }) => {
    const model = modelOf(index);
    const fit = fitModel(prepared, model);
    return {
      model: formatModel(model),
      estimate: summarisePosterior(result.totals, result.weights[index]).median,
      bic: fit.ok ? fit.fit.bic : Number.NaN,
    };
  });
  const warnings: string[] = [];
  if (averaged.quantile(0.975) > 0.95 * (prepared.n + cap)) {
    warnings.push(tr.t('estimate.warning.gridCap', { cap: prepared.n + cap }));
  }
  const top = order[0];
  warnings.push(
    tr.t('estimate.warning.topGraph', {
      model: topModels[0].model,
      probability: tr.number(top.probability, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
      graphs: result.graphs.length,
    }),
  );
  const report: EstimateReport = {
    schemaVersion: SCHEMA_VERSION,
    lang: tr.lang,
    observed: prepared.n,
    estimate: averaged.median,
    interval: {
      lower: averaged.quantile(0.025),
      upper: averaged.quantile(0.975),
      level: 0.95,
      method: 'posterior',
    },
    model: topModels[0].model,
    method: 'dga',
    topModels,
    warnings,
  };
  // A deterministic picture of the posterior for the chart: its quantiles at 1000 even steps.
  const draws = Array.from({ length: 1000 }, (_, k) => averaged.quantile((k + 0.5) / 1000));
  return {
    report,
    details: {
      lists: prepared.lists,
      interactions: describeInteractions(modelOf(top.index), prepared.lists),
      replicates: draws,
      settings: tr.t('estimate.settings.dga', { graphs: result.graphs.length, p }),
    },
  };
}
