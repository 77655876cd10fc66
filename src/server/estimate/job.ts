// One population estimate as the API answers it: the capture CSV read, its work bounded, then the
// method registry (src/estimate/methods.ts) checks the settings and runs the estimate — the
// `continuum estimate --json` report. The same function runs in a worker thread
// (estimate-worker.ts) or, without workers, in the request's thread: a bootstrap or an MCMC run
// takes seconds, which the event loop must never spend. Progress and the request to stop cross
// between threads in shared memory (progress.ts).
import { parseCaptureCsv } from '../../estimate/capture-csv.js';
import { observedTotal } from '../../estimate/capture-table.js';
import { type EstimateReport, summaryLine } from '../../estimate/estimate.js';
import { type EstimateOptions, METHODS, OPTION_PATHS, runEstimate } from '../../estimate/methods.js';
import { EstimateCancelled } from '../../estimate/options.js';
import type { Problem } from '../../facts/problems.js';
import { type Lang, translator } from '../../i18n/index.js';
import { progressWriter, type SharedProgress, stopReader } from './progress.js';

export type EstimateJob = EstimateOptions & {
  csv: string;
  /** Where the worker writes its progress and reads whether to stop. */
  progress?: SharedProgress;
  /** The most work one request may ask for (METHODS[…].work units); unbounded when absent. */
  maxWork?: number;
  /** The language of the texts for people. */
  lang?: Lang;
};

export type EstimateAnswer =
  | {
      ok: true;
      body: {
        schemaVersion: 1;
        report: EstimateReport;
        summary: string;
        /** The lists' names, in the order the model's digits number them (1 = the first). */
        lists: string[];
        /** The bootstrap replicates or posterior draws behind the interval (at most 2,000, sorted), for a plot. */
        distribution: number[];
      };
    }
  | { ok: false; error: string; message: string; problems: Problem[] };

const refuse = (error: string, message: string, problems: Problem[]): EstimateAnswer => ({
  ok: false,
  error,
  message,
  problems,
});

/** The problem of an estimate too large for one request, with what would fit. */
function tooMuchWork(
  lists: number,
  people: number,
  options: EstimateOptions,
  maxWork: number,
  lang?: Lang,
): Problem | null {
  const { t } = translator(lang);
  const { work, limits } = METHODS[options.method];
  const asked = work(lists, people, options);
  if (asked <= maxWork) return null;
  const times = Math.ceil(asked / maxWork);
  if (limits.reads.includes('bootstrap') && (options.bootstrap ?? 0) > 0) {
    // Work grows by a fixed amount per replicate: the most replicates that fit.
    const one = work(lists, people, { ...options, bootstrap: 1 });
    const each = work(lists, people, { ...options, bootstrap: 2 }) - one;
    const most = Math.floor((maxWork - (one - each)) / each);
    if (most >= 1) {
      return {
        path: OPTION_PATHS.bootstrap,
        code: 'too_much_work',
        message: t('estimate.server.tooMuchWorkReplicates', { times, most }),
        expected: `at most ${most}`,
        found: String(options.bootstrap),
      };
    }
  }
  return {
    path: OPTION_PATHS.method,
    code: 'too_much_work',
    message: t('estimate.server.tooMuchWork', { times, lists, people }),
    found: options.method,
  };
}

export async function estimateJob({
  csv,
  progress,
  maxWork,
  lang,
  ...options
}: EstimateJob): Promise<EstimateAnswer> {
  const { t } = translator(lang);
  const parsed = parseCaptureCsv(csv, lang);
  if (!parsed.ok) {
    return refuse(
      'invalid_input',
      t('estimate.server.unreadable'),
      parsed.problems.map((p) => ({ ...p, path: p.path ? `csv.${p.path}` : 'csv' })),
    );
  }
  const table = parsed.value;
  if (maxWork !== undefined) {
    const problem = tooMuchWork(table.lists.length, observedTotal(table), options, maxWork, lang);
    if (problem) return refuse('too_much_work', t('estimate.server.tooLarge'), [problem]);
  }
  try {
    const outcome = await runEstimate(
      table,
      options,
      progress ? { lang, onProgress: progressWriter(progress), signal: stopReader(progress) } : { lang },
    );
    if (!outcome.ok) {
      const fitting = outcome.problems.some((p) => p.code === 'no_admissible_model');
      return refuse(
        fitting ? 'no_admissible_model' : 'invalid_input',
        t(fitting ? 'estimate.server.noModel' : 'estimate.server.badSettings'),
        outcome.problems.map((p) => (p.path === '' ? { ...p, path: 'csv' } : p)),
      );
    }
    return {
      ok: true,
      body: {
        schemaVersion: 1,
        report: outcome.report,
        summary: summaryLine(outcome.report, lang),
        lists: [...table.lists],
        distribution: thinned(outcome.details.replicates),
      },
    };
  } catch (error) {
    if (error instanceof EstimateCancelled) return refuse('cancelled', t('estimate.server.cancelled'), []);
    throw error;
  }
}

/** The finite values, sorted, thinned to at most `most` evenly spaced order statistics. */
function thinned(values: readonly number[], most = 2000): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length <= most) return sorted;
  return Array.from({ length: most }, (_, k) => sorted[Math.round((k * (sorted.length - 1)) / (most - 1))]);
}
