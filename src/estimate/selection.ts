// One entry point over the model-selection procedures, used for the point estimate and, repeated
// on every bootstrap replicate, for the interval (mse.md §4.7: the whole selection is repeated).

import { fitIfAdmissible } from './admissible-fit.js';
import { aicStepwiseSelect, DEFAULT_WALD_THRESHOLD } from './aic-stepwise.js';
import { bicRecords, defaultMaxOrder, downhillSearch, rankByBic } from './bic-search.js';
import type { ExistenceChecker } from './existence.js';
import { type HierarchicalModel, mainEffects } from './hierarchical-model.js';
import type { ModelFit, PreparedTable } from './loglinear-fit.js';
import type { LogLinearMethod, Monitor } from './options.js';
import { DEFAULT_P_THRESHOLD, stepwiseSelect } from './stepwise.js';

export { LOG_LINEAR_METHODS, type LogLinearMethod } from './options.js';

export type SelectionOptions = {
  method: LogLinearMethod;
  /** Highest interaction order for bic and downhill. */
  maxOrder?: number;
  /** p-value threshold: one-sided Poisson for stepwise (0.02), Wald for aic-stepwise (0.05). */
  threshold?: number;
};

export type Selection = {
  fit: ModelFit;
  /** Fits the procedure compared, best BIC first (for bic: the whole admissible catalogue). */
  considered: ModelFit[];
  /** Models the existence check rejected, when the procedure tracks them. */
  rejected: number;
};

export function resolvedMaxOrder(t: number, options: SelectionOptions): number {
  return Math.min(options.maxOrder ?? defaultMaxOrder(t), t);
}

export function resolvedThreshold(options: SelectionOptions): number {
  return (
    options.threshold ?? (options.method === 'aic-stepwise' ? DEFAULT_WALD_THRESHOLD : DEFAULT_P_THRESHOLD)
  );
}

const byBic = (a: ModelFit, b: ModelFit) => a.bic - b.bic;

/** How a selection is searched (speed only: the answer is the same). */
export type SearchOptions = {
  /** For bic: restrict the search to these models (the bootstrap uses the original top models). */
  candidates?: readonly HierarchicalModel[];
  /** Starting means for the candidates (their fits to the original data). */
  starts?: readonly (ArrayLike<number> | undefined)[];
  /** For bic: how many of the best models the caller needs (all by default). */
  keepBest?: number;
  /** For bic: told after each model of the catalogue. */
  monitor?: Monitor;
};

export function selectModel(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  options: SelectionOptions,
  search: SearchOptions = {},
): Selection | null {
  switch (options.method) {
    case 'main': {
      const fit = fitIfAdmissible(prepared, mainEffects(prepared.t), checker);
      return fit && { fit, considered: [fit], rejected: 0 };
    }
    case 'stepwise': {
      const result = stepwiseSelect(prepared, checker, resolvedThreshold(options));
      if (!result) return null;
      const rejected = result.steps.reduce(
        (sum, step) => sum + step.candidates.filter((c) => c.admissible === false).length,
        0,
      );
      return { fit: result.fit, considered: [result.fit], rejected };
    }
    case 'aic-stepwise': {
      const result = aicStepwiseSelect(prepared, resolvedThreshold(options));
      return result && { fit: result.fit, considered: [result.fit], rejected: 0 };
    }
    case 'downhill': {
      const result = downhillSearch(prepared, checker, resolvedMaxOrder(prepared.t, options));
      return result && { fit: result.fit, considered: [...result.path].sort(byBic), rejected: 0 };
    }
    case 'bic': {
      const maxOrder = resolvedMaxOrder(prepared.t, options);
      const ranked = rankByBic(prepared, checker, {
        maxOrder,
        models: search.candidates,
        starts: search.starts,
        keepBest: search.keepBest,
        monitor: search.monitor,
      });
      if (ranked.length === 0) return null;
      return { fit: ranked[0], considered: ranked, rejected: 0 };
    }
  }
}

/**
 * The estimate alone, NaN when nothing can be fitted (such replicates are dropped, §4.7); for bic
 * among given candidates, also where the choice changes as candidates are added (bicRecords).
 */
export function selectedEstimate(
  prepared: PreparedTable,
  checker: ExistenceChecker,
  options: SelectionOptions,
  search: Pick<SearchOptions, 'candidates' | 'starts'> = {},
): { estimate: number; records: number[] | null } {
  if (options.method === 'bic' && search.candidates) {
    const { best, records } = bicRecords(prepared, checker, search.candidates, search.starts);
    return { estimate: best?.abundance ?? Number.NaN, records };
  }
  return {
    estimate: selectModel(prepared, checker, options, search)?.fit.abundance ?? Number.NaN,
    records: null,
  };
}
