// `continuum estimate FILE` — multiple systems estimation of a hidden population from a CSV of
// overlapping lists (one 0/1 column per list plus `count`, or one row per person). This file
// parses the options and prints; the method registry (src/estimate/methods.ts) does the rest.
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { readCaptureCsv } from '../data/capture-csv.js';
import { distributionSvg } from '../estimate/distribution-svg.js';
import {
  type EstimateDetails,
  type EstimateReport,
  summaryLine,
  type TopInterval,
} from '../estimate/estimate.js';
import {
  ESTIMATE_METHODS,
  type EstimateOptions,
  isEstimateMethod,
  type OptionPaths,
  rangeProblems,
  runEstimate,
} from '../estimate/methods.js';
import type { EstimateMethod } from '../estimate/options.js';
import { runBootstrap } from '../estimate/parallel/bootstrap-pool.js';
import type { Problem } from '../facts/problems.js';
import { type Translator, translator } from '../i18n/index.js';
import { checkOutputPath, InputError, printJson, readInputStream, writeOutput } from './io.js';
import { cliLang, cliText } from './lang.js';
import { progressBar } from './progress.js';

type RawOptions = {
  method: string;
  maxorder?: string;
  threshold?: string;
  bootstrap: string;
  seed: string;
  ntop?: string;
  prior?: string;
  json?: boolean;
  svg?: string;
};

const PATHS: OptionPaths = {
  method: 'options.method',
  maxOrder: 'options.maxorder',
  threshold: 'options.threshold',
  bootstrap: 'options.bootstrap',
  seed: 'options.seed',
  level: 'options.level',
  ntop: 'options.ntop',
  prior: 'options.prior',
};

/** The options as numbers; whether they suit the table is the registry's to say. */
function parseOptions(raw: RawOptions, lists: number): EstimateOptions {
  const { t } = translator(cliLang());
  const problems: Problem[] = [];
  if (!isEstimateMethod(raw.method)) {
    problems.push({
      path: PATHS.method,
      code: 'invalid_option',
      message: t('estimate.option.unknownMethod'),
      expected: ESTIMATE_METHODS.join(' | '),
      found: raw.method,
    });
  }
  const number = (flag: string, text: string | undefined, whole: boolean): number | undefined => {
    if (text === undefined) return undefined;
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (Number.isFinite(value) && (!whole || Number.isInteger(value))) return value;
    problems.push({
      path: `options.${flag}`,
      code: 'invalid_option',
      message: whole ? t('estimate.option.wholeNumber', { flag }) : t('estimate.option.number', { flag }),
      found: text,
    });
    return undefined;
  };
  const options: EstimateOptions = {
    method: raw.method as EstimateOptions['method'],
    maxOrder: number('maxorder', raw.maxorder, true),
    threshold: number('threshold', raw.threshold, false),
    bootstrap: number('bootstrap', raw.bootstrap, true),
    seed: number('seed', raw.seed, true),
    ntop: raw.ntop === 'all' ? 'all' : number('ntop', raw.ntop, true),
  };
  if (raw.prior !== undefined) {
    if (raw.prior === 'proper' || raw.prior === 'improper') options.prior = raw.prior;
    else
      problems.push({
        path: PATHS.prior,
        code: 'invalid_option',
        message: t('estimate.option.prior'),
        expected: 'proper | improper',
        found: raw.prior,
      });
  }
  // An unknown method stops here; the other options' ranges are still worth saying at once.
  if (problems.length > 0 || !isEstimateMethod(raw.method))
    throw new InputError('options', [
      ...problems,
      ...rangeProblems(lists, options, PATHS, undefined, cliLang()),
    ]);
  return options;
}

/** A whole number in the reader's language (∞ where the model gives none). */
function wholeNumber(tr: Translator, x: number): string {
  return Number.isFinite(x) ? tr.number(Math.round(x), { maximumFractionDigits: 0 }) : '∞';
}

/** R's matrix of intervals by number of top models, rows that share an interval merged. */
function topIntervalLines(tr: Translator, rows: readonly TopInterval[], level: number): string[] {
  const round = (x: number) => wholeNumber(tr, x);
  const lines = [tr.t('estimate.report.topIntervals', { level: Math.round(level * 100) })];
  const line = (row: TopInterval) => {
    const k = row.from === row.to ? `${row.from}` : `${row.from}–${row.to}`;
    const names =
      row.models.length <= 3
        ? row.models.join(', ')
        : tr.t('estimate.report.someModels', {
            models: row.models.slice(0, 2).join(', '),
            more: row.models.length - 2,
          });
    const range = Number.isFinite(row.lower)
      ? `${round(row.lower)}–${round(row.upper)}`
      : tr.t('estimate.report.noInterval');
    return `  k = ${k.padEnd(11)} ${range.padEnd(17)} ${names}`;
  };
  const shown = rows.length <= 12 ? rows : [...rows.slice(0, 8), null, ...rows.slice(-3)];
  for (const row of shown)
    lines.push(row ? line(row) : `  ${tr.t('estimate.report.moreRows', { rows: rows.length - 11 })}`);
  return lines;
}

function formatText(
  report: EstimateReport,
  details: EstimateDetails,
  options: EstimateOptions,
  tr: Translator,
): string {
  const { t } = tr;
  const round = (x: number) => wholeNumber(tr, x);
  const lines = [
    t('estimate.report.observed', {
      people: report.observed,
      count: details.lists.length,
      lists: details.lists.join(', '),
    }),
    t('estimate.report.method', { settings: details.settings }),
    details.interactions.length
      ? t('estimate.report.modelWith', { model: report.model, interactions: details.interactions.join(', ') })
      : t('estimate.report.model', { model: report.model }),
  ];
  if (report.interval) {
    const how =
      report.interval.method === 'bca-bootstrap'
        ? t('estimate.report.bca', { replicates: options.bootstrap ?? 0, seed: String(options.seed) })
        : tr.dynamic(`estimate.report.how.${report.interval.method}`);
    lines.push(
      t('estimate.report.estimateInterval', {
        estimate: round(report.estimate),
        level: Math.round(report.interval.level * 100),
        lower: round(report.interval.lower),
        upper: round(report.interval.upper),
        how,
      }),
    );
  } else lines.push(t('estimate.report.estimate', { estimate: round(report.estimate) }));
  if (details.profileEstimate !== undefined)
    lines.push(t('estimate.report.profileMaximum', { estimate: round(details.profileEstimate) }));
  if (report.topIntervals && report.interval)
    lines.push(...topIntervalLines(tr, report.topIntervals, report.interval.level));
  if (report.evidence) {
    lines.push(t('estimate.evidence.heading'));
    for (const { interaction, ratio, kept } of report.evidence) {
      const value = tr.number(ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const verdict = t(kept ? 'estimate.evidence.kept' : 'estimate.evidence.dropped');
      lines.push(`  ${interaction.padEnd(22)} ${value.padStart(6)}   ${verdict}`);
    }
  }
  if (report.topModels.length > 0) {
    lines.push(t(report.method === 'dga' ? 'estimate.report.topGraphs' : 'estimate.report.topModels'));
    for (const model of report.topModels) {
      const bic = Number.isFinite(model.bic)
        ? t('estimate.report.bic', {
            bic: tr.number(model.bic, {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
              useGrouping: false,
            }),
          })
        : t('estimate.report.noBic');
      lines.push(`  ${model.model.padEnd(22)} ${round(model.estimate).padStart(10)}   ${bic}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push(t('estimate.report.warnings'));
    for (const warning of report.warnings) lines.push(`  - ${warning}`);
  }
  lines.push(summaryLine(report, tr.lang));
  return `${lines.join('\n')}\n`;
}

/**
 * A log-linear estimate without a bootstrap is a process of a fraction of a second that spends most
 * of it fitting models, first in V8's unoptimised tiers: the fitting loop is optimised only once the
 * compiler, on the other core, has built it with everything it calls inlined and each inner loop's
 * first pass peeled — 50–65 ms of compiling, most of a BIC search over five lists. Built without
 * either it is ready in 10–20 ms: the search over all 6,893 five-list models takes about a fifth
 * less wall and CPU time (bench/README.md, 4 Dec 2026). Bootstraps, which run long enough to repay
 * the compiling, were 2–4% slower so, keep V8's defaults. The flags are the whole process's.
 */
const SHORT_RUNS = new Set<EstimateMethod>(['stepwise', 'aic-stepwise', 'bic', 'downhill', 'main']);

function compileForShortRuns(): void {
  // Measured on Node 20's V8 (11.x) only; V8 prints an error for a flag it does not know, and
  // later versions' compilers warm up differently (Maglev): left to their defaults.
  if (!process.versions.v8.startsWith('11.')) return;
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--no-turbo-loop-peeling');
}

export function register(program: Command): void {
  program
    .command('estimate')
    .description(cliText('cli.command.estimate'))
    .argument('<file>', cliText('cli.estimate.file'))
    .option(
      '--method <method>',
      cliText('cli.estimate.method', { methods: ESTIMATE_METHODS.join(' | ') }),
      'stepwise',
    )
    .option('--maxorder <k>', cliText('cli.estimate.maxorder'))
    .option('--threshold <x>', cliText('cli.estimate.threshold'))
    .option('--prior <proper|improper>', cliText('cli.estimate.prior'))
    .option('--bootstrap <B>', cliText('cli.estimate.bootstrap'), '0')
    .option('--seed <s>', cliText('cli.estimate.seed'), '1234')
    .option('--ntop <N|all>', cliText('cli.estimate.ntop'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape:
          '{ schemaVersion, observed, estimate, interval, model, method, topModels, topIntervals?, warnings }',
      }),
    )
    .option('--svg <file>', cliText('cli.estimate.svg'))
    .action(async (file: string, raw: RawOptions) => {
      checkOutputPath(raw.svg);
      // Streamed: a file of any size is read in memory bounded by its distinct capture patterns.
      const parsed = await readInputStream(file, 'capture table', (input) =>
        readCaptureCsv(input, cliLang()),
      );
      if (!parsed.ok) throw new InputError(file, parsed.problems);
      const options = parseOptions(raw, parsed.value.lists.length);
      if (SHORT_RUNS.has(options.method) && (options.bootstrap ?? 0) <= 0) compileForShortRuns();
      const bar = progressBar({ enabled: !raw.json });
      const outcome = await runEstimate(
        parsed.value,
        options,
        {
          lang: cliLang(),
          onProgress: bar.update,
          // Replicates spread over every core (the registry's default is this thread).
          replicates: (task, monitor) => runBootstrap(task, { monitor }),
        },
        PATHS,
      ).finally(bar.end);
      if (!outcome.ok) {
        const about = outcome.problems.some((p) => p.path.startsWith('options.')) ? 'options' : file;
        throw new InputError(about, outcome.problems);
      }
      const { report, details } = outcome;
      if (raw.svg) await writeOutput(raw.svg, distributionSvg(report, details.replicates, cliLang()));
      if (raw.json) printJson(report);
      else process.stdout.write(formatText(report, details, options, translator(cliLang())));
    });
}
