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
import { lattice, orderedCells } from './table-lattice.js';

const EPS = 1e-6;

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
      if (high < k - EPS || (low > EPS && low < k - EPS)) {
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
