import { describe, expect, it } from 'vitest';
import { codeList } from '../../src/data/code-lists.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import {
  type Dashboard,
  dashboardOf,
  meansItemsOf,
  releaseDistribution,
  releaseMeans,
} from '../../src/data/dashboard.js';
import { auditAgainstReleases } from '../../src/data/dashboard-audit.js';
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

describe('a new release audited with the earlier ones of its dataset', () => {
  const base: Dashboard = {
    schemaVersion: 2,
    k: 11,
    format: 'ctdc-synthetic-2024',
    records: 150,
    years: { from: 2020, to: 2021 },
    byYear: [
      { value: '2020', count: 60 },
      { value: '2021', count: 90 },
      { value: 'unknown', count: 0 },
    ],
    byBand: null,
    byCountryOfExploitation: [
      { value: 'AA', count: null },
      { value: 'BB', count: null },
      { value: 'CC', count: 130 },
    ],
    meansOfControl: {
      records: 150,
      items: [
        { item: 'A', count: null, percent: null },
        { item: 'B', count: null, percent: null },
        { item: 'C', count: 60, percent: 40 },
        { item: 'D', count: 50, percent: 33.3 },
      ],
    },
  };

  it('takes the same release again, and refuses one that narrows a hidden count of the first', async () => {
    expect(await auditAgainstReleases([base], base)).toEqual([]);
    // AA + BB = 20: publishing BB as 11 pins AA at 9, below k.
    const pins = structuredClone(base);
    pins.byCountryOfExploitation[1].count = 11;
    expect((await auditAgainstReleases([base], pins)).map((p) => [p.path, p.code])).toEqual([
      ['byCountryOfExploitation.0.count', 'narrows_earlier'],
    ]);
    // Publishing BB as 20 shows AA is empty: 0 is no one, but the interval the first release
    // left (0 to 20) is narrowed to one value, which the server cannot tell from a small one.
    const empty = structuredClone(base);
    empty.byCountryOfExploitation[1].count = 20;
    expect((await auditAgainstReleases([base], empty)).map((p) => p.path)).toEqual([
      'byCountryOfExploitation.0.count',
    ]);
  });

  it('means of control: an item hidden alone may pass on its own, but not once another release shows what it hid', async () => {
    // Hides A and C, shows B: alone, A is anywhere from 0 up; with the first release (C = 60),
    // A is at least 150 − (35 + 60 + 50) = 5 and so known to be non-empty and small.
    const next = structuredClone(base);
    next.meansOfControl.items = [
      { item: 'A', count: null, percent: null },
      { item: 'B', count: 35, percent: 23.3 },
      { item: 'C', count: null, percent: null },
      { item: 'D', count: 50, percent: 33.3 },
    ];
    expect((await auditAgainstReleases([base], next)).map((p) => p.path)).toEqual([
      'meansOfControl.items.0.count',
    ]);
  });

  it('refuses a release of other records', async () => {
    const other = { ...structuredClone(base), records: 151 };
    expect((await auditAgainstReleases([base], other)).map((p) => [p.path, p.code])).toEqual([
      ['records', 'not_same_data'],
    ]);
    const otherMeans = structuredClone(base);
    otherMeans.meansOfControl.items[3].count = 51;
    expect((await auditAgainstReleases([base], otherMeans)).map((p) => [p.path, p.code])).toEqual([
      ['meansOfControl.items.3.count', 'not_same_data'],
    ]);
  });
});
