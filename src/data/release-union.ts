// Several releases of one dataset audited together: the attacker's LP over their union. Each
// release is its own table (unknowns: its suppressed finest cells); two releases that share
// dimensions agree on their common margin, cell by cell. For releases whose dimension sets form an
// acyclic hypergraph that is all a joint table can add (Vorob'ev 1962: locally consistent margins of
// an acyclic family always have a non-negative joint), so the union LP is exactly the attacker's.
// A cyclic family (e.g. A×B, B×C and A×C) is refused: its margins constrain each other in ways the
// pairwise links miss.
//
// Two kinds of union:
//   - the same file (same fingerprint): every primary cell of every release must keep its
//     protection (interval from 0 to its release's k, no one pinned) in the union;
//   - a changed file (a neighbour: people added): the old releases and the new one are linked by
//     "the new file holds everyone the old one did" (y ≥ x cell by cell on the common margins), and
//     no category may certainly have gained someone (who was added stays hidden).
import {
  type Expression,
  joinSystems,
  type LinearSystem,
  openSolver,
  tableSystem,
} from './disclosure-audit.js';
import { CannotProtect, holds, type Requirement, requirementsOf, suppressionContext } from './k-anonymity.js';
import {
  cellId,
  coordinate,
  type Lattice,
  maskOf,
  orderedCells,
  popcount,
  project,
} from './table-lattice.js';

export type UnionTable = {
  lattice: Lattice;
  /** As published: NaN where suppressed. */
  values: Float64Array;
  k: number;
  /** The true counts, when the holder has the same file (for the cube certificates and primary cells). */
  counts?: Float64Array;
};

const EPS = 1e-6;

/** GYO reduction: whether the dimension sets form an acyclic hypergraph. */
export function acyclic(sets: ReadonlyArray<readonly string[]>): boolean {
  let edges = sets.map((s) => new Set(s));
  for (let changed = true; changed; ) {
    changed = false;
    // A vertex in one edge only can go; an edge inside another can go.
    for (const edge of edges) {
      for (const v of [...edge]) {
        if (edges.filter((e) => e.has(v)).length === 1) {
          edge.delete(v);
          changed = true;
        }
      }
    }
    const kept = edges.filter(
      (e, i) =>
        e.size > 0 &&
        !edges.some((f, j) => j !== i && [...e].every((v) => f.has(v)) && (f.size > e.size || j < i)),
    );
    if (kept.length !== edges.length) changed = true;
    edges = kept;
  }
  return edges.length <= 1;
}

/** The cell of lattice `to` with the same key as cell `id` of lattice `from` on the dimensions in `dims`. */
export function mapCell(from: Lattice, id: number, to: Lattice, dims: readonly string[]): number | undefined {
  const coords = to.sizes.slice();
  for (const name of dims) {
    const i = from.dimensions.indexOf(name);
    const j = to.dimensions.indexOf(name);
    const c = coordinate(from, id, i);
    if (c === from.sizes[i]) continue;
    const value = from.domains[i][c];
    const k = to.domains[j].indexOf(value);
    if (k < 0) return undefined;
    coords[j] = k;
  }
  return cellId(to, coords);
}

type Built = {
  system: LinearSystem;
  expressions: Array<(id: number) => Expression>;
};

/**
 * The union LP. `versions[i]` is 0 for releases of the first file, 1 for the changed file; across
 * versions the link is "≥" (people added), within one it is "=".
 */
function buildUnion(tables: UnionTable[], versions: number[]): Built {
  const parts = [];
  const expressions: Array<(id: number) => Expression> = [];
  let offset = 0;
  for (const t of tables) {
    const part = tableSystem({ lattice: t.lattice, values: t.values }, offset);
    offset += part.system.columns;
    parts.push(part.system);
    expressions.push(part.expression);
  }
  const links: LinearSystem['rows'] = [];
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      const a = tables[i].lattice;
      const b = tables[j].lattice;
      const common = a.dimensions.filter((d) => b.dimensions.includes(d));
      if (common.length === 0 && versions[i] === versions[j]) continue;
      const maskA = common.reduce((m, d) => m | (1 << a.dimensions.indexOf(d)), 0);
      const sign = versions[i] === versions[j] ? 0 : versions[j] > versions[i] ? 1 : -1;
      for (const id of orderedCells(a)) {
        if (maskOf(a, id) !== maskA) continue;
        const ea = expressions[i](id);
        const other = mapCell(a, id, b, common);
        const eb = other === undefined ? { vars: [], constant: 0 } : expressions[j](other);
        if (ea.vars.length === 0 && eb.vars.length === 0 && sign === 0) continue;
        // eb − ea: = 0 within a version; ≥ 0 when j is the later file (≤ 0 when i is).
        const vars = [...eb.vars, ...ea.vars];
        const coefs = [...eb.vars.map(() => 1), ...ea.vars.map(() => -1)];
        const rhs = ea.constant - eb.constant;
        links.push({
          vars,
          coefs,
          lower: sign < 0 ? Number.NEGATIVE_INFINITY : rhs,
          upper: sign > 0 ? Number.POSITIVE_INFINITY : rhs,
        });
      }
    }
  }
  return { system: joinSystems(parts, links), expressions };
}

/** Whether a cube found in table i is also a direction the other releases allow. */
function allowedElsewhere(
  tables: UnionTable[],
  i: number,
  moving: number,
  changes: Map<number, number>,
): boolean {
  const a = tables[i].lattice;
  const movingDims = a.dimensions.filter((_, n) => moving & (1 << n));
  for (let j = 0; j < tables.length; j++) {
    if (j === i) continue;
    const b = tables[j].lattice;
    // Moving along a dimension j does not have cancels out in j's tables: they do not see the cube.
    if (!movingDims.every((d) => b.dimensions.includes(d))) continue;
    if (!b.dimensions.every((d) => a.dimensions.includes(d))) return false;
    for (const [cell, change] of changes) {
      if (change === 0) continue;
      const fixed = a.dimensions.filter((_, n) => maskOf(a, cell) & (1 << n));
      if (!fixed.every((d) => b.dimensions.includes(d))) continue;
      const mapped = mapCell(a, cell, b, b.dimensions);
      if (mapped === undefined || !Number.isNaN(tables[j].values[mapped])) return false;
    }
  }
  return true;
}

export type UnionFailure = { table: number; cell: number };

/**
 * Releases of one file audited together: the primary cells (1 to k−1, from the true counts) of
 * every table that has counts, each kept protected in the union. Returns the cells that are not.
 */
export async function sameFileFailures(tables: UnionTable[]): Promise<UnionFailure[]> {
  if (!acyclic(tables.map((t) => t.lattice.dimensions))) {
    throw new CannotProtect(
      'the releases of this dataset cross their dimensions in a cycle, which the audit cannot check: choose dimensions that nest with the earlier ones',
    );
  }
  const pending: Array<{ table: number; requirement: Requirement }> = [];
  tables.forEach((t, i) => {
    if (!t.counts) return;
    const counts = t.counts;
    const suppressed = new Uint8Array(t.values.map((v) => (Number.isNaN(v) ? 1 : 0)));
    const context = suppressionContext(t.lattice, counts, suppressed, t.k);
    for (let id = 0; id < t.lattice.cells; id++) {
      if (!(counts[id] >= 1 && counts[id] < t.k)) continue;
      if (!suppressed[id]) {
        // Published by this very release: cannot be (a release never publishes 1..k−1 of its own k).
        pending.push({ table: i, requirement: { cell: id, kind: 'upper', certified: false } });
        continue;
      }
      for (const requirement of requirementsOf(t.lattice, id)) {
        // A certificate: a cube already all suppressed here, with valid counts, that no other release sees.
        const cubes =
          requirement.kind === 'upper'
            ? context.upperCubes(id)
            : context.lowerCubes(id, requirement.dimension);
        let certified = false;
        for (const cube of cubes) {
          if (
            context.costOf(cube.changes, true) === 0 &&
            allowedElsewhere(tables, i, cube.moving, cube.changes)
          ) {
            certified = true;
            break;
          }
        }
        if (!certified) pending.push({ table: i, requirement });
      }
    }
  });
  if (pending.length === 0) return [];
  const { system, expressions } = buildUnion(
    tables,
    tables.map(() => 0),
  );
  const solver = await openSolver(system);
  try {
    const failures: UnionFailure[] = [];
    for (const { table, requirement } of pending) {
      const t = tables[table];
      const kind = requirement.kind === 'upper' ? 'upper' : requirement.dimension;
      if (!holds(solver, t.lattice, t.values, t.k, requirement.cell, kind, expressions[table])) {
        failures.push({ table, cell: requirement.cell });
      }
    }
    return failures;
  } finally {
    solver.dispose();
  }
}

/**
 * A release from a changed file (the last table) against releases of the earlier file: no
 * category of a dimension both show may certainly have gained someone, and the new release's own
 * small cells keep their protection. True when the release may go.
 */
export async function changedFileHolds(earlier: UnionTable[], next: UnionTable): Promise<boolean> {
  const tables = [...earlier, next];
  const { system, expressions } = buildUnion(
    tables,
    tables.map((_, i) => (i === tables.length - 1 ? 1 : 0)),
  );
  const solver = await openSolver(system);
  try {
    const last = tables.length - 1;
    const l = next.lattice;
    for (const id of orderedCells(l)) {
      if (popcount(maskOf(l, id)) !== 1) continue;
      const dim = l.dimensions[Math.log2(maskOf(l, id))];
      for (let i = 0; i < earlier.length; i++) {
        const a = earlier[i].lattice;
        if (!a.dimensions.includes(dim)) continue;
        const old = mapCell(l, id, a, [dim]);
        const before =
          old === undefined ? { vars: [], constant: 0 } : expressions[i](project(a, old, maskOf(a, old)));
        const after = expressions[last](id);
        const gained = solver.min({
          vars: [...after.vars, ...before.vars],
          coefs: [...after.vars.map(() => 1), ...before.vars.map(() => -1)],
          constant: after.constant - before.constant,
        });
        if (Number.isNaN(gained)) return false; // the files do not differ by additions only: nothing to rely on
        if (gained > EPS) return false;
      }
    }
    if (next.counts) {
      const counts = next.counts;
      for (let id = 0; id < l.cells; id++) {
        if (!(counts[id] >= 1 && counts[id] < next.k)) continue;
        for (const r of requirementsOf(l, id)) {
          const kind = r.kind === 'upper' ? 'upper' : r.dimension;
          if (!holds(solver, l, next.values, next.k, id, kind, expressions[last])) return false;
        }
      }
    }
    return true;
  } finally {
    solver.dispose();
  }
}

/**
 * Whether an interval the attacker can prove for a hidden count protects it at k: it reaches k, and
 * it starts at 0 or at k or more (a count proven to be 1 to k−1, or non-empty and under k for sure,
 * is disclosed).
 */
export function protects(low: number, high: number, k: number): boolean {
  return high >= k - EPS && (low <= EPS || low >= k - EPS);
}

type Interval = { low: number; high: number };

async function intervalsOf(
  tables: UnionTable[],
  versions: number[],
  cells: Array<{ table: number; cell: number }>,
): Promise<Interval[] | undefined> {
  const { system, expressions } = buildUnion(tables, versions);
  const solver = await openSolver(system);
  try {
    const out: Interval[] = [];
    for (const { table, cell } of cells) {
      const e = expressions[table](cell);
      const low = solver.min(e);
      const high = solver.max(e);
      // The releases contradict each other: not releases of one dataset.
      if (Number.isNaN(low) || Number.isNaN(high)) return undefined;
      out.push({ low, high });
    }
    return out;
  } finally {
    solver.dispose();
  }
}

export type Narrowing =
  | { kind: 'none' }
  | { kind: 'contradicts' }
  /** The hidden counts (table, cell) whose interval the new release narrows. */
  | { kind: 'narrows'; cells: UnionFailure[] };

/**
 * A new release (the last table or tables) checked without the data, as the server must: every
 * hidden count of every release of the dataset keeps an interval that protects it at its release's
 * k, or, if it did not before, an interval no narrower than before (the server cannot tell a small
 * hidden count from a large one, so it asks only that this release take nothing away). "Before" is
 * the earlier releases together for their cells, the new release alone for its own. Tables of the
 * same data only, in the order released; `last` is the index of the new release's first table.
 */
export async function publishedNarrowing(tables: UnionTable[], last = tables.length - 1): Promise<Narrowing> {
  // Dimensions crossed in a cycle: the union LP would miss constraints, so nothing can be vouched for.
  if (!acyclic(tables.map((t) => t.lattice.dimensions))) return { kind: 'narrows', cells: [] };
  const same = tables.map(() => 0);
  const hidden: UnionFailure[] = [];
  tables.forEach((t, table) => {
    for (let cell = 0; cell < t.lattice.cells; cell++)
      if (Number.isNaN(t.values[cell])) hidden.push({ table, cell });
  });
  const after = await intervalsOf(tables, same, hidden);
  if (!after) return { kind: 'contradicts' };
  const suspects = hidden.flatMap((h, i) =>
    protects(after[i].low, after[i].high, tables[h.table].k) ? [] : [i],
  );
  if (suspects.length === 0) return { kind: 'none' };
  const earlier = suspects.filter((i) => hidden[i].table < last);
  const own = suspects.filter((i) => hidden[i].table >= last);
  const beforeEarlier =
    earlier.length > 0
      ? await intervalsOf(
          tables.slice(0, last),
          same.slice(0, last),
          earlier.map((i) => hidden[i]),
        )
      : [];
  const beforeOwn =
    own.length > 0
      ? await intervalsOf(
          tables.slice(last),
          same.slice(0, tables.length - last),
          own.map((i) => ({ table: hidden[i].table - last, cell: hidden[i].cell })),
        )
      : [];
  if (!beforeEarlier || !beforeOwn) return { kind: 'contradicts' };
  const before = [...beforeEarlier, ...beforeOwn];
  const cells = [...earlier, ...own].flatMap((i, n) =>
    after[i].low > before[n].low + EPS || after[i].high < before[n].high - EPS ? [hidden[i]] : [],
  );
  return cells.length > 0 ? { kind: 'narrows', cells } : { kind: 'none' };
}
