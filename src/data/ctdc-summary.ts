// The bulk summary: counts of records by verdict, year, country of exploitation, sector and means
// of control, accumulated one record at a time. Percentages follow the CTDC codebook's rule
// (2024 codebook §6): within a variable group, the denominator is the records with any item ticked
// in that group; records with nothing in the group leave it. Items can sum to more than 100%.
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import { type FlagGroup, flagGroups } from './ctdc-format.js';
import type { ScannedRecord } from './ctdc-scan.js';
import { ageBands } from './ctdc-values.js';

// Bands in their natural order, unknown last.
const ageOrder: readonly string[] = [...ageBands, 'unknown'];

export type VerdictCounts = Record<Truth, number>;

export type GroupSummary = {
  /** Records with at least one item of the group ticked: the denominator. */
  records: number;
  items: Array<{ item: string; count: number; percent: number }>;
};

export type Summary = {
  records: number;
  /** Per instrument id: how many records meet, do not meet, or leave undetermined its definition. */
  verdicts: Record<string, VerdictCounts>;
  byYear: Record<string, number>;
  /** Per year, per instrument: verdict counts (the chart's counts by year). */
  verdictsByYear: Record<string, Record<string, VerdictCounts>>;
  byCountryOfExploitation: Record<string, number>;
  byCitizenship: Record<string, number>;
  byGender: Record<string, number>;
  byAge: Record<string, number>;
  /**
   * Continuum bands, when a band function was given (null otherwise): per record the most severe
   * band certainly reached (`decent_work` = no band above it established, not "decent work shown").
   */
  byBand: Record<string, number> | null;
  /** Per year, per band: counts (null without bands). */
  bandsByYear: Record<string, Record<string, number>> | null;
  /** Per band, per instrument: verdict counts (null without bands). */
  verdictsByBand: Record<string, Record<string, VerdictCounts>> | null;
  groups: Record<FlagGroup, GroupSummary>;
};

export const UNKNOWN = 'unknown';

/** Distinct item lists counted before they are added into the groups (memory stays bounded). */
const MAX_FLAG_LISTS = 10_000;

const zero = (): VerdictCounts => ({ met: 0, not_met: 0, undetermined: 0 });

function count(counts: Map<string | null, number>, key: string | null): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Counts by value as a table by name, null as unknown. */
function table(counts: Map<string | null, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of counts) out[key ?? UNKNOWN] = (out[key ?? UNKNOWN] ?? 0) + n;
  return out;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function sortedByCount(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

export type SummaryBuilder = { add(scanned: ScannedRecord): void; result(): Summary };

export function summaryBuilder(instruments: readonly Instrument[]): SummaryBuilder {
  const ids = instruments.map((i) => i.id);
  const verdicts: Record<string, VerdictCounts> = Object.fromEntries(ids.map((id) => [id, zero()]));
  const byYear: Record<string, number> = {};
  const verdictsByYear: Record<string, Record<string, VerdictCounts>> = {};
  // Counted in Maps by value (null = unknown) as records come, written out as tables at the end.
  const byCountry = new Map<string | null, number>();
  const byCitizenship = new Map<string | null, number>();
  const byGender = new Map<string | null, number>();
  const byAge = new Map<string | null, number>();
  const byBand: Record<string, number> = {};
  const verdictsByBand: Record<string, Record<string, VerdictCounts>> = {};
  const bandsByYear: Record<string, Record<string, number>> = {};
  let banded = false;
  const groupRecords = Object.fromEntries(flagGroups.map((g) => [g, 0])) as Record<FlagGroup, number>;
  const groupItems = Object.fromEntries(flagGroups.map((g) => [g, {}])) as Record<
    FlagGroup,
    Record<string, number>
  >;
  let records = 0;

  // Records with the same items in a group share one (frozen) list (ctdc-row-plan.ts shareFlags):
  // lists are counted per group as they come, and their items added into the group now and then,
  // so a record costs one map update per group it has items in.
  const listCounts = flagGroups.map(() => new Map<readonly string[], number>());
  let distinctLists = 0;
  const countFlags = () => {
    flagGroups.forEach((group, g) => {
      const items = groupItems[group];
      for (const [list, n] of listCounts[g]) {
        groupRecords[group] += n;
        for (const item of list) items[item] = (items[item] ?? 0) + n;
      }
      listCounts[g].clear();
    });
    distinctLists = 0;
  };

  // Per year, per band, per distinct verdict list: a count. Expanded into the tables at the end,
  // so a record costs a few map lookups whatever the number of instruments.
  const combos = new Map<number | null, Map<string | null, Map<string, number>>>();
  const verdictIds = new WeakMap<Truth[], string>();
  const idOf = (values: Truth[]) => {
    let id = verdictIds.get(values);
    if (id === undefined) {
      id = values.join(',');
      verdictIds.set(values, id);
    }
    return id;
  };

  return {
    add({ record, verdicts: values, band }) {
      records++;
      let byBandOfYear = combos.get(record.year);
      if (!byBandOfYear) {
        byBandOfYear = new Map();
        combos.set(record.year, byBandOfYear);
      }
      if (band !== null) banded = true;
      let byVerdicts = byBandOfYear.get(band);
      if (!byVerdicts) {
        byVerdicts = new Map();
        byBandOfYear.set(band, byVerdicts);
      }
      const id = idOf(values);
      byVerdicts.set(id, (byVerdicts.get(id) ?? 0) + 1);
      count(byCountry, record.countryOfExploitation);
      count(byCitizenship, record.citizenship);
      count(byGender, record.gender);
      count(byAge, record.age);
      const flags = record.flags;
      for (let g = 0; g < flagGroups.length; g++) {
        const list = flags[flagGroups[g]];
        if (list.length === 0) continue;
        const counts = listCounts[g];
        const n = counts.get(list);
        if (n === undefined) {
          counts.set(list, 1);
          distinctLists++;
        } else counts.set(list, n + 1);
      }
      if (distinctLists >= MAX_FLAG_LISTS) countFlags();
    },
    result() {
      countFlags();
      const tally = (
        table: Record<string, Record<string, VerdictCounts>>,
        key: string,
        values: Truth[],
        n: number,
      ) => {
        table[key] ??= Object.fromEntries(ids.map((id) => [id, zero()]));
        const row = table[key];
        values.forEach((value, i) => {
          row[ids[i]][value] += n;
        });
      };
      for (const [yearValue, byBandOfYear] of combos) {
        const year = yearValue === null ? UNKNOWN : String(yearValue);
        for (const [bandValue, byVerdicts] of byBandOfYear) {
          const bandKey = bandValue ?? UNKNOWN;
          for (const [id, n] of byVerdicts) {
            const values = (id === '' ? [] : id.split(',')) as Truth[];
            values.forEach((value, i) => {
              verdicts[ids[i]][value] += n;
            });
            byYear[year] = (byYear[year] ?? 0) + n;
            byBand[bandKey] = (byBand[bandKey] ?? 0) + n;
            bandsByYear[year] ??= {};
            bandsByYear[year][bandKey] = (bandsByYear[year][bandKey] ?? 0) + n;
            tally(verdictsByYear, year, values, n);
            tally(verdictsByBand, bandKey, values, n);
          }
        }
      }
      const groups = Object.fromEntries(
        flagGroups.map((group) => {
          const denominator = groupRecords[group];
          const items = Object.entries(sortedByCount(groupItems[group])).map(([item, count]) => ({
            item,
            count,
            percent: denominator === 0 ? 0 : Math.round((1000 * count) / denominator) / 10,
          }));
          return [group, { records: denominator, items }];
        }),
      ) as Record<FlagGroup, GroupSummary>;
      return {
        records,
        verdicts,
        byYear: sortedByKey(byYear),
        verdictsByYear: sortedByKey(verdictsByYear),
        byCountryOfExploitation: sortedByCount(table(byCountry)),
        byCitizenship: sortedByCount(table(byCitizenship)),
        byGender: sortedByCount(table(byGender)),
        byAge: Object.fromEntries(
          Object.entries(table(byAge)).sort(([a], [b]) => ageOrder.indexOf(a) - ageOrder.indexOf(b)),
        ),
        byBand: banded ? sortedByKey(byBand) : null,
        bandsByYear: banded ? sortedByKey(bandsByYear) : null,
        verdictsByBand: banded ? sortedByKey(verdictsByBand) : null,
        groups,
      };
    },
  };
}
