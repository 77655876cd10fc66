// HiGHS is loaded only when a model needs the existence LP (highs-lp.ts, withExistenceChecker):
// a computation that meets such a model before the solver is loaded runs again once it is, and
// must give exactly what a loaded solver gives from the start. This file's module state starts
// with HiGHS not loaded (Vitest isolates test files), so the order of the tests matters.
import { describe, expect, it } from 'vitest';
import { type PointEstimate, pointEstimate } from '../../src/estimate/estimate.js';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { loadHighsSolver, withExistenceChecker } from '../../src/estimate/highs-lp.js';
import * as data from './reference-data.js';

const summary = (point: PointEstimate | null) =>
  point && {
    model: point.selection.fit.model.terms,
    abundance: point.selection.fit.abundance,
    top: point.topModels.map((fit) => [fit.model.terms.join(','), fit.bic, fit.abundance]),
  };

describe('the existence checker with HiGHS loaded on demand', () => {
  it('runs a search whose fits certify every model once, without the solver', async () => {
    let runs = 0;
    const point = await withExistenceChecker((checker) => {
      runs++;
      return pointEstimate(data.korea, checker, { method: 'bic', maxOrder: 2 });
    });
    expect(runs).toBe(1);
    const eager = pointEstimate(data.korea, cachedExistenceChecker(await loadHighsSolver()), {
      method: 'bic',
      maxOrder: 2,
    });
    expect(summary(point)).toEqual(summary(eager));
  });

  it('lets other errors through (HiGHS still not loaded)', async () => {
    await expect(
      withExistenceChecker(() => {
        throw new RangeError('not a solver matter');
      }),
    ).rejects.toThrow(RangeError);
  });

  it('loads HiGHS when a model needs the LP, runs again, and gives what a loaded solver gives', async () => {
    // Australia's third-order models include some whose MLE only the LP can settle.
    let runs = 0;
    const point = await withExistenceChecker((checker) => {
      runs++;
      return pointEstimate(data.australia, checker, { method: 'bic', maxOrder: 3 });
    });
    expect(runs).toBe(2);
    const eager = pointEstimate(data.australia, cachedExistenceChecker(await loadHighsSolver()), {
      method: 'bic',
      maxOrder: 3,
    });
    expect(summary(point)).toEqual(summary(eager));
    // Loaded now: the next computation runs once.
    runs = 0;
    await withExistenceChecker((checker) => {
      runs++;
      return pointEstimate(data.australia, checker, { method: 'bic', maxOrder: 3 });
    });
    expect(runs).toBe(1);
  });
});
