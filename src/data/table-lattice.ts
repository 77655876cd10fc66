// A count table over the full code lists of its dimensions, with every margin: each cell is a
// combination of one category (or "all") per dimension, numbered in mixed radix so that a whole
// table lives in typed arrays. Coordinate i runs over the code list of dimension i, and the extra
// value `size_i` stands for "all" (the dimension summed out).
import type { Category } from './code-lists.js';

export type Lattice = {
  dimensions: readonly string[];
  domains: ReadonlyArray<readonly Category[]>;
  /** Code-list size per dimension; coordinate `sizes[i]` is "all". */
  sizes: readonly number[];
  strides: readonly number[];
  /** Number of cells, margins included. */
  cells: number;
  /** The mask of the finest cells (every dimension fixed). */
  fullMask: number;
};

/** Past this many cells (margins included) a table is refused: choose fewer or coarser dimensions. */
export const MAX_CELLS = 250_000;

export class TableTooLarge extends Error {
  constructor() {
    super(
      'the table has too many combinations of its categories to publish in full: choose fewer or coarser dimensions',
    );
  }
}

export function lattice(dimensions: readonly string[], domains: ReadonlyArray<readonly Category[]>): Lattice {
  const sizes = domains.map((d) => d.length);
  const strides: number[] = [];
  let cells = 1;
  for (const size of sizes) {
    strides.push(cells);
    cells *= size + 1;
    if (cells > MAX_CELLS) throw new TableTooLarge();
  }
  return { dimensions, domains, sizes, strides, cells, fullMask: (1 << dimensions.length) - 1 };
}

export function coordinates(l: Lattice, id: number): number[] {
  return l.sizes.map((size, i) => Math.floor(id / l.strides[i]) % (size + 1));
}

export function cellId(l: Lattice, coords: readonly number[]): number {
  let id = 0;
  for (let i = 0; i < coords.length; i++) id += coords[i] * l.strides[i];
  return id;
}

/** Bit i set when the cell fixes dimension i. */
export function maskOf(l: Lattice, id: number): number {
  let mask = 0;
  for (let i = 0; i < l.sizes.length; i++) {
    if (Math.floor(id / l.strides[i]) % (l.sizes[i] + 1) !== l.sizes[i]) mask |= 1 << i;
  }
  return mask;
}

export function coordinate(l: Lattice, id: number, dimension: number): number {
  return Math.floor(id / l.strides[dimension]) % (l.sizes[dimension] + 1);
}

/** The same cell with dimension i set to coordinate c (the size for "all"). */
export function withCoordinate(l: Lattice, id: number, dimension: number, c: number): number {
  return id + (c - coordinate(l, id, dimension)) * l.strides[dimension];
}

/** The cell with every dimension outside `mask` summed out. */
export function project(l: Lattice, id: number, mask: number): number {
  let out = id;
  for (let i = 0; i < l.sizes.length; i++) {
    if (!(mask & (1 << i))) out = withCoordinate(l, out, i, l.sizes[i]);
  }
  return out;
}

export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Every submask of `mask` (itself included). */
export function submasks(mask: number): number[] {
  const out: number[] = [];
  for (let s = mask; ; s = (s - 1) & mask) {
    out.push(s);
    if (s === 0) break;
  }
  return out;
}

/** The cell's key as an object: only the dimensions it fixes. */
export function keyOf(l: Lattice, id: number): Record<string, Category> {
  const key: Record<string, Category> = {};
  l.dimensions.forEach((name, i) => {
    const c = coordinate(l, id, i);
    if (c !== l.sizes[i]) key[name] = l.domains[i][c];
  });
  return key;
}

/** Cells in publishing order: the grand total, then by number of dimensions fixed, then by code list. */
export function orderedCells(l: Lattice): number[] {
  const d = l.sizes.length;
  const masks = Array.from({ length: 1 << d }, (_, m) => m).sort(
    (a, b) => popcount(a) - popcount(b) || a - b,
  );
  const out: number[] = [];
  for (const mask of masks) {
    const fixed = l.sizes.map((_, i) => (mask & (1 << i) ? 1 : 0));
    const coords = l.sizes.map((size, i) => (fixed[i] ? 0 : size));
    for (;;) {
      out.push(cellId(l, coords));
      // Odometer over the fixed dimensions, the last one fastest.
      let i = d - 1;
      while (i >= 0) {
        if (fixed[i]) {
          coords[i]++;
          if (coords[i] < l.sizes[i]) break;
          coords[i] = 0;
        }
        i--;
      }
      if (i < 0) break;
    }
  }
  return out;
}

/**
 * Counts for every cell from the finest counts: each finest cell (its categories' indices) adds
 * to all 2^d of its margins.
 */
export function countLattice(l: Lattice, finest: Iterable<[readonly number[], number]>): Float64Array {
  const counts = new Float64Array(l.cells);
  const d = l.sizes.length;
  for (const [coords, n] of finest) {
    const id = cellId(l, coords);
    for (let mask = 0; mask < 1 << d; mask++) counts[project(l, id, mask)] += n;
  }
  return counts;
}

/** Every finest cell (all dimensions fixed), in id order. */
export function forEachFinest(l: Lattice, visit: (id: number) => void): void {
  const d = l.sizes.length;
  const coords = new Array<number>(d).fill(0);
  if (l.sizes.some((s) => s === 0)) return;
  for (;;) {
    let id = 0;
    for (let i = 0; i < d; i++) id += coords[i] * l.strides[i];
    visit(id);
    let i = 0;
    while (i < d) {
      coords[i]++;
      if (coords[i] < l.sizes[i]) break;
      coords[i] = 0;
      i++;
    }
    if (i === d) return;
  }
}
