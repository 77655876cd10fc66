// Invariants of every protection regime, on random valid cases and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, daysBetween } from '../../src/pathways/dates.js';
import { evaluatePathway } from '../../src/pathways/evaluate.js';
import { regimes } from '../../src/pathways/regimes/index.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

const dates = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => addDays('1998-01-01', offset));

describe.each(regimes.map((r) => [r.id, r] as const))('%s', (_id, regime) => {
  it('stages are contiguous from day 0, only the last may be open-ended; cooperation-only stages never appear without cooperation', () => {
    fc.assert(
      fc.property(arbitraryFacts, dates, (facts, start) => {
        const result = evaluatePathway(regime, facts, start);
        for (const branch of [result.branches.cooperating, result.branches.notCooperating]) {
          let day = 0;
          branch.stages.forEach((stage, i) => {
            expect(stage.startDay).toBe(day);
            expect(stage.startDate).toBe(addDays(start, day));
            if (stage.endDay === null) expect(i).toBe(branch.stages.length - 1);
            else {
              expect(stage.endDay).toBeGreaterThanOrEqual(stage.startDay);
              day = stage.endDay;
            }
          });
          if (!branch.cooperating) expect(branch.stages.some((s) => s.requiresCooperation)).toBe(false);
          for (const stage of branch.stages)
            for (const condition of stage.conditions)
              expect(condition.cite.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        // Pure: the same input gives the same output.
        expect(evaluatePathway(regime, facts, start)).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it('cooperating never leads to a worse end state than not cooperating', () => {
    const rank = {
      removal: 0,
      asylum_claim_or_removal: 0,
      discretionary: 1,
      residence_permit: 2,
      permanent_residence: 3,
    };
    fc.assert(
      fc.property(arbitraryFacts, dates, (facts, start) => {
        const { cooperating, notCooperating } = evaluatePathway(regime, facts, start).branches;
        expect(rank[cooperating.endState]).toBeGreaterThanOrEqual(rank[notCooperating.endState]);
      }),
      { numRuns: 150 },
    );
  });

  it('every duration parameter has a dated, cited version', () => {
    for (const parameter of regime.parameters) {
      expect(parameter.versions.length).toBeGreaterThan(0);
      for (const version of parameter.versions) {
        expect(version.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(version.cite.instrument.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('date arithmetic', () => {
  it('months clamp to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2019-07-01', 6)).toBe('2020-01-01');
  });

  it('working days skip weekends', () => {
    expect(addWorkingDays('2024-03-01', 5)).toBe('2024-03-08'); // Friday → next Friday
    expect(addWorkingDays('2024-03-02', 1)).toBe('2024-03-04'); // Saturday → Monday
  });

  it('days between is the inverse of adding days', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
