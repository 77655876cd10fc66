// Every estimation method, and what each can take: the log-linear selections (bootstrap
// intervals), Bayesian model averaging over decomposable graphs (dga: 3 to 5 lists) and the
// latent-class model (lcmcr). One place for the limits, so the CLI and the HTTP API refuse the same
// requests with the same problems.
import type { Problem } from '../facts/problems.js';
/** The log-linear model selections (selection.ts): each has a point estimate and bootstrap intervals. */
export const LOG_LINEAR_METHODS = ['stepwise', 'aic-stepwise', 'bic', 'downhill', 'main'] as const;
export type LogLinearMethod = (typeof LOG_LINEAR_METHODS)[number];

export const ESTIMATE_METHODS = [...LOG_LINEAR_METHODS, 'dga', 'lcmcr'] as const;
export type EstimateMethod = (typeof ESTIMATE_METHODS)[number];

export const isLogLinear = (method: EstimateMethod): method is LogLinearMethod =>
  (LOG_LINEAR_METHODS as readonly string[]).includes(method);

/** The problems of using `method` on a table of `lists` lists (`path`: where the method was given). */
export function methodLimitProblems(method: EstimateMethod, lists: number, path: string): Problem[] {
  if (method === 'dga' && (lists < 3 || lists > 5)) {
    return [
      {
        path,
        code: 'unsupported',
        message: `dga averages over decomposable graphs for 3 to 5 lists; this table has ${lists}`,
        expected: '3–5 lists',
        found: String(lists),
      },
    ];
  }
  if ((method === 'bic' || method === 'downhill') && lists > 6) {
    return [
      {
        path,
        code: 'unsupported',
        message: `${method} searches are limited to 6 lists (the catalogue grows too fast); use stepwise`,
        found: `${lists} lists`,
      },
    ];
  }
  return [];
}

/** The Bayesian methods' interval is their posterior one: bootstrap replicates are not drawn. */
export function ignoredBootstrapWarning(method: EstimateMethod, bootstrap: number): string | null {
  return !isLogLinear(method) && bootstrap > 0
    ? `bootstrap replicates are ignored for ${method}: the interval is the posterior one`
    : null;
}

/** The most bootstrap replicates one HTTP request may ask for (the web app and the API share it). */
export const MAX_HTTP_BOOTSTRAP = 1000;

/** A few words on each method, for menus. */
export const METHOD_LABELS: Record<EstimateMethod, string> = {
  stepwise: 'stepwise (log-linear, p-value selection)',
  'aic-stepwise': 'aic-stepwise (log-linear, Wald tests)',
  bic: 'bic (log-linear, best BIC)',
  downhill: 'downhill (log-linear, BIC search)',
  main: 'main (independence: main effects only)',
  dga: 'dga (Bayesian averaging over graphs; 3–5 lists)',
  lcmcr: 'lcmcr (Bayesian latent classes)',
};
