// Every estimation method in one registry: what each can take (its limits) and how it runs. The
// CLI, the HTTP API and the web app only parse options and print reports; choosing, checking and
// running a method happens here, once.
import type { Problem } from '../facts/problems.js';
import type { CaptureTable } from './capture-table.js';
import { estimateDga } from './dga-report.js';
import { estimateLogLinear } from './estimate.js';
import { estimateLcmcr } from './lcmcr-report.js';
import {
  DEFAULT_SEED,
  type EstimateMethod,
  type EstimateOptions,
  type EstimateOutcome,
  type EstimateRuntime,
  type LogLinearMethod,
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
  /** Lists the method takes, and why no more (or fewer). */
  lists: { min: number; max: number; why: string };
  /** Options the method reads; any other given to it is said to be ignored. */
  reads: readonly EstimateOption[];
};

export type MethodEntry = {
  limits: MethodLimits;
  run: (table: CaptureTable, options: EstimateOptions, runtime: EstimateRuntime) => Promise<EstimateOutcome>;
};

const LOG_LINEAR_READS = ['threshold', 'bootstrap', 'seed', 'level'] as const;
const SEARCH_READS = ['maxOrder', 'bootstrap', 'seed', 'level'] as const;

function logLinear(method: LogLinearMethod, limits: MethodLimits): MethodEntry {
  return {
    limits,
    run: (table, options, runtime) => estimateLogLinear(table, { ...options, method }, runtime),
  };
}

const ANY_LISTS = { min: 2, max: 8, why: '' };
// The catalogue of hierarchical models grows too fast past six lists (32,768 pairwise models at 6).
const SIX_LISTS = {
  min: 2,
  max: 6,
  why: 'searches over the model catalogue are limited to 6 lists (it grows too fast); use stepwise',
};

export const METHODS: Record<EstimateMethod, MethodEntry> = {
  stepwise: logLinear('stepwise', { lists: ANY_LISTS, reads: LOG_LINEAR_READS }),
  'aic-stepwise': logLinear('aic-stepwise', { lists: ANY_LISTS, reads: LOG_LINEAR_READS }),
  bic: logLinear('bic', { lists: SIX_LISTS, reads: [...SEARCH_READS, 'ntop'] }),
  downhill: logLinear('downhill', { lists: SIX_LISTS, reads: SEARCH_READS }),
  main: logLinear('main', { lists: ANY_LISTS, reads: ['bootstrap', 'seed', 'level'] }),
  dga: {
    limits: {
      lists: { min: 3, max: 5, why: 'dga averages over decomposable graphs for 3 to 5 lists' },
      reads: [],
    },
    run: async (table) => ({ ok: true, ...estimateDga(table) }),
  },
  lcmcr: {
    limits: { lists: ANY_LISTS, reads: ['seed'] },
    run: async (table, options) => ({ ok: true, ...estimateLcmcr(table, options.seed ?? DEFAULT_SEED) }),
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
};

/** What is wrong with using these options on a table of `lists` lists. */
export function optionProblems(lists: number, options: EstimateOptions, paths: OptionPaths): Problem[] {
  const { limits } = METHODS[options.method];
  const problems: Problem[] = [];
  if (lists < limits.lists.min || lists > limits.lists.max) {
    problems.push({
      path: paths.method,
      code: 'unsupported',
      message: `${limits.lists.why}; this table has ${lists}`,
      expected: `${limits.lists.min}–${limits.lists.max} lists`,
      found: String(lists),
    });
  }
  return [...problems, ...rangeProblems(lists, options, paths)];
}

/** The options' own ranges, whatever the method (the highest order, the replicates, the seed…). */
export function rangeProblems(
  lists: number,
  options: Omit<EstimateOptions, 'method'>,
  paths: OptionPaths,
): Problem[] {
  const problems: Problem[] = [];
  const wholeNumber = (option: EstimateOption, value: number | undefined, min: number, max: number) => {
    if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return;
    problems.push({
      path: paths[option],
      code: 'invalid_option',
      message:
        option === 'maxOrder'
          ? `the highest interaction order for ${lists} lists is ${lists - 1}`
          : `a whole number from ${min} to ${max}`,
      expected: `${min}–${max}`,
      found: String(value),
    });
  };
  wholeNumber('maxOrder', options.maxOrder, 1, lists - 1);
  wholeNumber('bootstrap', options.bootstrap, 0, 100_000);
  wholeNumber('seed', options.seed, 0, 2 ** 32 - 1);
  if (options.ntop !== 'all') wholeNumber('ntop', options.ntop, 1, 1_000_000);
  if (options.threshold !== undefined && !(options.threshold >= 0 && options.threshold <= 1)) {
    problems.push({
      path: paths.threshold,
      code: 'invalid_option',
      message: 'a p-value threshold is between 0 and 1',
      expected: '0–1',
      found: String(options.threshold),
    });
  }
  if (options.level !== undefined && !(options.level > 0 && options.level < 1)) {
    problems.push({
      path: paths.level,
      code: 'invalid_option',
      message: 'an interval level is between 0 and 1, e.g. 0.95',
      expected: '0–1',
      found: String(options.level),
    });
  }
  return problems;
}

/** Said of options the method does not use (so that nobody believes they were applied). */
export function ignoredOptionWarnings(options: EstimateOptions): string[] {
  const { reads } = METHODS[options.method].limits;
  const warnings: string[] = [];
  if ((options.bootstrap ?? 0) > 0 && !reads.includes('bootstrap'))
    warnings.push(
      `bootstrap replicates are ignored for ${options.method}: the interval is the posterior one`,
    );
  if (options.ntop !== undefined && !reads.includes('ntop'))
    warnings.push(
      `the number of top models applies only to the BIC bootstrap; ignored for ${options.method}`,
    );
  else if (options.ntop !== undefined && !((options.bootstrap ?? 0) > 0))
    warnings.push('the number of top models applies only with bootstrap replicates; ignored');
  return warnings;
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
  const problems = optionProblems(table.lists.length, options, paths);
  if (problems.length > 0) return { ok: false, problems };
  const outcome = await METHODS[options.method].run(table, options, runtime);
  if (outcome.ok) outcome.report.warnings.push(...ignoredOptionWarnings(options));
  return outcome;
}
