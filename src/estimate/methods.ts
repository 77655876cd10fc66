// Every estimation method in one registry: what each can take (its limits) and how it runs. The
// CLI, the HTTP API and the web app only parse options and print reports; choosing, checking and
// running a method happens here, once.
import type { Problem } from '../facts/problems.js';
import { type Lang, type MessageKey, translator } from '../i18n/index.js';
import { estimateBayesThreshold } from './bayes-threshold-report.js';
import { defaultMaxOrder } from './bic-search.js';
import { type CaptureTable, overlapGroups } from './capture-table.js';
import { estimateDga } from './dga-report.js';
import { bootstrapModelCount, estimateLogLinear } from './estimate.js';
import { mainEffects } from './hierarchical-model.js';
import { withExistenceChecker } from './highs-lp.js';
import { estimateLcmcr, LCMCR_DEFAULTS } from './lcmcr-report.js';
import { prepareTable } from './loglinear-fit.js';
import {
  DEFAULT_SEED,
  type EstimateMethod,
  type EstimateOptions,
  type EstimateOutcome,
  type EstimateRuntime,
  type LogLinearMethod,
  stageMonitor,
} from './options.js';

export {
  ESTIMATE_METHODS,
  type EstimateMethod,
  type EstimateOptions,
  isEstimateMethod,
  isLogLinear,
  MAX_HTTP_BOOTSTRAP,
  METHOD_LABELS,
} from './options.js';

/** The options an estimate can be given beyond the method, by name. */
export type EstimateOption = Exclude<keyof EstimateOptions, 'method'>;

export type MethodLimits = {
  /** Lists the method takes, and why no more (or fewer): a message with {lists}. */
  lists: { min: number; max: number; why?: MessageKey };
  /** Options the method reads; any other given to it is said to be ignored. */
  reads: readonly EstimateOption[];
  /** What its threshold means, and the values it may take. */
  threshold?: { min: number; max: number; what: MessageKey };
  /** Its interaction orders, when not 1 to (lists − 1). */
  maxOrder?: { min: number; max: number };
};

export type MethodEntry = {
  limits: MethodLimits;
  run: (table: CaptureTable, options: EstimateOptions, runtime: EstimateRuntime) => Promise<EstimateOutcome>;
  /**
   * About how much work a run is, in units of one log-linear fit on five lists (so that a server can
   * refuse a request too large for it before any work is done). `people` is the number observed.
   */
  work: (lists: number, people: number, options: EstimateOptions) => number;
};

const P_VALUE = { min: 0, max: 1, what: 'estimate.limits.pValue' } as const;

/**
 * Relative cost of one fit of the model with every interaction up to `order` on t lists: a fixed
 * part, and cells × parameters² (the superset sums and the normal equations). The weights in this
 * file were set by timing each method on the reference data (tens of µs a unit here), to within
 * a factor of about three — enough to bound a request, not to predict its time.
 */
function fitCost(t: number, order = 2): number {
  let parameters = 1;
  for (let k = 1; k <= Math.min(order, t); k++) parameters += binomial(t, k);
  return 0.3 + (2 ** t / 32) * (parameters / 16) ** 2;
}

function binomial(n: number, k: number): number {
  let value = 1;
  for (let i = 1; i <= k; i++) value = (value * (n - k + i)) / i;
  return value;
}

/** How many hierarchical models a BIC search enumerates (mse.md §4.1's counts, bounded above). */
function catalogueSize(t: number, maxOrder: number): number {
  const known: Record<string, number> = { '2,1': 1, '3,1': 1, '3,2': 8, '4,1': 1, '4,2': 64, '4,3': 113 };
  const key = `${t},${maxOrder}`;
  if (known[key] !== undefined) return known[key];
  if (t === 5) return maxOrder <= 1 ? 1 : maxOrder === 2 ? 1024 : maxOrder === 3 ? 6212 : 6893;
  return 2 ** binomial(t, 2) * (maxOrder > 2 ? 8 : 1);
}

/** Fits one selection makes on t lists. */
function selectionFits(
  method: LogLinearMethod,
  t: number,
  options: EstimateOptions,
  replicate: boolean,
): number {
  const pairs = binomial(t, 2);
  const maxOrder = Math.min(options.maxOrder ?? defaultMaxOrder(t), t - 1);
  switch (method) {
    case 'main':
      return 1;
    case 'stepwise':
      return pairs / 2 + 1;
    case 'aic-stepwise':
      // Every step fits every pair left, and tests each with a Wald statistic.
      return 1.75 * pairs * pairs + 1;
    case 'downhill':
      // Most steps end early: few neighbours improve, and fits start from the current model.
      return (Math.min(20, pairs) * (pairs + binomial(t, 3))) / 6;
    case 'bic': {
      const all = catalogueSize(t, maxOrder);
      if (!replicate) return all;
      const retained = bootstrapModelCount(t, options.ntop);
      return Math.min(all, retained);
    }
  }
}

function logLinear(method: LogLinearMethod, limits: MethodLimits): MethodEntry {
  return {
    limits,
    run: (table, options, runtime) => estimateLogLinear(table, { ...options, method }, runtime),
    work: (t, _people, options) => {
      const order = method === 'bic' || method === 'downhill' ? (options.maxOrder ?? defaultMaxOrder(t)) : 2;
      const point = selectionFits(method, t, options, false) * fitCost(t, order);
      const bootstrap = options.bootstrap ?? 0;
      if (bootstrap === 0) return point + 100 * fitCost(t, order);
      // Every replicate and every jackknife deletion repeats the selection.
      return point + (bootstrap + 2 ** t - 1) * selectionFits(method, t, options, true) * fitCost(t, order);
    },
  };
}

const LOG_LINEAR_READS = ['threshold', 'bootstrap', 'seed', 'level'] as const;
const SEARCH_READS = ['maxOrder', 'bootstrap', 'seed', 'level'] as const;

const ANY_LISTS = { min: 2, max: 8 };
// The catalogue of hierarchical models grows too fast past six lists (32,768 pairwise models at 6).
const SIX_LISTS = { min: 2, max: 6, why: 'estimate.limits.sixLists' } as const;

export const METHODS: Record<EstimateMethod, MethodEntry> = {
  stepwise: logLinear('stepwise', { lists: ANY_LISTS, reads: LOG_LINEAR_READS, threshold: P_VALUE }),
  'aic-stepwise': logLinear('aic-stepwise', {
    lists: ANY_LISTS,
    reads: LOG_LINEAR_READS,
    threshold: P_VALUE,
  }),
  bic: logLinear('bic', { lists: SIX_LISTS, reads: [...SEARCH_READS, 'ntop'] }),
  downhill: logLinear('downhill', { lists: SIX_LISTS, reads: SEARCH_READS }),
  main: logLinear('main', { lists: ANY_LISTS, reads: ['bootstrap', 'seed', 'level'] }),
  dga: {
    limits: {
      lists: { min: 3, max: 5, why: 'estimate.limits.dgaLists' },
      reads: [],
    },
    run: async (table, _options, runtime) => ({
      ok: true,
      ...estimateDga(table, stageMonitor('graphs', runtime.onProgress, runtime.signal), runtime.lang),
    }),
    // Every graph (8, 61 or 822) on a 1000-point grid, each point a sum over the graph's cliques.
    work: (t) => 20 * ({ 3: 8, 4: 61, 5: 822 }[t as 3 | 4 | 5] ?? 822),
  },
  lcmcr: {
    limits: { lists: ANY_LISTS, reads: ['seed'] },
    run: async (table, options, runtime) => ({
      ok: true,
      ...estimateLcmcr(
        table,
        options.seed ?? DEFAULT_SEED,
        stageMonitor('sampling', runtime.onProgress, runtime.signal),
        runtime.lang,
      ),
    }),
    // Every sweep draws a class for every person observed (and every one unobserved).
    work: (t, people) => {
      const { burnin, samples, thinning, chains } = LCMCR_DEFAULTS;
      return (chains * (500 + burnin + samples * thinning) * people * Math.min(2 ** t - 1, 10) * t) / 1e4;
    },
  },
  'bayes-threshold': {
    limits: {
      lists: { min: 3, max: 8, why: 'estimate.limits.bayesLists' },
      reads: ['threshold', 'maxOrder', 'prior', 'seed'],
      threshold: { min: 0, max: 100, what: 'estimate.limits.bayesThreshold' },
      maxOrder: { min: 2, max: 3 },
    },
    run: (table, options, runtime) =>
      withExistenceChecker((checker) =>
        estimateBayesThreshold(
          runtime.lang,
          table,
          checker,
          {
            threshold: options.threshold,
            prior: options.prior,
            maxOrder: options.maxOrder === 3 ? 3 : 2,
            ...(options.seed !== undefined ? { seed: options.seed } : {}),
          },
          stageMonitor('sampling', runtime.onProgress, runtime.signal),
        ),
      ),
    // Three MCMC runs of 11,000 iterations, each a pass over the cells.
    work: (t) => (3 * 11_000 * fitCost(t)) / 3.5,
  },
};

/** Where each option was given (a JSON path for the API, `options.<flag>` for the CLI). */
export type OptionPaths = Record<'method' | EstimateOption, string>;

/** The options' own names, as the HTTP API's request body spells them. */
export const OPTION_PATHS: OptionPaths = {
  method: 'method',
  maxOrder: 'maxOrder',
  threshold: 'threshold',
  bootstrap: 'bootstrap',
  seed: 'seed',
  level: 'level',
  ntop: 'ntop',
  prior: 'prior',
};

/** What is wrong with using these options on a table of `lists` lists. */
export function optionProblems(
  lists: number,
  options: EstimateOptions,
  paths: OptionPaths,
  lang?: Lang,
): Problem[] {
  const { limits } = METHODS[options.method];
  const problems: Problem[] = [];
  // Any method takes the 2 to 8 lists a capture table may have: only narrower limits say why.
  if ((lists < limits.lists.min || lists > limits.lists.max) && limits.lists.why) {
    problems.push({
      path: paths.method,
      code: 'unsupported',
      message: translator(lang).t(limits.lists.why, { lists }),
      expected: `${limits.lists.min}–${limits.lists.max}`,
      found: String(lists),
    });
  }
  return [...problems, ...rangeProblems(lists, options, paths, limits, lang)];
}

/**
 * The options' ranges (the highest order, the replicates, the seed…): the method's own where it
 * has them, else those of the log-linear methods (the CLI checks them before it knows the method).
 */
export function rangeProblems(
  lists: number,
  options: Omit<EstimateOptions, 'method'>,
  paths: OptionPaths,
  limits?: MethodLimits,
  lang?: Lang,
): Problem[] {
  const { t } = translator(lang);
  const problems: Problem[] = [];
  const wholeNumber = (option: EstimateOption, value: number | undefined, min: number, max: number) => {
    if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return;
    problems.push({
      path: paths[option],
      code: 'invalid_option',
      message:
        option === 'maxOrder'
          ? t('estimate.limits.maxOrder', { min, max, lists })
          : t('estimate.limits.wholeNumber', { min, max }),
      expected: `${min}–${max}`,
      found: String(value),
    });
  };
  const order = limits?.maxOrder ?? { min: 1, max: lists - 1 };
  wholeNumber('maxOrder', options.maxOrder, order.min, Math.min(order.max, lists - 1));
  wholeNumber('bootstrap', options.bootstrap, 0, 100_000);
  wholeNumber('seed', options.seed, 0, 2 ** 32 - 1);
  if (options.ntop !== 'all') wholeNumber('ntop', options.ntop, 1, 1_000_000);
  const threshold = limits?.threshold ?? P_VALUE;
  if (
    options.threshold !== undefined &&
    !(options.threshold >= threshold.min && options.threshold <= threshold.max)
  ) {
    problems.push({
      path: paths.threshold,
      code: 'invalid_option',
      message: t(threshold.what),
      expected: `${threshold.min}–${threshold.max}`,
      found: String(options.threshold),
    });
  }
  if (options.level !== undefined && !(options.level > 0 && options.level < 1)) {
    problems.push({
      path: paths.level,
      code: 'invalid_option',
      message: t('estimate.limits.level'),
      expected: '0–1',
      found: String(options.level),
    });
  }
  return problems;
}

/** Said of options the method does not use (so that nobody believes they were applied). */
export function ignoredOptionWarnings(options: EstimateOptions, lang?: Lang): string[] {
  const { t } = translator(lang);
  const { reads } = METHODS[options.method].limits;
  const { method } = options;
  const warnings: string[] = [];
  if ((options.bootstrap ?? 0) > 0 && !reads.includes('bootstrap'))
    warnings.push(t('estimate.ignored.bootstrap', { method }));
  if (options.prior !== undefined && !reads.includes('prior'))
    warnings.push(t('estimate.ignored.prior', { method }));
  if (options.ntop !== undefined && !reads.includes('ntop'))
    warnings.push(t('estimate.ignored.ntopMethod', { method }));
  else if (options.ntop !== undefined && !((options.bootstrap ?? 0) > 0))
    warnings.push(t('estimate.ignored.ntopBootstrap'));
  return warnings;
}

/**
 * Lists in groups that share nobody (overlapGroups). Whether anything can still be estimated turns
 * on the model of independent lists, which every hierarchical model contains: when its MLE does
 * not exist (two lists with no one in common, or groups shaped like them), no model's does and
 * nothing is estimated; when it exists (e.g. one list apart from two that overlap), the estimate
 * rests only on that model's assumption across the groups, and a warning says so — as
 * MultipleSystemsEstimation estimates such data (its Artificial_3 and New Orleans tables).
 */
async function noOverlap(
  table: CaptureTable,
  lang?: Lang,
): Promise<{ problem: Problem } | { warning: string } | null> {
  const groups = overlapGroups(table);
  if (groups.length < 2) return null;
  const { t, list } = translator(lang);
  const named = groups.map((group) => list(group.map((i) => table.lists[i]))).join('; ');
  const prepared = prepareTable(table);
  const independent = await withExistenceChecker((checker) =>
    checker.check(prepared, mainEffects(prepared.t)),
  );
  if (independent.mleExists && independent.identifiable)
    return { warning: t('estimate.noOverlap.assumed', { groups: named }) };
  const message =
    table.lists.length === 2
      ? t('estimate.noOverlap.two')
      : t('estimate.noOverlap.groups', { groups: named });
  return { problem: { path: '', code: 'no_overlap', message } };
}

/**
 * Checks the options against the table and runs the method: the one way every edge estimates.
 * Problems (the options do not fit the table, or no model can be fitted) come back as such;
 * a cancelled estimate throws EstimateCancelled.
 */
export async function runEstimate(
  table: CaptureTable,
  options: EstimateOptions,
  runtime: EstimateRuntime = {},
  paths: OptionPaths = OPTION_PATHS,
): Promise<EstimateOutcome> {
  const problems = optionProblems(table.lists.length, options, paths, runtime.lang);
  if (problems.length > 0) return { ok: false, problems };
  const unlinked = await noOverlap(table, runtime.lang);
  if (unlinked && 'problem' in unlinked) return { ok: false, problems: [unlinked.problem] };
  const outcome = await METHODS[options.method].run(table, options, runtime);
  if (outcome.ok) {
    if (unlinked) outcome.report.warnings.unshift(unlinked.warning);
    outcome.report.warnings.push(...ignoredOptionWarnings(options, runtime.lang));
  }
  return outcome;
}
