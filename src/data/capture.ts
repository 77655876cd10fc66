// Identified vs estimated: when a file says which organisations' lists each person is on (columns
// `list:NAME`), the records form a capture table — how many people are on exactly each combination
// of lists — and the estimation engine (src/estimate) infers how many were on none. Records on none
// of the listed lists are identified but outside the table; they are counted apart.
import {
  type CaptureTable,
  captureTableFromPatterns,
  MAX_LISTS,
  MIN_LISTS,
  maskToPattern,
} from '../estimate/capture-table.js';
import type { EstimateReport } from '../estimate/estimate.js';
import type { Problem } from '../facts/problems.js';

export type IdentifiedVsEstimated = {
  lists: string[];
  /** Records in the file. */
  records: number;
  /** People on at least one list: the capture table's total. */
  identified: number;
  /** Records on none of the lists (identified by someone else): outside the capture table. */
  onNoList: number;
  /** The capture table, one row per non-empty pattern (digit i = list i). */
  table: Array<{ pattern: string; count: number }>;
  /** The estimate of everyone the lists could have caught, seen or not (null when it cannot be made). */
  estimate: EstimateReport | null;
  /** "identified n; estimated N̂ [lo, hi]; about X% never identified", or why there is none. */
  line: string;
  problems: Problem[];
};

export type CaptureCounter = {
  add(lists: number): void;
  counts(): ReadonlyMap<number, number>;
  records(): number;
};

/** Counts records by their list mask as the file streams (at most 2^8 masks). */
export function captureCounter(): CaptureCounter {
  const counts = new Map<number, number>();
  let records = 0;
  return {
    add(lists) {
      records++;
      counts.set(lists, (counts.get(lists) ?? 0) + 1);
    },
    counts: () => counts,
    records: () => records,
  };
}

/** The capture table of the counts and the estimate from it (stepwise selection, as `continuum estimate`). */
export async function identifiedVsEstimated(
  lists: string[],
  counter: CaptureCounter,
): Promise<IdentifiedVsEstimated> {
  const counts = counter.counts();
  const onNoList = counts.get(0) ?? 0;
  const base = { lists, records: counter.records(), identified: counter.records() - onNoList, onNoList };
  const none = (problems: Problem[], line: string): IdentifiedVsEstimated => ({
    ...base,
    table: [],
    estimate: null,
    line,
    problems,
  });
  if (lists.length < MIN_LISTS || lists.length > MAX_LISTS) {
    return none(
      [
        {
          path: 'lists',
          code: 'list_count',
          message: `an estimate needs ${MIN_LISTS} to ${MAX_LISTS} lists`,
          found: String(lists.length),
        },
      ],
      `identified ${base.identified}; no estimate (${lists.length} list columns)`,
    );
  }
  const rows = [...counts]
    .filter(([mask, count]) => mask > 0 && count > 0)
    .sort(([a], [b]) => a - b)
    .map(([mask, count]) => ({ pattern: maskToPattern(mask, lists.length), count }));
  const table = captureTableFromPatterns(lists, rows);
  if (!table.ok)
    return none(table.problems, `identified ${base.identified}; no estimate (${table.problems[0]?.message})`);
  // The estimation engine (and its LP solver) is loaded only for a file with lists: most have none.
  const [{ runEstimate }, { summaryLine }] = await Promise.all([
    import('../estimate/methods.js'),
    import('../estimate/estimate.js'),
  ]);
  const result = await runEstimate(table.value as CaptureTable, { method: 'stepwise' });
  if (!result.ok) {
    return {
      ...none(
        [
          {
            path: 'lists',
            code: 'no_estimate',
            message: 'no admissible model: the lists cannot give an estimate',
          },
        ],
        '',
      ),
      table: rows,
      line: `identified ${base.identified}; no estimate (no admissible model)`,
    };
  }
  return { ...base, table: rows, estimate: result.report, line: summaryLine(result.report), problems: [] };
}
