import { describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { dashboardOf, releaseDistribution } from '../../src/data/dashboard.js';
import { recoverSuppressed } from '../support/disclosure-attack.js';

describe('k-anonymous dashboard counts', () => {
  it('a distribution with one small count hides a second one, so the total cannot give it away', () => {
    const released = releaseDistribution({ a: 40, b: 3, c: 25 }, 11);
    expect(released.find((r) => r.value === 'b')?.count).toBeNull();
    expect(released.filter((r) => r.count === null)).toHaveLength(2);
    const cells = [
      { key: {}, count: 68 },
      ...released.map((r) => ({ key: { value: r.value }, count: r.count })),
    ];
    expect(recoverSuppressed(['value'], cells)).toEqual([]);
  });

  it('publishes no count below k from an imported file', async () => {
    const { summary, format } = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
    const dashboard = dashboardOf(summary, format, 11);
    expect(dashboard).toMatchObject({ schemaVersion: 1, k: 11, format: 'ctdc-synthetic-2024', records: 200 });
    const counts = [
      ...dashboard.byYear,
      ...(dashboard.byBand ?? []),
      ...dashboard.byCountryOfExploitation,
      ...dashboard.meansOfControl.items,
    ].map((c) => c.count);
    expect(counts.filter((n) => n !== null && n < 11)).toEqual([]);
    // The fixture's years hold about 6 records each: small, hence suppressed.
    expect(dashboard.byYear.some((y) => y.count === null)).toBe(true);
  });
});
