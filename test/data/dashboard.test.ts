import { describe, expect, it } from 'vitest';
import { codeList } from '../../src/data/code-lists.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { dashboardOf, meansItemsOf, releaseDistribution, releaseMeans } from '../../src/data/dashboard.js';
import { attackCells, type Release } from '../support/disclosure-attack.js';

/** A released distribution as a one-dimensional release the attacker can read. */
function asRelease(total: number, released: Array<{ value: string; count: number | null }>): Release {
  return {
    by: ['value'],
    categories: { value: released.map((r) => r.value) },
    cells: [{ key: {}, count: total }, ...released.map((r) => ({ key: { value: r.value }, count: r.count }))],
  };
}

describe('dashboard counts', () => {
  it('a distribution with one small count hides a second one, so the total cannot give it away', async () => {
    const counts = { a: 40, b: 3, c: 25 };
    const released = await releaseDistribution(counts, ['a', 'b', 'c', 'd', null], 11);
    expect(released.map((r) => r.value)).toEqual(['a', 'b', 'c', 'd', 'unknown']);
    expect(released.find((r) => r.value === 'b')?.count).toBeNull();
    expect(released.find((r) => r.value === 'd')?.count).toBe(0);
    const truth = (_: number, key: Record<string, string | null>) =>
      key.value === undefined ? 68 : ((counts as Record<string, number>)[key.value as string] ?? 0);
    const figures = await attackCells([asRelease(68, released)], 11, truth);
    expect(figures).toMatchObject({ protectedCells: 1, recovered: 0, narrowed: 0 });
  });

  it('means of control: one small item is hidden with another unless the rest already cover the records', () => {
    const items = [
      { item: 'Threats', count: 40 },
      { item: 'DebtBondage', count: 4 },
      { item: 'FalsePromises', count: 12 },
    ];
    // 40 + 12 < 50 records with any item: the small one would be at least 50 − 52 … hide another.
    const tight = releaseMeans(60, items, 11);
    expect(tight.items.filter((i) => i.count === null).map((i) => i.item)).toEqual([
      'DebtBondage',
      'FalsePromises',
    ]);
    const loose = releaseMeans(45, items, 11);
    expect(loose.items.filter((i) => i.count === null).map((i) => i.item)).toEqual(['DebtBondage']);
  });

  it('covers the whole code lists and publishes no count from 1 to k − 1', async () => {
    const { summary, format } = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
    const dashboard = await dashboardOf(summary, format, 11);
    expect(dashboard).toMatchObject({ schemaVersion: 2, k: 11, format: 'ctdc-synthetic-2024', records: 200 });
    expect(dashboard.byYear).toHaveLength(codeList('year', 'fixed').length);
    expect(dashboard.byCountryOfExploitation).toHaveLength(codeList('country', 'fixed').length);
    expect(dashboard.meansOfControl.items.map((i) => i.item)).toEqual([...meansItemsOf(format)]);
    const counts = [
      ...dashboard.byYear,
      ...(dashboard.byBand ?? []),
      ...dashboard.byCountryOfExploitation,
      ...dashboard.meansOfControl.items,
    ].map((c) => c.count);
    expect(counts.filter((n) => n !== null && n > 0 && n < 11)).toEqual([]);
    // The fixture's years hold about 6 records each: small, hence suppressed.
    expect(dashboard.byYear.some((y) => y.count === null)).toBe(true);
  });
});
