// One population estimate as the API answers it: the capture CSV read, the method's limits
// checked, the estimate and its interval computed — the `continuum estimate --json` report. The
// same function runs in a worker thread (worker.ts) or, without workers, in the request's thread:
// a bootstrap or an MCMC run takes seconds, which the event loop must never spend.
import { parseCaptureCsv } from '../../estimate/capture-csv.js';
import { estimateDga } from '../../estimate/dga-report.js';
import { type EstimateReport, estimatePopulation, summaryLine } from '../../estimate/estimate.js';
import { cachedExistenceChecker, type ExistenceChecker } from '../../estimate/existence.js';
import { loadHighsSolver } from '../../estimate/highs-lp.js';
import { estimateLcmcr } from '../../estimate/lcmcr-report.js';
import {
  type EstimateMethod,
  ignoredBootstrapWarning,
  isLogLinear,
  methodLimitProblems,
} from '../../estimate/methods.js';
import type { Problem } from '../../facts/problems.js';

export type EstimateJob = {
  csv: string;
  method: EstimateMethod;
  bootstrap: number;
  seed: number;
  maxOrder?: number;
  threshold?: number;
};

export type EstimateAnswer =
  | { ok: true; body: { schemaVersion: 1; report: EstimateReport; summary: string } }
  | { ok: false; error: string; message: string; problems: Problem[] };

// The LP solver for the existence checks is WebAssembly, loaded once per thread.
let checker: Promise<ExistenceChecker> | undefined;
const existenceChecker = () => {
  checker ??= loadHighsSolver().then(cachedExistenceChecker);
  return checker;
};

const refuse = (message: string, problems: Problem[]): EstimateAnswer => ({
  ok: false,
  error: 'invalid_input',
  message,
  problems,
});

export async function estimateJob(job: EstimateJob): Promise<EstimateAnswer> {
  const parsed = parseCaptureCsv(job.csv);
  if (!parsed.ok) {
    return refuse(
      'the lists cannot be read',
      parsed.problems.map((p) => ({ ...p, path: p.path ? `csv.${p.path}` : 'csv' })),
    );
  }
  const table = parsed.value;
  const lists = table.lists.length;
  const problems = methodLimitProblems(job.method, lists, 'method');
  if (job.maxOrder !== undefined && job.maxOrder > lists - 1) {
    problems.push({
      path: 'maxOrder',
      code: 'too_big',
      message: `the highest interaction order for ${lists} lists is ${lists - 1}`,
      expected: `1–${lists - 1}`,
      found: String(job.maxOrder),
    });
  }
  if (problems.length > 0) return refuse('these settings cannot be used on these lists', problems);

  let result: { report: EstimateReport } | null;
  if (isLogLinear(job.method)) {
    result = estimatePopulation(
      table,
      await existenceChecker(),
      { method: job.method, maxOrder: job.maxOrder, threshold: job.threshold },
      { bootstrap: job.bootstrap, seed: job.seed, level: 0.95 },
    );
  } else {
    result = job.method === 'dga' ? estimateDga(table) : estimateLcmcr(table, job.seed);
    const ignored = ignoredBootstrapWarning(job.method, job.bootstrap);
    if (ignored) result.report.warnings.push(ignored);
  }
  if (!result) {
    return {
      ok: false,
      error: 'no_admissible_model',
      message: 'no model can be fitted to these lists',
      problems: [
        {
          path: 'csv',
          code: 'no_admissible_model',
          message: 'the maximum likelihood estimate exists for no candidate model',
        },
      ],
    };
  }
  return { ok: true, body: { schemaVersion: 1, report: result.report, summary: summaryLine(result.report) } };
}
