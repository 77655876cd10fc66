// The audit of a dashboard release by whoever receives one without the data (the server): the
// same attacker's LP (disclosure-audit.ts) on what the dashboard publishes, and nothing else. Every
// distribution must cover its whole code list (so which categories occur is not told by listing),
// add up to the records, and leave every hidden count unprovable: its maximum at least k, its minimum
// 0 or at least k (a hidden group known to hold 1 to k−1 people, or known to be non-empty and
// small, is a disclosure). Problems carry the JSON path of the count at fault, never a count.
import { bandIds } from '../continuum/bands.js';
import type { Problem } from '../facts/problems.js';
import { codeList } from './code-lists.js';
import { UNKNOWN } from './ctdc-summary.js';
import { type Dashboard, meansItemsOf } from './dashboard.js';
import { openSolver, tableSystem } from './disclosure-audit.js';
import { protects, publishedNarrowing, type UnionTable } from './release-union.js';
import { lattice, orderedCells } from './table-lattice.js';

export type DashboardPolicy = { minK: number };

export const DEFAULT_POLICY: DashboardPolicy = { minK: 11 };

export async function auditDashboard(dashboard: Dashboard, policy: DashboardPolicy): Promise<Problem[]> {
  const problems: Problem[] = [];
  const k = dashboard.k;
  if (k < policy.minK) {
    problems.push({
      path: 'k',
      code: 'policy',
      message: `this server publishes no release with k below ${policy.minK}`,
      expected: `k ≥ ${policy.minK}`,
      found: String(k),
    });
  }
  const label = (v: string | null) => v ?? UNKNOWN;
  const distributions = [
    ['byYear', codeList('year', 'fixed', dashboard.years)],
    ['byBand', [...bandIds, null]],
    ['byCountryOfExploitation', codeList('country', 'fixed')],
  ] as const;
  for (const [name, domain] of distributions) {
    const cells = dashboard[name];
    if (cells === null) continue;
    const expected = domain.map(label);
    if (cells.length !== expected.length || cells.some((c, i) => c.value !== expected[i])) {
      problems.push({
        path: name,
        code: 'not_full_domain',
        message:
          'a distribution lists every category of its code list, zeros included (listing only some tells which occur)',
      });
      continue;
    }
    problems.push(...(await auditDistribution(name, dashboard.records, cells, k)));
  }
  const items = dashboard.meansOfControl.items;
  const expectedItems = meansItemsOf(dashboard.format);
  if (items.length !== expectedItems.length || items.some((item, i) => item.item !== expectedItems[i])) {
    problems.push({
      path: 'meansOfControl.items',
      code: 'not_full_domain',
      message: 'the means of control list every item of the file’s format, zeros included',
    });
  } else problems.push(...auditMeans(dashboard, k));
  return problems;
}

/** One distribution with its total: the LP interval of every hidden count. */
async function auditDistribution(
  name: string,
  records: number,
  cells: ReadonlyArray<{ count: number | null }>,
  k: number,
): Promise<Problem[]> {
  const l = lattice(['value'], [cells.map((_, i) => String(i))]);
  const values = new Float64Array(l.cells);
  const order = orderedCells(l);
  values[order[0]] = records;
  cells.forEach((cell, i) => {
    values[order[i + 1]] = cell.count === null ? Number.NaN : cell.count;
  });
  const { system, expression } = tableSystem({ lattice: l, values });
  const solver = await openSolver(system);
  const problems: Problem[] = [];
  try {
    const hidden = cells.flatMap((cell, i) => (cell.count === null ? [i] : []));
    if (hidden.length === 0) {
      const sum = cells.reduce((s, c) => s + (c.count ?? 0), 0);
      if (sum !== records)
        problems.push({
          path: name,
          code: 'inconsistent',
          message: 'the counts do not add up to the records',
        });
      return problems;
    }
    for (const i of hidden) {
      const e = expression(order[i + 1]);
      const low = solver.min(e);
      const high = solver.max(e);
      if (Number.isNaN(low) || Number.isNaN(high)) {
        problems.push({
          path: name,
          code: 'inconsistent',
          message: 'the counts do not add up to the records',
        });
        return problems;
      }
      if (!protects(low, high, k)) {
        problems.push({
          path: `${name}.${i}.count`,
          code: 'disclosive',
          message:
            'this hidden count can be narrowed down from the published ones (below k, or known to be non-empty and small)',
        });
      }
    }
  } finally {
    solver.dispose();
  }
  return problems;
}

/**
 * Means of control: the items overlap, so what a reader can prove about a hidden item is only
 * that it is at most the records with any item, and that the items together reach that number.
 */
function auditMeans(dashboard: Dashboard, k: number): Problem[] {
  const { records, items } = dashboard.meansOfControl;
  if (records === null) return [];
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    if (item.count !== null) return;
    const others = items.reduce((s, o, j) => s + (j === i ? 0 : (o.count ?? records)), 0);
    const low = Math.max(0, records - others);
    if (records < k || (low > 0 && low < k)) {
      problems.push({
        path: `meansOfControl.items.${i}.count`,
        code: 'disclosive',
        message:
          'this hidden count can be narrowed down from the published ones (below k, or known to be non-empty and small)',
      });
    }
  });
  return problems;
}

const distributionNames = ['byYear', 'byBand', 'byCountryOfExploitation'] as const;
type DistributionName = (typeof distributionNames)[number];

/** A dashboard's distributions as one-dimensional tables (the dimension named after the distribution). */
function tablesOf(dashboard: Dashboard): Array<{ name: DistributionName; table: UnionTable }> {
  return distributionNames.flatMap((name) => {
    const cells = dashboard[name];
    if (cells === null) return [];
    const l = lattice([name], [cells.map((c) => c.value)]);
    const values = new Float64Array(l.cells);
    const order = orderedCells(l);
    values[order[0]] = dashboard.records;
    cells.forEach((cell, i) => {
      values[order[i + 1]] = cell.count === null ? Number.NaN : cell.count;
    });
    return [{ name, table: { lattice: l, values, k: dashboard.k } }];
  });
}

const narrowed = (path: string): Problem => ({
  path,
  code: 'narrows_earlier',
  message:
    'read together with the earlier releases of this dataset, this release narrows down a count one of them keeps hidden',
});

/**
 * A new release of a dataset audited together with its earlier releases (the ledger the server
 * keeps), by the attacker's LP over their union (release-union.ts): refused if it narrows the
 * interval of any hidden count, its own or an earlier release's. The releases must be of the same
 * records. Problems name the new release's JSON path at fault, never a count.
 */
export async function auditAgainstReleases(
  earlier: readonly Dashboard[],
  next: Dashboard,
): Promise<Problem[]> {
  if (earlier.length === 0) return [];
  const sameData = (path: string): Problem => ({
    path,
    code: 'not_same_data',
    message:
      'a new release of a dataset is made from the same records as its earlier releases (other records are saved as a new dataset)',
  });
  const first = earlier[0];
  if (next.format !== first.format) return [sameData('format')];
  if (earlier.some((d) => d.records !== next.records)) return [sameData('records')];
  const knownMeans = [...earlier, next].map((d) => d.meansOfControl.records).filter((r) => r !== null);
  if (knownMeans.some((r) => r !== knownMeans[0])) return [sameData('meansOfControl.records')];
  const shown = new Map<string, number>();
  for (const d of earlier)
    for (const { item, count } of d.meansOfControl.items) if (count !== null) shown.set(item, count);
  const differs = next.meansOfControl.items.findIndex(
    ({ item, count }) => count !== null && shown.has(item) && shown.get(item) !== count,
  );
  if (differs >= 0) return [sameData(`meansOfControl.items.${differs}.count`)];

  const parts = [...earlier, next].map(tablesOf);
  const tables = parts.flat();
  const last = tables.length - parts[parts.length - 1].length;
  const verdict = await publishedNarrowing(
    tables.map((t) => t.table),
    last,
  );
  const problems: Problem[] = [];
  if (verdict.kind === 'contradicts') return [sameData('')];
  if (verdict.kind === 'narrows') {
    const paths = new Set<string>();
    for (const { table, cell } of verdict.cells) {
      const { name, table: t } = tables[table];
      const index = orderedCells(t.lattice).indexOf(cell) - 1;
      const value = t.lattice.domains[0][index];
      const j = next[name]?.findIndex((c) => c.value === value) ?? -1;
      paths.add(j >= 0 ? `${name}.${j}.count` : name);
    }
    if (paths.size === 0) paths.add('');
    for (const path of paths) problems.push(narrowed(path));
  }
  problems.push(...meansAgainst(earlier, next));
  return problems;
}

/**
 * Means of control over every release: an item published by any release is known; an item hidden
 * by a release must keep an interval that protects it at that release's k, given every item known.
 */
function meansAgainst(earlier: readonly Dashboard[], next: Dashboard): Problem[] {
  const all = [...earlier, next];
  const records = all.map((d) => d.meansOfControl.records).find((r) => r !== null);
  if (records === undefined || records === null) return [];
  const known = new Map<string, number>();
  for (const d of all)
    for (const { item, count } of d.meansOfControl.items) if (count !== null) known.set(item, count);
  const paths = new Set<string>();
  for (const d of all) {
    if (d.meansOfControl.records === null) continue;
    const items = d.meansOfControl.items;
    for (const { item, count } of items) {
      if (count !== null) continue;
      const high = known.get(item) ?? records;
      const others = items.reduce((s, o) => s + (o.item === item ? 0 : (known.get(o.item) ?? records)), 0);
      const low = known.get(item) ?? Math.max(0, records - others);
      if (protects(low, high, d.k)) continue;
      const j = next.meansOfControl.items.findIndex((o) => o.item === item);
      paths.add(j >= 0 ? `meansOfControl.items.${j}.count` : 'meansOfControl.items');
    }
  }
  return [...paths].map(narrowed);
}
