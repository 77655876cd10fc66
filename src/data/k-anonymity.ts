// A k-anonymous release of a count table with all its margins. Every combination of the chosen
// dimensions (the full table and each margin, down to the grand total) is a cell. Cells with fewer
// than k records are suppressed (primary suppression). Then cells are suppressed alongside them
// (complementary suppression) until
//   1. every sum relation (a cell = the cells under it along one dimension) that holds a suppressed
//      cell holds at least two, and the suppressed cells under a published total hold together at
//      least k records (so the difference an attacker can compute never pins a small group); and
//   2. no suppressed cell is determined by the published cells through the sum relations: for
//      every suppressed cell the unit vector is outside the row space of the relations restricted
//      to suppressed cells (checked by exact elimination, see determinedCells).
// Zero cells are not listed: everyone can tell a combination nobody has.

export type Key = ReadonlyArray<string | null>;

export type Cell = {
  /** Which dimensions the cell fixes (bit i = dimension i); 0 is the grand total. */
  mask: number;
  /** Values per dimension (only those in the mask matter; others are undefined). */
  values: Array<string | null | undefined>;
  count: number;
  suppressed: boolean;
  /** Why: below k (primary) or to protect another cell (complementary). */
  reason?: 'below_k' | 'complementary';
};

export type ProtectedTable = { dimensions: string[]; k: number; cells: Cell[] };

export const MAX_DIMENSIONS = 4;

/** Past this many suppressed cells the exact check gets slow, and the release is mostly holes. */
export const MAX_SUPPRESSED = 3000;

/** The table cannot be released usefully: too many small cells for its dimensions. */
export class TooManySmallCells extends Error {
  constructor(
    readonly cells: number,
    readonly suppressed: number,
  ) {
    super(
      `${suppressed} of the ${cells} cells would be suppressed (at most ${MAX_SUPPRESSED}): choose fewer or coarser dimensions`,
    );
  }
}

export function cellKey(mask: number, values: ReadonlyArray<string | null | undefined>): string {
  // 0 stands for a dimension the cell does not fix (values are strings or null, never 0).
  return JSON.stringify([mask, values.map((v, i) => (mask & (1 << i) ? (v ?? null) : 0))]);
}

/** Counts for every combination from the full table's counts (keys: JSON arrays of values). */
export function allMargins(dimensions: number, full: ReadonlyMap<string, number>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [key, count] of full) {
    const values = JSON.parse(key) as Array<string | null>;
    for (let mask = 0; mask < 1 << dimensions; mask++) {
      const id = cellKey(mask, values);
      const cell = cells.get(id);
      if (cell) cell.count += count;
      else {
        cells.set(id, {
          mask,
          values: values.map((v, i) => (mask & (1 << i) ? v : undefined)),
          count,
          suppressed: false,
        });
      }
    }
  }
  return cells;
}

/** A sum relation: parent = Σ children (children fix one more dimension than the parent). */
export type Relation = { parent: Cell; children: Cell[] };

export function sumRelations(dimensions: number, cells: ReadonlyMap<string, Cell>): Relation[] {
  const relations = new Map<string, Relation>();
  for (const cell of cells.values()) {
    for (let j = 0; j < dimensions; j++) {
      const bit = 1 << j;
      if (!(cell.mask & bit)) continue;
      const parentMask = cell.mask & ~bit;
      const parentId = cellKey(parentMask, cell.values);
      const id = `${j}|${parentId}`;
      let relation = relations.get(id);
      if (!relation) {
        const parent = cells.get(parentId);
        if (!parent) throw new Error('margin missing'); // cannot happen: margins come from the same cells
        relation = { parent, children: [] };
        relations.set(id, relation);
      }
      relation.children.push(cell);
    }
  }
  return [...relations.values()];
}

/**
 * Suppressed cells whose value follows from the published ones: exact Gaussian elimination of the
 * relations restricted to the suppressed cells, to reduced row echelon form in integers (each row
 * divided by the gcd of its coefficients, which stay small for sum relations). A suppressed cell is
 * determined exactly when some reduced row holds it alone.
 */
export function determinedCells(relations: readonly Relation[], suppressed: readonly Cell[]): Set<Cell> {
  const index = new Map(suppressed.map((cell, i) => [cell, i]));
  // Each row: sparse map column → integer coefficient.
  const rows: Array<Map<number, number>> = [];
  for (const { parent, children } of relations) {
    const row = new Map<number, number>();
    const add = (cell: Cell, sign: number) => {
      const i = index.get(cell);
      if (i !== undefined) row.set(i, (row.get(i) ?? 0) + sign);
    };
    add(parent, 1);
    for (const child of children) add(child, -1);
    for (const [i, v] of row) if (v === 0) row.delete(i);
    if (row.size > 0) rows.push(row);
  }
  // Integer-preserving elimination to reduced row echelon form (pivot rows scaled by gcd).
  const pivotRowOf = new Map<number, Map<number, number>>();
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const normalise = (row: Map<number, number>) => {
    let g = 0;
    for (const v of row.values()) g = gcd(g, v);
    if (g > 1) for (const [i, v] of row) row.set(i, v / g);
  };
  const eliminate = (row: Map<number, number>, column: number, pivot: Map<number, number>) => {
    const a = row.get(column);
    if (!a) return;
    const p = pivot.get(column) as number;
    // row := p·row − a·pivot
    for (const [i, v] of row) row.set(i, v * p);
    if (Math.abs(a * p) > Number.MAX_SAFE_INTEGER / 1024)
      throw new Error('suppression check: coefficients too large');
    for (const [i, v] of pivot) {
      const next = (row.get(i) ?? 0) - a * v;
      if (next === 0) row.delete(i);
      else row.set(i, next);
    }
    normalise(row);
  };
  for (const row of rows) {
    for (const [column, pivot] of pivotRowOf) eliminate(row, column, pivot);
    if (row.size === 0) continue;
    const column = Math.min(...row.keys());
    for (const other of pivotRowOf.values()) eliminate(other, column, row);
    pivotRowOf.set(column, row);
  }
  const determined = new Set<Cell>();
  for (const [column, row] of pivotRowOf) if (row.size === 1) determined.add(suppressed[column]);
  return determined;
}

function suppress(cell: Cell, reason: Cell['reason']): void {
  cell.suppressed = true;
  cell.reason = reason;
}

/** The published cell to suppress next in a relation: the smallest child, else the parent. */
function partner(relation: Relation): Cell | undefined {
  const open = relation.children.filter((c) => !c.suppressed).sort((a, b) => a.count - b.count);
  if (open.length > 0) return open[0];
  return relation.parent.suppressed ? undefined : relation.parent;
}

export function protect(dimensions: string[], full: ReadonlyMap<string, number>, k: number): ProtectedTable {
  const d = dimensions.length;
  const cells = allMargins(d, full);
  for (const cell of cells.values()) if (cell.count < k) suppress(cell, 'below_k');
  const relations = sumRelations(d, cells);
  for (;;) {
    let changed = false;
    for (const relation of relations) {
      const members = [relation.parent, ...relation.children];
      const hidden = members.filter((c) => c.suppressed);
      if (hidden.length === 0) continue;
      const hiddenChildren = relation.children.filter((c) => c.suppressed);
      const hiddenSum = hiddenChildren.reduce((sum, c) => sum + c.count, 0);
      const exposed = hidden.length === 1 || (!relation.parent.suppressed && hiddenSum < k);
      if (!exposed) continue;
      const next = partner(relation);
      if (next) {
        suppress(next, 'complementary');
        changed = true;
      }
    }
    if (changed) continue;
    const suppressed = [...cells.values()].filter((c) => c.suppressed);
    if (suppressed.length > MAX_SUPPRESSED) throw new TooManySmallCells(cells.size, suppressed.length);
    const determined = determinedCells(relations, suppressed);
    if (determined.size === 0) break;
    // Open up a relation around each determined cell by hiding one more of its published members.
    let fixed = false;
    const opened = new Set<Cell>();
    for (const relation of relations) {
      const around = [relation.parent, ...relation.children].filter(
        (c) => determined.has(c) && !opened.has(c),
      );
      if (around.length === 0) continue;
      const next = partner(relation);
      if (next) {
        suppress(next, 'complementary');
        for (const cell of around) opened.add(cell);
        fixed = true;
      }
    }
    if (!fixed) {
      // Nothing left to hide around them: hide everything (cannot happen with a total above k).
      for (const cell of cells.values()) if (!cell.suppressed) suppress(cell, 'complementary');
      break;
    }
  }
  const sorted = [...cells.values()].sort(
    (a, b) => popcount(a.mask) - popcount(b.mask) || a.mask - b.mask || compareValues(a.values, b.values),
  );
  return { dimensions, k, cells: sorted };
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

function compareValues(a: Cell['values'], b: Cell['values']): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The sum relations among a released table's cells. */
export function tableRelations(table: ProtectedTable): Relation[] {
  return sumRelations(
    table.dimensions.length,
    new Map(table.cells.map((cell) => [cellKey(cell.mask, cell.values), cell])),
  );
}

/** The key of a cell as an object: only the dimensions it fixes. */
export function keyObject(dimensions: readonly string[], cell: Cell): Record<string, string | null> {
  const key: Record<string, string | null> = {};
  dimensions.forEach((name, i) => {
    if (cell.mask & (1 << i)) key[name] = cell.values[i] ?? null;
  });
  return key;
}
