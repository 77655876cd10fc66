// What an imported dataset may leave the researcher's machine as: the dashboard's counts (by year,
// continuum band, country of exploitation and means of control). Each distribution covers its whole
// code list (every year of the range, every band, every ISO country, every means-of-control item of
// the file's format), zeros included, and is released by audited suppression (k-anonymity.ts).
// The store and the web app keep and chart this object, never the file or a small count.
import { bandIds } from '../continuum/bands.js';
import { type Category, codeList, DEFAULT_YEARS, type YearRange } from './code-lists.js';
import { type CtdcFormat, kAnonMeansItems, syntheticMeansItems } from './ctdc-format.js';
import { type Summary, UNKNOWN } from './ctdc-summary.js';
import { CannotProtect, protect, tooFewRecords } from './k-anonymity.js';
import { countLattice, lattice, orderedCells } from './table-lattice.js';

export const DASHBOARD_SCHEMA_VERSION = 2;

export type ReleasedCount = { value: string; count: number | null };

export type Dashboard = {
  schemaVersion: typeof DASHBOARD_SCHEMA_VERSION;
  k: number;
  format: string;
  /** The number of records (at least k: a smaller file is refused). */
  records: number;
  /** The years the byYear counts cover (every one listed, zeros included). */
  years: YearRange;
  byYear: ReleasedCount[];
  byBand: ReleasedCount[] | null;
  byCountryOfExploitation: ReleasedCount[];
  /**
   * Items are not exclusive (a record has several). `records` counts the records with any item
   * ticked (CTDC's denominator); an item's count is null when suppressed.
   */
  meansOfControl: {
    records: number | null;
    items: Array<{ item: string; count: number | null; percent: number | null }>;
  };
};

/** The means-of-control items a format has: the code list of the dashboard's last table. */
export function meansItemsOf(format: string): readonly string[] {
  if (format === 'ctdc-k-anonymised') return kAnonMeansItems;
  if (format === 'ctdc-synthetic-2021') return kAnonMeansItems.filter((i) => i !== 'NotSpecified');
  return syntheticMeansItems;
}

const label = (value: Category) => value ?? UNKNOWN;

/** One distribution over a code list, released with its total by audited suppression. */
export async function releaseDistribution(
  counts: Record<string, number>,
  domain: readonly Category[],
  k: number,
): Promise<ReleasedCount[]> {
  const l = lattice(['value'], [domain]);
  const index = new Map(domain.map((v, i) => [label(v), i]));
  const finest: Array<[number[], number]> = [];
  for (const [value, n] of Object.entries(counts)) {
    const i = index.get(value);
    if (i === undefined)
      throw new CannotProtect(`a record holds "${value}", which is not in the code list of the release`);
    finest.push([[i], n]);
  }
  const table = await protect(l, countLattice(l, finest), k);
  return orderedCells(l)
    .slice(1)
    .map((id, i) => ({ value: label(domain[i]), count: table.suppressed[id] ? null : table.counts[id] }));
}

/**
 * The means-of-control items, each on its own (they overlap). What a reader can prove about a
 * suppressed item: it is at most the records with any item, and the items together are at least
 * that many. So an item is hidden only alongside another (or the sum of those shown must reach the
 * records), and only when the records with any item are at least k.
 */
export function releaseMeans(
  records: number,
  items: ReadonlyArray<{ item: string; count: number }>,
  k: number,
): Dashboard['meansOfControl'] {
  if (records < k)
    return { records: null, items: items.map(({ item }) => ({ item, count: null, percent: null })) };
  const hidden = new Set(items.filter((i) => i.count > 0 && i.count < k).map((i) => i.item));
  if (hidden.size > 0) {
    const shown = items.filter((i) => !hidden.has(i.item));
    const shownSum = shown.reduce((s, i) => s + i.count, 0);
    // One hidden item alone is pinned between records − (the others) and records: hide the smallest other.
    if (hidden.size === 1 && shownSum < records) {
      const next = shown.filter((i) => i.count > 0).sort((a, b) => a.count - b.count)[0] ?? shown[0];
      if (next) hidden.add(next.item);
    }
  }
  return {
    records,
    items: items.map(({ item, count }) =>
      hidden.has(item)
        ? { item, count: null, percent: null }
        : { item, count, percent: Math.round((1000 * count) / records) / 10 },
    ),
  };
}

export async function dashboardOf(
  summary: Summary,
  format: CtdcFormat | string,
  k: number,
  years: YearRange = DEFAULT_YEARS,
): Promise<Dashboard> {
  if (summary.records < k) throw tooFewRecords();
  const means = summary.groups.means;
  const meansCounts = new Map(means.items.map((i) => [i.item, i.count]));
  const yearDomain = codeList('year', 'fixed', years);
  for (const year of Object.keys(summary.byYear)) {
    if (year !== UNKNOWN && !yearDomain.includes(year)) {
      throw new CannotProtect(
        `a record's year of registration is outside the years of the release (${years.from}–${years.to}): give a wider range of years`,
      );
    }
  }
  return {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    k,
    format,
    records: summary.records,
    years,
    byYear: await releaseDistribution(summary.byYear, yearDomain, k),
    byBand: summary.byBand ? await releaseDistribution(summary.byBand, [...bandIds, null], k) : null,
    byCountryOfExploitation: await releaseDistribution(
      summary.byCountryOfExploitation,
      codeList('country', 'fixed'),
      k,
    ),
    meansOfControl: releaseMeans(
      means.records,
      meansItemsOf(format).map((item) => ({ item, count: meansCounts.get(item) ?? 0 })),
      k,
    ),
  };
}
