// One population estimate as the API answers it: the capture CSV read, then the method registry
// (src/estimate/methods.ts) checks the settings and runs the estimate — the `continuum estimate
// --json` report. The same function runs in a worker thread (estimate-worker.ts) or, without workers, in
// the request's thread: a bootstrap or an MCMC run takes seconds, which the event loop must never
// spend.
import { parseCaptureCsv } from '../../estimate/capture-csv.js';
import { type EstimateReport, summaryLine } from '../../estimate/estimate.js';
import { type EstimateOptions, runEstimate } from '../../estimate/methods.js';
import type { Problem } from '../../facts/problems.js';

export type EstimateJob = EstimateOptions & { csv: string };

export type EstimateAnswer =
  | { ok: true; body: { schemaVersion: 1; report: EstimateReport; summary: string } }
  | { ok: false; error: string; message: string; problems: Problem[] };

export async function estimateJob({ csv, ...options }: EstimateJob): Promise<EstimateAnswer> {
  const parsed = parseCaptureCsv(csv);
  if (!parsed.ok) {
    return {
      ok: false,
      error: 'invalid_input',
      message: 'the lists cannot be read',
      problems: parsed.problems.map((p) => ({ ...p, path: p.path ? `csv.${p.path}` : 'csv' })),
    };
  }
  const outcome = await runEstimate(parsed.value, options);
  if (!outcome.ok) {
    const fitting = outcome.problems.some((p) => p.code === 'no_admissible_model');
    return {
      ok: false,
      error: fitting ? 'no_admissible_model' : 'invalid_input',
      message: fitting
        ? 'no model can be fitted to these lists'
        : 'these settings cannot be used on these lists',
      problems: outcome.problems.map((p) => (p.path === '' ? { ...p, path: 'csv' } : p)),
    };
  }
  return {
    ok: true,
    body: { schemaVersion: 1, report: outcome.report, summary: summaryLine(outcome.report) },
  };
}
