// Capture tables: how many distinct people were seen on exactly each combination of lists.
// A capture history is stored as a bit mask (bit i set = on list i); the all-zero history is the
// hidden population and is never observed (mse.md §4.1).
import type { Problem } from '../facts/problems.js';

export const MIN_LISTS = 2;
export const MAX_LISTS = 8;

export type CaptureTable = {
  /** List names, in pattern-digit order: digit i of a pattern string is list i. */
  readonly lists: readonly string[];
  /** counts[mask] = people seen on exactly the lists in `mask`; length 2^t, counts[0] = 0. */
  readonly counts: readonly number[];
};

export type PatternRow = { pattern: string; count: number };

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function listCount(table: CaptureTable): number {
  return table.lists.length;
}

/** n: the number of distinct people identified on at least one list. */
export function observedTotal(table: CaptureTable): number {
  let n = 0;
  for (let mask = 1; mask < table.counts.length; mask++) n += table.counts[mask];
  return n;
}

/** Bit mask of a pattern string such as `10110` (first digit = list 1 = bit 0). */
export function patternToMask(pattern: string): number {
  let mask = 0;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] === '1') mask |= 1 << i;
  return mask;
}

export function maskToPattern(mask: number, t: number): string {
  let s = '';
  for (let i = 0; i < t; i++) s += mask & (1 << i) ? '1' : '0';
  return s;
}

/**
 * N*_θ = Σ_{ω ⊇ θ, ω ≠ ∅} n_ω for every θ: the sufficient statistic of the log-linear term θ
 * (mse.md §4.1). Computed for all masks at once by a superset-sum transform.
 */
export function supersetSums(counts: readonly number[]): Float64Array {
  const size = counts.length;
  const sums = Float64Array.from(counts);
  sums[0] = 0;
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let mask = 0; mask < size; mask++) if (!(mask & bit)) sums[mask] += sums[mask | bit];
  }
  return sums;
}

/**
 * Builds a table from aggregated pattern rows, checking what mse.md §4.1 and issue 3 require:
 * 2–8 lists, unique list names, 0/1 patterns of the right length, no duplicate pattern, no all-zero
 * pattern, whole non-negative counts, and nobody-on-it lists reported (they carry no information).
 */
export function captureTableFromPatterns(
  lists: readonly string[],
  rows: readonly PatternRow[],
): Result<CaptureTable> {
  const problems: Problem[] = [];
  const t = lists.length;
  if (t < MIN_LISTS || t > MAX_LISTS) {
    problems.push({
      path: 'lists',
      code: 'list_count',
      message: `multiple systems estimation needs between ${MIN_LISTS} and ${MAX_LISTS} lists`,
      expected: `${MIN_LISTS}–${MAX_LISTS} lists`,
      found: `${t}`,
    });
    return { ok: false, problems };
  }
  const seenNames = new Set<string>();
  lists.forEach((name, i) => {
    if (name.trim() === '') {
      problems.push({ path: `lists.${i}`, code: 'empty_name', message: `list ${i + 1} has no name` });
    } else if (seenNames.has(name)) {
      problems.push({
        path: `lists.${i}`,
        code: 'duplicate_list',
        message: `list name "${name}" is used twice`,
      });
    }
    seenNames.add(name);
  });
  const counts = new Array<number>(1 << t).fill(0);
  const rowOfMask = new Map<number, number>();
  rows.forEach((row, i) => {
    const path = `rows.${i}`;
    if (row.pattern.length !== t || !/^[01]+$/.test(row.pattern)) {
      problems.push({
        path: `${path}.pattern`,
        code: 'invalid_pattern',
        message: `a capture pattern is one 0/1 digit per list`,
        expected: `${t} digits 0 or 1`,
        found: JSON.stringify(row.pattern),
      });
      return;
    }
    const mask = patternToMask(row.pattern);
    if (mask === 0) {
      problems.push({
        path: `${path}.pattern`,
        code: 'unobservable_pattern',
        message: 'the all-zero pattern (on no list) cannot be observed; it is what is being estimated',
        found: row.pattern,
      });
      return;
    }
    if (!Number.isFinite(row.count) || row.count < 0 || !Number.isInteger(row.count)) {
      problems.push({
        path: `${path}.count`,
        code: 'invalid_count',
        message: 'a count is a whole number of people, zero or more',
        expected: 'a non-negative integer',
        found: String(row.count),
      });
      return;
    }
    const previous = rowOfMask.get(mask);
    if (previous !== undefined) {
      problems.push({
        path: `${path}.pattern`,
        code: 'duplicate_pattern',
        message: `pattern ${row.pattern} already appears in row ${previous + 1}; give each pattern once`,
        found: row.pattern,
      });
      return;
    }
    rowOfMask.set(mask, i);
    counts[mask] = row.count;
  });
  if (problems.length > 0) return { ok: false, problems };
  const onList = supersetSums(counts);
  lists.forEach((name, i) => {
    if (onList[1 << i] === 0) {
      problems.push({
        path: `lists.${i}`,
        code: 'empty_list',
        message: `nobody is on list "${name}"; drop it, an empty list carries no information`,
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { lists: [...lists], counts } };
}

/** Convenience for tests and data tables: rows given as [pattern, count] pairs. */
export function captureTable(
  lists: readonly string[],
  rows: ReadonlyArray<readonly [string, number]>,
): CaptureTable {
  const result = captureTableFromPatterns(
    lists,
    rows.map(([pattern, count]) => ({ pattern, count })),
  );
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.value;
}

/** The table with its lists reordered: `order[k]` = index (in `table`) of the new k-th list. */
export function permuteLists(table: CaptureTable, order: readonly number[]): CaptureTable {
  const t = table.lists.length;
  const counts = new Array<number>(1 << t).fill(0);
  for (let mask = 1; mask < 1 << t; mask++) {
    let moved = 0;
    for (let k = 0; k < t; k++) if (mask & (1 << order[k])) moved |= 1 << k;
    counts[moved] = table.counts[mask];
  }
  return { lists: order.map((i) => table.lists[i]), counts };
}

/**
 * The lists in groups linked by people on more than one list (connected components of the lists,
 * two lists joined when somebody is on both). More than one group: nothing in the data links the
 * groups, and no model can say how many people none of them holds.
 */
export function overlapGroups(table: CaptureTable): number[][] {
  const t = table.lists.length;
  const parent = Array.from({ length: t }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  for (let mask = 1; mask < table.counts.length; mask++) {
    if (table.counts[mask] === 0 || (mask & (mask - 1)) === 0) continue;
    const first = Math.log2(mask & -mask);
    for (let i = first + 1; i < t; i++) if (mask & (1 << i)) parent[root(i)] = root(first);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < t; i++) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  return [...groups.values()];
}
