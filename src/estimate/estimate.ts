// The whole estimate for one capture table: point estimate by the chosen method, the comparison
// models with their BICs, an interval and the warnings a reader needs — the data behind
// `continuum estimate` and its JSON contract (schemaVersion 1, README).

import type { Problem } from '../facts/problems.js';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import { bcaLimits, jackknifeAcceleration } from './bca.js';
import { rankByBic } from './bic-search.js';
import {
  type BootstrapTask,
  bootstrapReplicates,
  type Jackknife,
  type ReplicateResults,
  selectionJackknife,
} from './bootstrap.js';
import type { CaptureTable } from './capture-table.js';
import type { ExistenceChecker } from './existence.js';
import { describeInteractions, formatModel } from './hierarchical-model.js';
import { withExistenceChecker } from './highs-lp.js';
import { type ModelFit, type PreparedTable, prepareTable } from './loglinear-fit.js';
import {
  DEFAULT_LEVEL,
  DEFAULT_SEED,
  type EstimateMethod,
  type EstimateOptions,
  type EstimateOutcome,
  type EstimateRuntime,
  type LogLinearMethod,
  type Monitor,
  stageMonitor,
} from './options.js';
import { profileInterval } from './profile-likelihood.js';
import {
  resolvedMaxOrder,
  resolvedThreshold,
  type Selection,
  type SelectionOptions,
  selectModel,
} from './selection.js';

export const SCHEMA_VERSION = 1;

export type IntervalMethod = 'bca-bootstrap' | 'profile-likelihood' | 'posterior';

export type EstimateInterval = { lower: number; upper: number; level: number; method: IntervalMethod };

/**
 * One row of the BIC bootstrap's intervals by number of top models (MultipleSystemsEstimation's
 * BCaquantiles): every replicate chooses among the `to` best models of the original data. Rows
 * from `from` to `to` share their interval (the models added there were never chosen in a
 * replicate or a jackknife deletion); `models` names them, in the original ranking.
 */
export type TopInterval = { from: number; to: number; models: string[]; lower: number; upper: number };

export type EstimateReport = {
  schemaVersion: 1;
  /** The language of the texts for people (the warnings). */
  lang: Lang;
  observed: number;
  estimate: number;
  interval: EstimateInterval | null;
  model: string;
  method: EstimateMethod;
  topModels: { model: string; estimate: number; bic: number }[];
  /** bic with a bootstrap: the interval as more of the best models are let in (last row = interval). */
  topIntervals?: TopInterval[];
  /** bayes-threshold: each interaction's |posterior mean| / sd, and whether it was kept. */
  evidence?: { interaction: string; ratio: number; kept: boolean }[];
  warnings: string[];
};

/** What the text output and the SVG need beyond the JSON contract. */
export type EstimateDetails = {
  lists: readonly string[];
  interactions: string[];
  /** Bootstrap replicates or posterior draws behind the interval, if any. */
  replicates: number[];
  /** The profile-likelihood maximiser, reported by the Home Office method. */
  profileEstimate?: number;
  settings: string;
};

/** How many of the best models the report lists beside the selected one. */
const TOP_MODELS_SHOWN = 5;

export type PointEstimate = {
  prepared: PreparedTable;
  options: SelectionOptions;
  selection: Selection;
  topModels: ModelFit[];
};

/**
 * How many of the original top models each bic bootstrap replicate chooses among: `ntop` when
 * given ('all' = every admissible model), else MultipleSystemsEstimation's default.
 */
export function bootstrapModelCount(t: number, ntop?: number | 'all'): number {
  if (ntop === 'all') return Number.POSITIVE_INFINITY;
  if (ntop !== undefined) return ntop;
  if (t <= 3) return Number.POSITIVE_INFINITY;
  return t === 4 ? 20 : 100;
}

export type PointOptions = {
  /** bic: how many top models the bootstrap will choose among (bootstrapModelCount). */
  retained?: number;
  /** Told after each model of a BIC enumeration. */
  monitor?: Monitor;
};

export function pointEstimate(
  table: CaptureTable,
  checker: ExistenceChecker,
  options: SelectionOptions,
  point: PointOptions = {},
): PointEstimate | null {
  const prepared = prepareTable(table);
  // Only the top models are reported and carried into the bootstrap, so the BIC search may skip
  // models that cannot reach them.
  const keepBest = Math.max(TOP_MODELS_SHOWN, point.retained ?? bootstrapModelCount(prepared.t));
  const selection = selectModel(prepared, checker, options, { keepBest, monitor: point.monitor });
  if (!selection) return null;
  // Beside the selected model, show the best models by BIC. For up to five lists the pairwise
  // catalogue (≤ 1024 models) is cheap enough to rank for every method.
  let topModels = selection.considered;
  if (options.method !== 'bic' && prepared.t <= 5)
    topModels = rankByBic(prepared, checker, {
      maxOrder: Math.min(2, prepared.t - 1),
      keepBest: TOP_MODELS_SHOWN,
    });
  return { prepared, options, selection, topModels: topModels.slice(0, TOP_MODELS_SHOWN) };
}

export function bootstrapTaskFor(
  point: PointEstimate,
  seed: number,
  replicates: number,
  retained = bootstrapModelCount(point.prepared.t),
): BootstrapTask {
  const { prepared, options, selection } = point;
  const top = options.method === 'bic' ? selection.considered.slice(0, retained) : undefined;
  return {
    lists: [...prepared.lists],
    counts: Array.from(prepared.y),
    options,
    candidates: top?.map((fit) => [...fit.model.terms]),
    candidateStarts: top?.map((fit) => Array.from(fit.mu)),
    seed,
    from: 0,
    to: replicates,
  };
}

function methodLabel(options: SelectionOptions, t: number, tr: Translator): string {
  switch (options.method) {
    case 'stepwise':
    case 'aic-stepwise':
      return tr.t(`estimate.settings.${options.method}`, {
        threshold: tr.number(resolvedThreshold(options)),
      });
    case 'bic':
    case 'downhill':
      return tr.t(`estimate.settings.${options.method}`, { order: resolvedMaxOrder(t, options) });
    case 'main':
      return tr.t('estimate.settings.main');
  }
}

function baseWarnings(point: PointEstimate, tr: Translator): string[] {
  const warnings: string[] = [];
  const { prepared, selection, topModels } = point;
  const cells = (1 << prepared.t) - 1;
  let empty = 0;
  for (let mask = 1; mask <= cells; mask++) if (prepared.y[mask] === 0) empty++;
  if (empty > cells / 2) {
    warnings.push(tr.t('estimate.warning.sparse', { empty, cells }));
  }
  if (selection.fit.infiniteTerms.length > 0) {
    warnings.push(tr.t('estimate.warning.infinite', { count: selection.fit.infiniteTerms.length }));
  }
  if (selection.rejected > 0) {
    warnings.push(tr.t('estimate.warning.refused', { count: selection.rejected }));
  }
  const best = topModels[0];
  if (best) {
    const close = topModels.filter((fit) => fit.bic - best.bic <= 2);
    const estimates = close.map((fit) => fit.abundance);
    const low = Math.min(...estimates);
    const high = Math.max(...estimates);
    if (close.length > 1 && high > 1.2 * low) {
      warnings.push(tr.t('estimate.warning.closeModels', { low: Math.round(low), high: Math.round(high) }));
    }
  }
  if (selection.fit.abundance > 10 * prepared.n) {
    warnings.push(tr.t('estimate.warning.tenTimes'));
  }
  return warnings;
}

export function assembleReport(
  point: PointEstimate,
  interval: EstimateReport['interval'],
  extraWarnings: string[],
  topIntervals?: TopInterval[],
  tr: Translator = translator(),
): EstimateReport {
  const { prepared, selection, options, topModels } = point;
  return {
    schemaVersion: SCHEMA_VERSION,
    lang: tr.lang,
    observed: prepared.n,
    estimate: selection.fit.abundance,
    interval,
    model: formatModel(selection.fit.model),
    method: options.method satisfies LogLinearMethod,
    ...(topIntervals ? { topIntervals } : {}),
    topModels: topModels.map((fit) => ({
      model: formatModel(fit.model),
      estimate: fit.abundance,
      bic: fit.bic,
    })),
    warnings: [...baseWarnings(point, tr), ...extraWarnings],
  };
}

export function describePoint(
  point: PointEstimate,
  tr: Translator = translator(),
): Omit<EstimateDetails, 'replicates'> {
  return {
    lists: point.prepared.lists,
    interactions: describeInteractions(point.selection.fit.model, point.prepared.lists),
    settings: methodLabel(point.options, point.prepared.t, tr),
  };
}

/** The model-conditional profile-likelihood interval, used when no bootstrap is asked for. */
export function profileIntervalFor(point: PointEstimate, level: number) {
  return profileInterval(point.prepared, point.selection.fit.model, point.selection.fit.abundance, level);
}

/** The BCa interval of the replicates' estimates at `level`, with the acceleration of `jackknife`. */
function bcaInterval(
  estimate: number,
  replicates: ArrayLike<number>,
  jackknife: Pick<Jackknife, 'weights' | 'estimates'>,
  level: number,
): { lower: number; upper: number; accelerated: boolean } {
  const tail = (1 - level) / 2;
  const acceleration = jackknifeAcceleration(jackknife.weights, jackknife.estimates);
  const bca = bcaLimits(estimate, replicates, acceleration, [tail, 1 - tail]);
  return { lower: bca.limits[0], upper: bca.limits[1], accelerated: Number.isFinite(acceleration) };
}

/** Row k of a records matrix: the estimate chosen among candidates 0…k (NaN if none yet). */
function chosenAt(records: readonly number[], k: number): number {
  let estimate = Number.NaN;
  for (let i = 0; i < records.length && records[i] <= k; i += 2) estimate = records[i + 1];
  return estimate;
}

/**
 * R's matrix of BCa intervals by number of top models (vary_ntop_bca): row k lets every replicate
 * and every jackknife deletion choose among the k best models on the original data. Only rows
 * where some choice changes are computed; the rows between share their interval.
 */
function topIntervalsFrom(
  point: PointEstimate,
  candidates: number,
  replicates: number[][],
  jackknife: Jackknife & { records: number[][] },
  level: number,
): TopInterval[] {
  const changes = new Set<number>([0]);
  for (const records of [...replicates, ...jackknife.records])
    for (let i = 0; i < records.length; i += 2) changes.add(records[i]);
  const starts = [...changes].filter((k) => k < candidates).sort((a, b) => a - b);
  const names = point.selection.considered.slice(0, candidates).map((fit) => formatModel(fit.model));
  const rows: TopInterval[] = [];
  starts.forEach((k, i) => {
    const to = i + 1 < starts.length ? starts[i + 1] : candidates;
    const estimates = replicates.map((records) => chosenAt(records, k)).filter((x) => Number.isFinite(x));
    const deleted = jackknife.records.map((records) => chosenAt(records, k));
    const limits =
      estimates.length >= 2
        ? bcaInterval(point.selection.fit.abundance, estimates, { ...jackknife, estimates: deleted }, level)
        : { lower: Number.NaN, upper: Number.NaN };
    const last = rows.at(-1);
    if (last && Object.is(last.lower, limits.lower) && Object.is(last.upper, limits.upper)) {
      last.to = to;
      last.models.push(...names.slice(k, to));
    } else {
      rows.push({ from: k + 1, to, models: names.slice(k, to), lower: limits.lower, upper: limits.upper });
    }
  });
  return rows;
}

export type IntervalResult = {
  interval: EstimateReport['interval'];
  warnings: string[];
  profileEstimate?: number;
  topIntervals?: TopInterval[];
};

/**
 * Interval from bootstrap replicates (BCa) when there are any, else the profile-likelihood
 * interval of the selected model, with the warnings that go with each.
 */
export function intervalFrom(
  point: PointEstimate,
  checker: ExistenceChecker,
  replicates: ReplicateResults | null,
  level: number,
  options: { retained?: number; monitor?: Monitor; tr?: Translator } = {},
): IntervalResult {
  const tr = options.tr ?? translator();
  const warnings: string[] = [];
  if (replicates && replicates.estimates.length > 0) {
    const usable = Array.from(replicates.estimates).filter((x) => Number.isFinite(x));
    const dropped = replicates.estimates.length - usable.length;
    if (dropped > 0) warnings.push(tr.t('estimate.warning.dropped', { count: dropped }));
    if (usable.length < 2)
      return { interval: null, warnings: [...warnings, tr.t('estimate.warning.fewReplicates')] };
    const task = bootstrapTaskFor(point, 0, 0, options.retained);
    const jackknife = selectionJackknife(task, checker, options.monitor);
    const bca = bcaInterval(point.selection.fit.abundance, usable, jackknife, level);
    if (!bca.accelerated) warnings.push(tr.t('estimate.warning.noAcceleration'));
    const topIntervals =
      replicates.records && jackknife.records && task.candidates
        ? topIntervalsFrom(
            point,
            task.candidates.length,
            replicates.records,
            { ...jackknife, records: jackknife.records },
            level,
          )
        : undefined;
    return {
      interval: { lower: bca.lower, upper: bca.upper, level, method: 'bca-bootstrap' },
      warnings,
      topIntervals,
    };
  }
  const profile = profileIntervalFor(point, level);
  if (!profile) return { interval: null, warnings: [tr.t('estimate.warning.noProfile')] };
  if (point.options.method !== 'aic-stepwise' && point.options.method !== 'main') {
    warnings.push(tr.t('estimate.warning.conditional'));
  }
  if (!Number.isFinite(profile.upper)) warnings.push(tr.t('estimate.warning.noUpper'));
  return {
    interval: { lower: profile.lower, upper: profile.upper, level, method: 'profile-likelihood' },
    warnings,
    profileEstimate: profile.estimate,
  };
}

/** Said when not even one candidate model has a maximum likelihood estimate. */
export const NO_ADMISSIBLE_MODEL: Problem = {
  path: '',
  code: 'no_admissible_model',
  message: 'no model can be fitted: the maximum likelihood estimate does not exist for any candidate',
};

/** A log-linear selection with its interval: the registry's `run` for those methods (methods.ts). */
export async function estimateLogLinear(
  table: CaptureTable,
  options: EstimateOptions & { method: LogLinearMethod },
  runtime: EstimateRuntime = {},
): Promise<EstimateOutcome> {
  const { onProgress, signal } = runtime;
  const tr = translator(runtime.lang);
  const selection = { method: options.method, maxOrder: options.maxOrder, threshold: options.threshold };
  const retained = bootstrapModelCount(table.lists.length, options.ntop);
  const bootstrap = options.bootstrap ?? 0;
  const point = await withExistenceChecker((checker) =>
    pointEstimate(table, checker, selection, {
      // Without a bootstrap nothing but the best few models is reported, so a BIC search need keep
      // (and fit) no more than those: about a tenth fewer fits over five lists' 6,893 models.
      retained: bootstrap > 0 ? retained : TOP_MODELS_SHOWN,
      monitor: stageMonitor('models', onProgress, signal),
    }),
  );
  if (!point) return { ok: false, problems: [NO_ADMISSIBLE_MODEL] };
  let replicates: ReplicateResults | null = null;
  if (bootstrap > 0) {
    const task = bootstrapTaskFor(point, options.seed ?? DEFAULT_SEED, bootstrap, retained);
    const monitor = stageMonitor('bootstrap', onProgress, signal);
    replicates = runtime.replicates
      ? await runtime.replicates(task, monitor)
      : await withExistenceChecker((checker) => bootstrapReplicates(task, checker, monitor));
  }
  const result = await withExistenceChecker((checker) =>
    intervalFrom(point, checker, replicates, options.level ?? DEFAULT_LEVEL, {
      retained,
      monitor: stageMonitor('jackknife', onProgress, signal),
      tr,
    }),
  );
  return {
    ok: true,
    report: assembleReport(point, result.interval, result.warnings, result.topIntervals, tr),
    details: {
      ...describePoint(point, tr),
      replicates: replicates ? Array.from(replicates.estimates) : [],
      profileEstimate: result.profileEstimate,
    },
  };
}

/** "identified n; estimated N̂ [lo, hi]; about X% never identified", in the reader's language. */
export function summaryLine(report: EstimateReport, lang?: Lang): string {
  const tr = translator(lang);
  const round = (x: number) => (Number.isFinite(x) ? tr.number(Math.round(x), { useGrouping: false }) : '∞');
  const values = {
    observed: round(report.observed),
    estimate: round(report.estimate),
    hidden: Math.round((100 * (report.estimate - report.observed)) / report.estimate),
  };
  return report.interval
    ? tr.t('estimate.report.summary', {
        ...values,
        lower: round(report.interval.lower),
        upper: round(report.interval.upper),
      })
    : tr.t('estimate.report.summaryNoInterval', values);
}
