import { describe, expect, it } from 'vitest';
import { fitIfAdmissible } from '../../src/estimate/admissible-fit.js';
import type { CaptureTable } from '../../src/estimate/capture-table.js';
import { cachedExistenceChecker, checkExistence } from '../../src/estimate/existence.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import { fitModel, prepareTable } from '../../src/estimate/loglinear-fit.js';
import { hierarchicalModels } from '../../src/estimate/model-catalogue.js';
import { randomStream, resampleCounts } from '../../src/estimate/random.js';
import * as data from './reference-data.js';

const solver = await loadHighsSolver();

// The model searches let a converged fit certify existence and a runaway fit certify
// non-existence, and only ask the LP when neither is clear (admissible-fit.ts). Over whole model
// catalogues, that must agree exactly with "LP says the MLE exists and is identifiable, and a long
// IRLS run converges".
function disagreements(table: CaptureTable, maxOrder: number): string[] {
  const prepared = prepareTable(table);
  const checker = cachedExistenceChecker(solver);
  const out: string[] = [];
  for (const model of hierarchicalModels(prepared.t, maxOrder)) {
    const fast = fitIfAdmissible(prepared, model, checker) !== null;
    const exists = checkExistence(prepared, model, solver).code === 0;
    const fit = exists ? fitModel(prepared, model, { maxIterations: 300 }) : null;
    const reference = exists && fit?.ok === true && fit.fit.converged;
    if (fast !== reference) out.push(model.terms.join(','));
  }
  return out;
}

describe('fit certificates agree with the Fienberg–Rinaldo LP', () => {
  it('on small reference tables (all models)', () => {
    expect(disagreements(data.artificial3, 2)).toEqual([]);
    expect(disagreements(data.korea, 2)).toEqual([]);
    expect(disagreements(data.australia, 3)).toEqual([]);
    expect(disagreements(data.hiv, 3)).toEqual([]);
  });

  it('on Western and on sparse bootstrap replicates of it (pairwise models)', () => {
    expect(disagreements(data.western, 2)).toEqual([]);
    for (const stream of [1]) {
      const counts = resampleCounts(data.western.counts, randomStream(42, stream));
      expect(disagreements({ lists: data.western.lists, counts }, 2)).toEqual([]);
    }
  });
});
