// What a caller asks of an estimate, in one options object shared by every method (the registry
// in methods.ts runs them), and how a long estimate reports its progress and is stopped. Light on
// purpose: the web app's menus import the method names and labels from here without the engine.
import type { Problem } from '../facts/problems.js';
import type { Lang } from '../i18n/index.js';
import type { BootstrapTask, ReplicateResults } from './bootstrap.js';
import type { EstimateDetails, EstimateReport } from './estimate.js';

/** The log-linear model selections (selection.ts): point estimate plus profile or bootstrap interval. */
export const LOG_LINEAR_METHODS = ['stepwise', 'aic-stepwise', 'bic', 'downhill', 'main'] as const;
export type LogLinearMethod = (typeof LOG_LINEAR_METHODS)[number];

export const ESTIMATE_METHODS = [...LOG_LINEAR_METHODS, 'dga', 'lcmcr', 'bayes-threshold'] as const;
export type EstimateMethod = (typeof ESTIMATE_METHODS)[number];

export const isEstimateMethod = (name: string): name is EstimateMethod =>
  (ESTIMATE_METHODS as readonly string[]).includes(name);

export const isLogLinear = (method: EstimateMethod): method is LogLinearMethod =>
  (LOG_LINEAR_METHODS as readonly string[]).includes(method);

/** A few words on each method, for menus. */
export const METHOD_LABELS: Record<EstimateMethod, string> = {
  stepwise: 'stepwise (log-linear, p-value selection)',
  'aic-stepwise': 'aic-stepwise (log-linear, Wald tests)',
  bic: 'bic (log-linear, best BIC)',
  downhill: 'downhill (log-linear, BIC search)',
  main: 'main (independence: main effects only)',
  dga: 'dga (Bayesian averaging over graphs; 3–5 lists)',
  lcmcr: 'lcmcr (Bayesian latent classes)',
  'bayes-threshold': 'bayes-threshold (Bayesian thresholding of interactions)',
};

/** The most bootstrap replicates one HTTP request may ask for (the web app and the API share it). */
export const MAX_HTTP_BOOTSTRAP = 1000;

export const DEFAULT_SEED = 1234;
export const DEFAULT_LEVEL = 0.95;

export type EstimateOptions = {
  method: EstimateMethod;
  /** Highest interaction order (bic, downhill); the method's default when absent. */
  maxOrder?: number;
  /** The method's threshold: a p-value (stepwise 0.02, aic-stepwise 0.05), or the posterior mean in
   * standard deviations an interaction must reach (bayes-threshold 2). */
  threshold?: number;
  /** bayes-threshold: the interactions' prior, N(0, 1) or flat. */
  prior?: 'proper' | 'improper';
  /** Bootstrap replicates for a BCa interval; 0 = profile likelihood (log-linear methods only). */
  bootstrap?: number;
  /** Seed of the bootstrap and of the samplers. */
  seed?: number;
  /** Interval level, 0.95 by default. */
  level?: number;
  /** bic: how many of the original data's best models each replicate chooses among ('all' = every one). */
  ntop?: number | 'all';
};

/** The stages a long estimate goes through, each reported with its own count. */
export const STAGES = ['models', 'bootstrap', 'jackknife', 'sampling', 'graphs'] as const;
export type EstimateStage = (typeof STAGES)[number];

export type EstimateProgress = { stage: EstimateStage; done: number; total: number };

/** Each stage in words, for the web app's progress bar (English until the app has languages; the
 * command line says them through the catalogue, `estimate.stage.*`). */
export const STAGE_WORDS: Record<EstimateStage, string> = {
  models: 'fitting models',
  bootstrap: 'bootstrap replicates',
  jackknife: 'jackknife',
  sampling: 'sampling the posterior',
  graphs: 'averaging over graphs',
};

/** Something that can say "stop": an AbortSignal will do, or a flag in shared memory. */
export type StopSignal = { readonly aborted: boolean };

/** Thrown inside the engine when its StopSignal fires; the edges answer "cancelled". */
export class EstimateCancelled extends Error {
  constructor() {
    super('the estimate was cancelled');
  }
}

/**
 * Called by a loop after each unit of work: reports progress (the caller throttles) and throws
 * EstimateCancelled once the estimate is to stop. Loops that take no monitor run to the end.
 */
export type Monitor = (done: number, total: number) => void;

/** A monitor for one stage from a progress listener and a stop signal (either may be absent). */
export function stageMonitor(
  stage: EstimateStage,
  onProgress?: (progress: EstimateProgress) => void,
  signal?: StopSignal,
): Monitor | undefined {
  if (!onProgress && !signal) return undefined;
  return (done, total) => {
    if (signal?.aborted) throw new EstimateCancelled();
    onProgress?.({ stage, done, total });
  };
}

/** Where bootstrap replicates are computed: here by default, or spread over threads by an edge. */
export type ReplicateRunner = (task: BootstrapTask, monitor?: Monitor) => Promise<ReplicateResults>;

/** What the caller lends an estimate: a progress listener, a stop signal, a replicate runner, the
 * language of the texts for people. */
export type EstimateRuntime = {
  lang?: Lang;
  onProgress?: (progress: EstimateProgress) => void;
  signal?: StopSignal;
  replicates?: ReplicateRunner;
};

export type EstimateOutcome =
  | { ok: true; report: EstimateReport; details: EstimateDetails }
  | { ok: false; problems: Problem[] };
