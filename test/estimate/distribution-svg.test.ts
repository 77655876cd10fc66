import { describe, expect, it } from 'vitest';
import { distributionSvg } from '../../src/estimate/distribution-svg.js';
import type { EstimateReport, TopInterval } from '../../src/estimate/estimate.js';
import { cataloguesByDomain } from '../../src/i18n/catalogues.js';

function report(topIntervals?: TopInterval[]): EstimateReport {
  return {
    schemaVersion: 1,
    lang: 'en',
    observed: 123,
    estimate: 157,
    interval: { lower: 128, upper: 354, level: 0.95, method: 'bca-bootstrap' },
    model: '[12,23]',
    method: 'bic',
    topModels: [{ model: '[12,23]', estimate: 157, bic: 57.14 }],
    topIntervals,
    warnings: [],
  };
}

/** The k labels and limits drawn in the rows of intervals, in order. */
function drawnRows(svg: string): { k: string; x1: number; x2: number }[] {
  const labels = [...svg.matchAll(/>k = ([\d–]+)<\/text>/g)].map((m) => m[1]);
  const bars = [
    ...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)" y2="[\d.]+" stroke="#4a7fb5"/g),
  ];
  expect(bars).toHaveLength(labels.length);
  return labels.map((k, i) => ({ k, x1: Number(bars[i][1]), x2: Number(bars[i][2]) }));
}

describe('the estimate chart', () => {
  it('draws R’s intervals by number of top models under the distribution, on its axis', () => {
    const rows: TopInterval[] = [
      { from: 1, to: 1, models: ['[12,23]'], lower: 130, upper: 263 },
      { from: 2, to: 3, models: ['[12,3]', '[13,23]'], lower: 129, upper: 354 },
      { from: 4, to: 6, models: ['[23,1]', '[13,2]', '[1,2,3]'], lower: 128, upper: 354 },
    ];
    const svg = distributionSvg(report(rows), [140, 150, 160, 300]);
    const drawn = drawnRows(svg);
    expect(drawn.map((row) => row.k)).toEqual(['1', '2–3', '4–6']);
    // Wider intervals are wider bars; the same upper limit ends at the same place.
    expect(drawn[0].x2).toBeLessThan(drawn[1].x2);
    expect(drawn[1].x2).toBe(drawn[2].x2);
    expect(drawn[2].x1).toBeLessThan(drawn[1].x1);
    expect(svg).toContain('130–263');
    expect(svg).toContain('95% interval when every replicate chooses among the k best models');
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(height).toBeGreaterThan(320 + 3 * 16);
  });

  it('draws the first rows and the last (the selection among all) when there are many', () => {
    const rows: TopInterval[] = Array.from({ length: 20 }, (_, i) => ({
      from: i + 1,
      to: i + 1,
      models: [`m${i}`],
      lower: 120 - i,
      upper: 300 + i,
    }));
    const drawn = drawnRows(distributionSvg(report(rows), []));
    expect(drawn).toHaveLength(12);
    expect(drawn.map((row) => row.k)).toEqual([...Array.from({ length: 11 }, (_, i) => `${i + 1}`), '20']);
  });

  it('has no rows without them, and speaks the language asked for', () => {
    const plain = distributionSvg(report(), [150]);
    expect(drawnRows(plain)).toHaveLength(0);
    expect(/height="(\d+)"/.exec(plain)?.[1]).toBe('320');
    const rows = [{ from: 1, to: 2, models: ['a', 'b'], lower: 130, upper: 300 }];
    expect(distributionSvg(report(rows), [], 'fr')).toContain('Intervalle à 95');
  });

  it('every word in the language asked for, numbers as it writes them', () => {
    const big = { ...report(), observed: 2744, estimate: 11313 };
    const english = distributionSvg(big, [11000, 12000]);
    expect(english).toContain('Estimated population: 11,313 (2,744 identified, method bic)');
    for (const lang of ['fr', 'es'] as const) {
      const svg = distributionSvg(big, [11000, 12000], lang);
      const words = cataloguesByDomain[lang].estimate;
      expect(svg).toContain(words['svg.legend'].split(' · ')[0]);
      expect(svg).not.toMatch(/Estimated population|identified|interval \(|bars:/);
      expect(svg.replace(/>[^<]*</g, '><')).toBe(english.replace(/>[^<]*</g, '><'));
    }
    expect(distributionSvg(big, [11000, 12000], 'fr')).toContain('Population estimée\u00a0: 11\u202f313');
  });
});
