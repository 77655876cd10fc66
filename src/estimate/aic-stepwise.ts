// The original Home Office method (Bales, Hesketh & Silverman 2015; modslavmse `MSEfit`,
// mse.md §4.5): start from main effects; in each cycle add the pairwise interaction that lowers AIC
// most; stop when no pair lowers AIC or when the Wald p-value of the interaction just chosen
// exceeds the threshold (default 0.05), keeping the model before it.
//
// Rcapture fits the full table with glm and lets a coefficient with zero sufficient statistic
// drift towards −∞; we fix such terms at −∞ exactly (same likelihood in the limit, same parameter
// count) and give their Wald test p = 1 (infinite standard error).
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { type HierarchicalModel, hasTerm, mainEffects, withTerm } from './hierarchical-model.js';
import { fitModel, type ModelFit, type PreparedTable, termEstimate } from './loglinear-fit.js';

export const DEFAULT_WALD_THRESHOLD = 0.05;

export type AicStep = { added: number; aic: number; waldP: number; accepted: boolean };
export type AicStepwiseResult = { fit: ModelFit; steps: AicStep[] };

/** Two-sided Wald p-value of a coefficient: P(|Z| > |β/se|) = P(χ²₁ > (β/se)²). */
export function waldPValue(estimate: number, standardError: number): number {
  if (!Number.isFinite(estimate) || !Number.isFinite(standardError) || standardError <= 0) return 1;
  return 1 - chisquareCdf((estimate / standardError) ** 2, 1);
}

function fitOrNull(prepared: PreparedTable, model: HierarchicalModel, start?: Float64Array): ModelFit | null {
  const result = fitModel(prepared, model, start ? { start } : {});
  return result.ok ? result.fit : null;
}

export function aicStepwiseSelect(
  prepared: PreparedTable,
  waldThreshold = DEFAULT_WALD_THRESHOLD,
): AicStepwiseResult | null {
  let current = fitOrNull(prepared, mainEffects(prepared.t));
  if (!current) return null;
  const steps: AicStep[] = [];
  for (;;) {
    let best: ModelFit | null = null;
    let bestPair = 0;
    for (let i = 0; i < prepared.t; i++) {
      for (let j = i + 1; j < prepared.t; j++) {
        const pair = (1 << i) | (1 << j);
        if (hasTerm(current.model, pair)) continue;
        const fit = fitOrNull(prepared, withTerm(current.model, pair), current.mu);
        if (fit && (!best || fit.aic < best.aic)) {
          best = fit;
          bestPair = pair;
        }
      }
    }
    if (!best || best.aic >= current.aic) return { fit: current, steps };
    const { estimate, standardError } = termEstimate(best, bestPair);
    const waldP = waldPValue(estimate, standardError);
    const accepted = waldP <= waldThreshold;
    steps.push({ added: bestPair, aic: best.aic, waldP, accepted });
    if (!accepted) return { fit: current, steps };
    current = best;
  }
}
