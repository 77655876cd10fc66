// What an imported dataset may leave the researcher's machine as: the dashboard's counts (by year,
// continuum band, country of exploitation and means of control), each table released k-anonymously
// (k-anonymity.ts: small cells suppressed, with complementary suppression against the table's
// total). This is the extension point for the store and the web app (issue 6): they can save and
// chart this object without ever holding the file or a small count.
import type { Summary } from './ctdc-summary.js';
import { keyObject, protect } from './k-anonymity.js';

export const DASHBOARD_SCHEMA_VERSION = 1;

export type ReleasedCount = { value: string; count: number | null };

export type Dashboard = {
  schemaVersion: typeof DASHBOARD_SCHEMA_VERSION;
  k: number;
  format: string;
  /** The number of records, or null when below k. */
  records: number | null;
  byYear: ReleasedCount[];
  byBand: ReleasedCount[] | null;
  byCountryOfExploitation: ReleasedCount[];
  /** Items are not exclusive (a record has several), so each is released on its own: below k → null. */
  meansOfControl: {
    records: number | null;
    items: Array<{ item: string; count: number | null; percent: number | null }>;
  };
};

/** One distribution released k-anonymously (its total is released too, and checked with it). */
export function releaseDistribution(counts: Record<string, number>, k: number): ReleasedCount[] {
  const full = new Map(Object.entries(counts).map(([value, count]) => [JSON.stringify([value]), count]));
  if (full.size === 0) return [];
  const table = protect(['value'], full, k);
  return table.cells
    .filter((cell) => cell.mask !== 0)
    .map((cell) => ({
      value: keyObject(['value'], cell).value ?? '',
      count: cell.suppressed ? null : cell.count,
    }));
}

export function dashboardOf(summary: Summary, format: string, k: number): Dashboard {
  const means = summary.groups.means;
  const meansReleased = means.records >= k;
  return {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    k,
    format,
    records: summary.records >= k ? summary.records : null,
    byYear: releaseDistribution(summary.byYear, k),
    byBand: summary.byBand ? releaseDistribution(summary.byBand, k) : null,
    byCountryOfExploitation: releaseDistribution(summary.byCountryOfExploitation, k),
    meansOfControl: {
      records: meansReleased ? means.records : null,
      items: means.items.map(({ item, count, percent }) =>
        meansReleased && count >= k ? { item, count, percent } : { item, count: null, percent: null },
      ),
    },
  };
}
