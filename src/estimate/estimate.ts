// The whole estimate for one capture table: point estimate by the chosen method, the comparison
// models with their BICs, an interval and the warnings a reader needs — the data behind
// `continuum estimate` and its JSON contract (schemaVersion 1, README).
import { bcaLimits } from './bca.js';
import { rankByBic } from './bic-search.js';
import { type BootstrapTask, bootstrapReplicates, selectionAcceleration } from './bootstrap.js';
import type { CaptureTable } from './capture-table.js';
import type { ExistenceChecker } from './existence.js';
import { describeInteractions, formatModel } from './hierarchical-model.js';
import { type ModelFit, type PreparedTable, prepareTable } from './loglinear-fit.js';
import { profileInterval } from './profile-likelihood.js';
import {
  type LogLinearMethod,
  resolvedMaxOrder,
  resolvedThreshold,
  type Selection,
  type SelectionOptions,
  selectModel,
} from './selection.js';

export const SCHEMA_VERSION = 1;

export type IntervalMethod = 'bca-bootstrap' | 'profile-likelihood' | 'posterior';

export type EstimateReport = {
  schemaVersion: 1;
  observed: number;
  estimate: number;
  interval: { lower: number; upper: number; level: number; method: IntervalMethod } | null;
  model: string;
  method: string;
  topModels: { model: string; estimate: number; bic: number }[];
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

export type PointEstimate = {
  prepared: PreparedTable;
  options: SelectionOptions;
  selection: Selection;
  topModels: ModelFit[];
};

/** How many of the original top models the bic bootstrap searches (MultipleSystemsEstimation). */
export function bootstrapModelCount(t: number): number {
  if (t <= 3) return Number.POSITIVE_INFINITY;
  return t === 4 ? 20 : 100;
}

export function pointEstimate(
  table: CaptureTable,
  checker: ExistenceChecker,
  options: SelectionOptions,
): PointEstimate | null {
  const prepared = prepareTable(table);
  // Only the top models are reported and carried into the bootstrap, so the BIC search may skip
  // models that cannot reach them.
  const keepBest = Math.max(5, bootstrapModelCount(prepared.t));
  const selection = selectModel(prepared, checker, options, undefined, undefined, keepBest);
  if (!selection) return null;
  // Beside the selected model, show the best models by BIC. For up to five lists the pairwise
  // catalogue (≤ 1024 models) is cheap enough to rank for every method.
  let topModels = selection.considered;
  if (options.method !== 'bic' && prepared.t <= 5)
    topModels = rankByBic(prepared, checker, Math.min(2, prepared.t - 1), undefined, undefined, 5);
  return { prepared, options, selection, topModels: topModels.slice(0, 5) };
}

export function bootstrapTaskFor(point: PointEstimate, seed: number, replicates: number): BootstrapTask {
  const { prepared, options, selection } = point;
  const top =
    options.method === 'bic' ? selection.considered.slice(0, bootstrapModelCount(prepared.t)) : undefined;
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

function methodLabel(options: SelectionOptions, t: number): string {
  switch (options.method) {
    case 'stepwise':
      return `stepwise (one-sided Poisson p < ${resolvedThreshold(options)})`;
    case 'aic-stepwise':
      return `AIC stepwise, Home Office method (Wald p ≤ ${resolvedThreshold(options)})`;
    case 'bic':
      return `BIC over all hierarchical models up to order ${resolvedMaxOrder(t, options)}`;
    case 'downhill':
      return `downhill BIC search up to order ${resolvedMaxOrder(t, options)}`;
    case 'main':
      return 'main effects (lists independent)';
  }
}

function baseWarnings(point: PointEstimate): string[] {
  const warnings: string[] = [];
  const { prepared, selection, topModels } = point;
  const cells = (1 << prepared.t) - 1;
  let empty = 0;
  for (let mask = 1; mask <= cells; mask++) if (prepared.y[mask] === 0) empty++;
  if (empty > cells / 2) {
    warnings.push(
      `sparse table: ${empty} of ${cells} observable capture patterns are empty; estimates depend strongly on the model`,
    );
  }
  if (selection.fit.infiniteTerms.length > 0) {
    warnings.push(
      `${selection.fit.infiniteTerms.length} interaction(s) with nobody on all their lists are fixed at −∞ (cells deleted)`,
    );
  }
  if (selection.rejected > 0) {
    warnings.push(
      `${selection.rejected} candidate step(s) were refused because the MLE would not exist or be identifiable`,
    );
  }
  const best = topModels[0];
  if (best) {
    const close = topModels.filter((fit) => fit.bic - best.bic <= 2);
    const estimates = close.map((fit) => fit.abundance);
    const low = Math.min(...estimates);
    const high = Math.max(...estimates);
    if (close.length > 1 && high > 1.2 * low) {
      warnings.push(
        `models within 2 BIC of the best give estimates from ${Math.round(low)} to ${Math.round(high)}: the data do not choose between them`,
      );
    }
  }
  if (selection.fit.abundance > 10 * prepared.n) {
    warnings.push('the estimate is more than ten times the number identified: treat it with great caution');
  }
  return warnings;
}

export function assembleReport(
  point: PointEstimate,
  interval: EstimateReport['interval'],
  extraWarnings: string[],
): EstimateReport {
  const { prepared, selection, options, topModels } = point;
  return {
    schemaVersion: SCHEMA_VERSION,
    observed: prepared.n,
    estimate: selection.fit.abundance,
    interval,
    model: formatModel(selection.fit.model),
    method: options.method satisfies LogLinearMethod,
    topModels: topModels.map((fit) => ({
      model: formatModel(fit.model),
      estimate: fit.abundance,
      bic: fit.bic,
    })),
    warnings: [...baseWarnings(point), ...extraWarnings],
  };
}

export function describePoint(point: PointEstimate): Omit<EstimateDetails, 'replicates'> {
  return {
    lists: point.prepared.lists,
    interactions: describeInteractions(point.selection.fit.model, point.prepared.lists),
    settings: methodLabel(point.options, point.prepared.t),
  };
}

/** The model-conditional profile-likelihood interval, used when no bootstrap is asked for. */
export function profileIntervalFor(point: PointEstimate, level: number) {
  return profileInterval(point.prepared, point.selection.fit.model, point.selection.fit.abundance, level);
}

export type IntervalOptions = { bootstrap: number; seed: number; level: number };

/**
 * Interval from bootstrap replicates (BCa) when there are any, else the profile-likelihood
 * interval of the selected model, with the warnings that go with each.
 */
export function intervalFrom(
  point: PointEstimate,
  checker: ExistenceChecker,
  replicates: ArrayLike<number> | null,
  level: number,
): { interval: EstimateReport['interval']; warnings: string[]; profileEstimate?: number } {
  const warnings: string[] = [];
  const tail = (1 - level) / 2;
  if (replicates && replicates.length > 0) {
    const usable = Array.from(replicates).filter((x) => Number.isFinite(x));
    const dropped = replicates.length - usable.length;
    if (dropped > 0)
      warnings.push(`${dropped} bootstrap replicate(s) had no admissible model and were dropped`);
    if (usable.length < 2)
      return { interval: null, warnings: [...warnings, 'too few usable replicates for an interval'] };
    const acceleration = selectionAcceleration(bootstrapTaskFor(point, 0, 0), checker);
    if (!Number.isFinite(acceleration))
      warnings.push('jackknife acceleration undefined; BCa computed with a = 0');
    const bca = bcaLimits(point.selection.fit.abundance, usable, acceleration, [tail, 1 - tail]);
    return {
      interval: { lower: bca.limits[0], upper: bca.limits[1], level, method: 'bca-bootstrap' },
      warnings,
    };
  }
  const profile = profileIntervalFor(point, level);
  if (!profile)
    return { interval: null, warnings: ['no profile-likelihood interval: the model cannot be refitted'] };
  if (point.options.method !== 'aic-stepwise' && point.options.method !== 'main') {
    warnings.push(
      'the interval is conditional on the selected model and ignores model-selection uncertainty; use --bootstrap for an honest one',
    );
  }
  if (!Number.isFinite(profile.upper))
    warnings.push('the profile likelihood does not fall far enough: no finite upper limit');
  return {
    interval: { lower: profile.lower, upper: profile.upper, level, method: 'profile-likelihood' },
    warnings,
    profileEstimate: profile.estimate,
  };
}

/** Everything in one thread (tests, the browser, small bootstraps). */
export function estimatePopulation(
  table: CaptureTable,
  checker: ExistenceChecker,
  options: SelectionOptions,
  interval: IntervalOptions = { bootstrap: 0, seed: 1234, level: 0.95 },
): { report: EstimateReport; details: EstimateDetails } | null {
  const point = pointEstimate(table, checker, options);
  if (!point) return null;
  const replicates =
    interval.bootstrap > 0
      ? bootstrapReplicates(bootstrapTaskFor(point, interval.seed, interval.bootstrap), checker)
      : null;
  const result = intervalFrom(point, checker, replicates, interval.level);
  return {
    report: assembleReport(point, result.interval, result.warnings),
    details: {
      ...describePoint(point),
      replicates: replicates ? Array.from(replicates) : [],
      profileEstimate: result.profileEstimate,
    },
  };
}

/** "identified n; estimated N̂ [lo, hi]; about X% never identified" */
export function summaryLine(report: EstimateReport): string {
  const round = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '∞');
  const range = report.interval
    ? ` [${round(report.interval.lower)}, ${round(report.interval.upper)}]`
    : ' [no interval]';
  const hidden = Math.round((100 * (report.estimate - report.observed)) / report.estimate);
  return `identified ${report.observed}; estimated ${round(report.estimate)}${range}; about ${hidden}% never identified`;
}
