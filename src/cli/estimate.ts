// `continuum estimate FILE` — multiple systems estimation of a hidden population from a CSV of
// overlapping lists (one 0/1 column per list plus `count`, or one row per person).
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseCaptureCsv } from '../estimate/capture-csv.js';
import type { CaptureTable } from '../estimate/capture-table.js';
import { estimateDga } from '../estimate/dga-report.js';
import { distributionSvg } from '../estimate/distribution-svg.js';
import {
  assembleReport,
  bootstrapTaskFor,
  describePoint,
  type EstimateDetails,
  type EstimateReport,
  intervalFrom,
  pointEstimate,
  summaryLine,
} from '../estimate/estimate.js';
import { cachedExistenceChecker } from '../estimate/existence.js';
import { loadHighsSolver } from '../estimate/highs-lp.js';
import { estimateLcmcr } from '../estimate/lcmcr-report.js';
import {
  ESTIMATE_METHODS,
  type EstimateMethod,
  ignoredBootstrapWarning,
  methodLimitProblems,
} from '../estimate/methods.js';
import { runBootstrap } from '../estimate/parallel/bootstrap-pool.js';
import type { LogLinearMethod } from '../estimate/selection.js';
import type { Problem } from '../facts/problems.js';
import { InputError, printJson } from './io.js';

type RawOptions = {
  method: string;
  maxorder?: string;
  threshold?: string;
  bootstrap: string;
  seed: string;
  json?: boolean;
  svg?: string;
};

type Settings = {
  method: EstimateMethod;
  maxOrder?: number;
  threshold?: number;
  bootstrap: number;
  seed: number;
};

function parseSettings(raw: RawOptions, table: CaptureTable): Settings {
  const problems: Problem[] = [];
  const t = table.lists.length;
  const method = raw.method as EstimateMethod;
  if (!ESTIMATE_METHODS.includes(method)) {
    problems.push({
      path: 'options.method',
      code: 'invalid_option',
      message: 'unknown method',
      expected: ESTIMATE_METHODS.join(' | '),
      found: raw.method,
    });
  }
  const integer = (name: string, text: string | undefined, min: number, max: number): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({
        path: `options.${name}`,
        code: 'invalid_option',
        message: `--${name} must be a whole number from ${min} to ${max}`,
        expected: `${min}–${max}`,
        found: text,
      });
      return undefined;
    }
    return value;
  };
  const maxOrder = integer('maxorder', raw.maxorder, 1, t - 1);
  const bootstrap = integer('bootstrap', raw.bootstrap, 0, 100_000) ?? 0;
  const seed = integer('seed', raw.seed, 0, 2 ** 32 - 1) ?? 1234;
  let threshold: number | undefined;
  if (raw.threshold !== undefined) {
    threshold = Number(raw.threshold);
    if (!(threshold >= 0 && threshold <= 1)) {
      problems.push({
        path: 'options.threshold',
        code: 'invalid_option',
        message: '--threshold is a p-value between 0 and 1',
        expected: '0–1',
        found: raw.threshold,
      });
    }
  }
  if (ESTIMATE_METHODS.includes(method)) problems.push(...methodLimitProblems(method, t, 'options.method'));
  if (problems.length > 0) throw new InputError('options', problems);
  return { method, maxOrder, threshold, bootstrap, seed };
}

function progressBar(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\rbootstrap [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}

async function logLinear(
  table: CaptureTable,
  settings: Settings & { method: LogLinearMethod },
): Promise<{ report: EstimateReport; details: EstimateDetails }> {
  const checker = cachedExistenceChecker(await loadHighsSolver());
  const options = { method: settings.method, maxOrder: settings.maxOrder, threshold: settings.threshold };
  const point = pointEstimate(table, checker, options);
  if (!point) {
    throw new InputError('data', [
      {
        path: '',
        code: 'no_admissible_model',
        message: 'no model can be fitted: the maximum likelihood estimate does not exist for any candidate',
      },
    ]);
  }
  const replicates =
    settings.bootstrap > 0
      ? await runBootstrap(bootstrapTaskFor(point, settings.seed, settings.bootstrap), checker, {
          onProgress: progressBar(),
        })
      : null;
  const interval = intervalFrom(point, checker, replicates, 0.95);
  return {
    report: assembleReport(point, interval.interval, interval.warnings),
    details: {
      ...describePoint(point),
      replicates: replicates ? Array.from(replicates) : [],
      profileEstimate: interval.profileEstimate,
    },
  };
}

function formatText(report: EstimateReport, details: EstimateDetails, settings: Settings): string {
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '∞');
  const lines = [
    `Observed: ${report.observed} people on ${details.lists.length} lists (${details.lists.join(', ')})`,
    `Method: ${details.settings}`,
    `Selected model: ${report.model}${details.interactions.length ? ` — interactions ${details.interactions.join(', ')}` : ''}`,
  ];
  let estimateLine = `Estimate: ${round(report.estimate)}`;
  if (report.interval) {
    const how =
      report.interval.method === 'bca-bootstrap'
        ? `BCa bootstrap, ${settings.bootstrap} replicates, seed ${settings.seed}`
        : report.interval.method;
    estimateLine += `; ${Math.round(report.interval.level * 100)}% interval ${round(report.interval.lower)}–${round(report.interval.upper)} (${how})`;
  }
  lines.push(estimateLine);
  if (details.profileEstimate !== undefined)
    lines.push(`Profile-likelihood maximum: ${round(details.profileEstimate)}`);
  if (report.topModels.length > 0) {
    lines.push(
      report.method === 'dga'
        ? 'Top graphs by posterior probability (posterior median; BIC of the log-linear model):'
        : 'Top models by BIC:',
    );
    for (const model of report.topModels) {
      const bic = Number.isFinite(model.bic) ? model.bic.toFixed(2) : 'n/a (no log-linear MLE)';
      lines.push(`  ${model.model.padEnd(22)} ${round(model.estimate).padStart(10)}   BIC ${bic}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of report.warnings) lines.push(`  - ${warning}`);
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('estimate')
    .description('Estimate a hidden population from overlapping lists (multiple systems estimation)')
    .argument('<file>', 'CSV: one 0/1 column per list plus `count`, or one row per person')
    .option('--method <method>', `model selection: ${ESTIMATE_METHODS.join(' | ')}`, 'stepwise')
    .option('--maxorder <k>', 'highest interaction order for bic and downhill')
    .option('--threshold <p>', 'p-value threshold (stepwise 0.02, aic-stepwise 0.05)')
    .option('--bootstrap <B>', 'bootstrap replicates for a BCa interval (0 = profile likelihood)', '0')
    .option('--seed <s>', 'random seed for the bootstrap', '1234')
    .option(
      '--json',
      'print { schemaVersion, observed, estimate, interval, model, method, topModels, warnings }',
    )
    .option('--svg <file>', 'write the distribution, interval and top models as an SVG chart')
    .action(async (file: string, raw: RawOptions) => {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputError(file, [
          { path: '', code: 'unreadable', message: `cannot read the file (${error.code})` },
        ]);
      });
      const parsed = parseCaptureCsv(text);
      if (!parsed.ok) throw new InputError(file, parsed.problems);
      const table = parsed.value;
      const settings = parseSettings(raw, table);
      const { report, details } =
        settings.method === 'dga'
          ? estimateDga(table)
          : settings.method === 'lcmcr'
            ? estimateLcmcr(table, settings.seed)
            : await logLinear(table, settings as Settings & { method: LogLinearMethod });
      const ignored = ignoredBootstrapWarning(settings.method, settings.bootstrap);
      if (ignored) report.warnings.push(ignored);
      if (raw.svg) await writeFile(raw.svg, distributionSvg(report, details.replicates));
      if (raw.json) printJson(report);
      else process.stdout.write(formatText(report, details, settings));
    });
}
