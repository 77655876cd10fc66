// Audited cell suppression of a count table with all its margins, as statistical offices do it
// (τ-ARGUS, sdcTable). The table covers the full code lists of its dimensions (table-lattice.ts),
// zeros included, so which categories occur is not told by which cells are listed.
//
// 1. Primary suppression: every cell with 1 to k−1 records.
// 2. Secondary suppression, cell by cell: for each primary cell c (v records) a "cube" of cells is
//    suppressed along which the attacker cannot tell c's value apart from others. A cube moves a
//    quantity t between 2^d cells with alternating signs so that every published sum stays the
//    same (the hypercube method); once all its cells are suppressed, the true table moved along
//    it is another table the attacker cannot rule out. Each primary cell needs
//      - a cube taking it down to 0 while every group one dimension coarser keeps its count
//        (someone known to be in that group is not pinned to c: "lower protection"), and
//      - a cube taking it up to k ("upper protection": the attacker cannot show c < k).
//    A cube found with valid counts is a certificate: that requirement holds whatever else is
//    published.
// 3. The audit (disclosure-audit.ts): every requirement left without a certificate is checked by
//    the attacker's linear program (HiGHS): max c ≥ k, and min c = 0 given that each coarser group
//    holding c is non-empty. Failing cells get more suppression; what still fails is refused.
import { type Expression, openSolver, type Solver, tableSystem } from './disclosure-audit.js';
import {
  coordinate,
  type Lattice,
  maskOf,
  popcount,
  project,
  submasks,
  withCoordinate,
} from './table-lattice.js';

export type ProtectedTable = {
  lattice: Lattice;
  k: number;
  /** True counts (the holder's side only: never printed for a suppressed cell). */
  counts: Float64Array;
  suppressed: Uint8Array;
  audit: AuditReport;
};

export type AuditReport = {
  /** Cells with 1 to k−1 records. */
  primary: number;
  /** Cells suppressed to protect them. */
  secondary: number;
  /** Requirements proven by a cube; the rest were checked by the linear program. */
  certified: number;
  checkedByLp: number;
  milliseconds: number;
};

/** The release cannot be protected: a plain reason, never a count. */
export class CannotProtect extends Error {}

export const tooFewRecords = () =>
  new CannotProtect('the file holds fewer than k records: nothing can be published from it at this k');

/** Published values: the count, or NaN where suppressed. */
export function releasedValues(table: Pick<ProtectedTable, 'counts' | 'suppressed'>): Float64Array {
  const values = new Float64Array(table.counts.length);
  for (let id = 0; id < values.length; id++)
    values[id] = table.suppressed[id] ? Number.NaN : table.counts[id];
  return values;
}

/** Past this many rounds of extra suppression after the audit, the table is refused. */
const REPAIR_ROUNDS = 4;
/** Partner candidates tried per requirement (the nearest in the data come first). */
const MAX_CANDIDATES = 1500;

type Piece = { pattern: number; amount: number };
export type Changes = { moving: number; changes: Map<number, number> };

export type LowerRequirement = { cell: number; kind: 'lower'; dimension: number; certified: boolean };
export type Requirement = { cell: number; kind: 'upper'; certified: boolean } | LowerRequirement;

export type ProtectOptions = {
  /**
   * Extra audits over several releases (the ledger): called with the table as it would be
   * published; returns the primary cells it could not protect (empty when all hold).
   */
  jointAudit?: (values: Float64Array) => Promise<number[]>;
};

export type SuppressionContext = {
  lowerCubes: (c: number, j: number) => Generator<Changes>;
  upperCubes: (c: number) => Generator<Changes>;
  costOf: (changes: Map<number, number>, checkCounts: boolean) => number;
  best: (cubes: Iterable<Changes>, checkCounts: boolean) => Changes | undefined;
  apply: (changes: Map<number, number>) => void;
};

/** The cube search over one table with its true counts and current suppression (changed by apply). */
export function suppressionContext(
  l: Lattice,
  counts: Float64Array,
  suppressed: Uint8Array,
  k: number,
): SuppressionContext {
  const d = l.sizes.length;
  const total = project(l, 0, 0);
  // Finest non-empty cells under each non-empty cell (a cell's "support").
  const support = new Map<number, number[]>();
  const nonEmptyByMask = new Map<number, number[]>();
  for (let id = 0; id < l.cells; id++) {
    if (counts[id] <= 0) continue;
    const mask = maskOf(l, id);
    const list = nonEmptyByMask.get(mask);
    if (list) list.push(id);
    else nonEmptyByMask.set(mask, [id]);
    if (mask !== l.fullMask) continue;
    for (let m = 0; m < 1 << d; m++) {
      const up = project(l, id, m);
      const s = support.get(up);
      if (s) s.push(id);
      else support.set(up, [id]);
    }
  }
  const present: number[][] = l.sizes.map((size, i) =>
    Array.from({ length: size }, (_, c) => c).filter((c) => counts[withCoordinate(l, total, i, c)] > 0),
  );

  /** How each cell changes when the cube anchored at c with partner b moves by its pieces. */
  const cubeChanges = (c: number, moving: number, partner: number, pieces: Piece[]): Map<number, number> => {
    const changes = new Map<number, number>();
    const statics = l.fullMask & ~moving;
    const staticSets = submasks(statics);
    for (const { pattern, amount } of pieces) {
      for (const corner of submasks(moving)) {
        let id = pattern;
        for (let i = 0; i < d; i++) {
          if (!(moving & (1 << i))) continue;
          id = withCoordinate(l, id, i, coordinate(l, corner & (1 << i) ? partner : c, i));
        }
        const sign = popcount(corner) % 2 === 0 ? 1 : -1;
        for (const kept of staticSets) {
          const cell = project(l, id, moving | kept);
          changes.set(cell, (changes.get(cell) ?? 0) + sign * amount);
        }
      }
    }
    return changes;
  };

  /** Cost of the cells a cube would newly suppress; Infinity when a count would go below 0. */
  const costOf = (changes: Map<number, number>, checkCounts: boolean): number => {
    let cost = 0;
    for (const [cell, change] of changes) {
      if (change === 0) continue;
      if (checkCounts && counts[cell] + change < -1e-9) return Number.POSITIVE_INFINITY;
      if (!suppressed[cell]) cost += 1 + counts[cell];
    }
    return cost;
  };

  const apply = (changes: Map<number, number>) => {
    for (const [cell, change] of changes) if (change !== 0) suppressed[cell] = 1;
  };

  /** Partner cells for a cube moving along `moving`: non-empty groups there that differ from c in all of it. */
  const partners = function* (c: number, moving: number): Generator<number> {
    if (popcount(moving) === 1) {
      const i = Math.log2(moving);
      for (const value of present[i]) if (value !== coordinate(l, c, i)) yield withCoordinate(l, c, i, value);
      return;
    }
    for (const partner of nonEmptyByMask.get(moving) ?? []) {
      let differs = true;
      for (let i = 0; i < d && differs; i++) {
        if (moving & (1 << i) && coordinate(l, partner, i) === coordinate(l, c, i)) differs = false;
      }
      if (differs) yield partner;
    }
  };

  /**
   * Lower protection along dimension j: the whole of c moves to a partner group, along dimensions
   * that include j, so the group one coarser along j keeps its count.
   */
  const lowerCubes = function* (c: number, j: number): Generator<Changes> {
    const m = maskOf(l, c);
    const pieces = (support.get(c) ?? []).map((f) => ({ pattern: f, amount: -counts[f] }));
    if (pieces.length === 0) return;
    // The largest moving sets first: they leave the coarse margins alone.
    const movingSets = submasks(m)
      .filter((s) => s & (1 << j))
      .sort((a, b) => popcount(b) - popcount(a));
    let tried = 0;
    for (const moving of movingSets) {
      for (const partner of partners(c, moving)) {
        if (tried++ > MAX_CANDIDATES) return;
        yield { moving, changes: cubeChanges(c, moving, partner, pieces) };
      }
    }
  };

  /**
   * Upper protection: c grows to k through cells taken from non-empty groups that differ from it
   * (one cube per group taken from, until k − v is reached).
   */
  const upperCubes = function* (c: number): Generator<Changes> {
    const m = maskOf(l, c);
    const needed = k - counts[c];
    if (m === 0) return;
    const movingOf = (g: number) => {
      let moving = 0;
      for (let i = 0; i < d; i++) {
        if (m & (1 << i) && coordinate(l, g, i) !== coordinate(l, c, i)) moving |= 1 << i;
      }
      return moving;
    };
    const sources = (nonEmptyByMask.get(l.fullMask) ?? [])
      .map((g) => ({ g, moving: movingOf(g) }))
      .filter((s) => s.moving !== 0)
      .sort((a, b) => popcount(b.moving) - popcount(a.moving) || counts[b.g] - counts[a.g]);
    let tried = 0;
    for (const { g, moving } of sources) {
      if (counts[g] < needed) continue;
      if (tried++ > MAX_CANDIDATES) return;
      yield { moving, changes: cubeChanges(c, moving, g, [{ pattern: g, amount: needed }]) };
    }
    // No single group is large enough (or suitable): take from several, the widest moves first.
    for (const level of [...new Set(sources.map((s) => popcount(s.moving)))]) {
      const changes = new Map<number, number>();
      let left = needed;
      for (const { g, moving } of sources) {
        if (left <= 0) break;
        if (popcount(moving) < level) continue;
        const amount = Math.min(left, counts[g]);
        for (const [cell, change] of cubeChanges(c, moving, g, [{ pattern: g, amount }]))
          changes.set(cell, (changes.get(cell) ?? 0) + change);
        left -= amount;
      }
      if (left <= 0) yield { moving: m, changes };
    }
  };

  const best = (cubes: Iterable<Changes>, checkCounts: boolean): Changes | undefined => {
    let chosen: Changes | undefined;
    let cost = Number.POSITIVE_INFINITY;
    for (const cube of cubes) {
      const c = costOf(cube.changes, checkCounts);
      if (c < cost) {
        cost = c;
        chosen = cube;
        if (c === 0) break;
      }
    }
    return chosen;
  };

  return { lowerCubes, upperCubes, costOf, best, apply };
}

export async function protect(
  l: Lattice,
  counts: Float64Array,
  k: number,
  options: ProtectOptions = {},
): Promise<ProtectedTable> {
  const started = performance.now();
  const total = project(l, 0, 0);
  if (counts[total] < k) throw tooFewRecords();
  const suppressed = new Uint8Array(l.cells);
  const primaries: number[] = [];
  for (let id = 0; id < l.cells; id++) {
    if (counts[id] >= 1 && counts[id] < k) {
      suppressed[id] = 1;
      primaries.push(id);
    }
  }
  const { lowerCubes, upperCubes, best, apply } = suppressionContext(l, counts, suppressed, k);

  // Finest cells first: their cubes often protect the margins above them too.
  primaries.sort((a, b) => popcount(maskOf(l, b)) - popcount(maskOf(l, a)) || counts[a] - counts[b]);
  const requirements: Requirement[] = [];
  const cubesFor = (r: Requirement) =>
    r.kind === 'upper' ? upperCubes(r.cell) : lowerCubes(r.cell, r.dimension);
  for (const c of primaries) {
    const own = requirementsOf(l, c);
    for (const r of own) {
      if (r.certified) continue;
      const cube = best(cubesFor(r), true);
      if (!cube) continue;
      apply(cube.changes);
      // A cube moving along several dimensions protects c against each of their coarser groups.
      for (const other of own) {
        if (
          other.kind === r.kind &&
          (r.kind === 'upper' || cube.moving & (1 << (other as LowerRequirement).dimension))
        )
          other.certified = true;
      }
    }
    requirements.push(...own);
  }

  // The audit: the attacker's LP on what would be published, for every requirement without a certificate.
  let pending = requirements.filter((r) => !r.certified);
  let checkedByLp = 0;
  for (let round = 0; ; round++) {
    const values = releasedValues({ counts, suppressed });
    const failing = pending.length > 0 ? await failingRequirements(l, values, k, pending) : [];
    checkedByLp += pending.length;
    const jointFailing = failing.length === 0 && options.jointAudit ? await options.jointAudit(values) : [];
    if (failing.length === 0 && jointFailing.length === 0) break;
    if (round >= REPAIR_ROUNDS) {
      throw new CannotProtect(
        'no pattern of suppressed cells was found that keeps every small group protected: choose fewer or coarser dimensions, or a smaller k',
      );
    }
    // More suppression around each failing cell: the cheapest cubes whatever their counts, so that
    // the LP can combine them.
    const again = [...failing, ...jointFailing.flatMap((cell) => requirementsOf(l, cell))];
    for (const cell of jointFailing) suppressed[cell] = 1;
    for (const r of again) {
      const extra = best(cubesFor(r), false);
      if (extra) apply(extra.changes);
      else if (r.kind === 'upper') suppressCoarser(l, r.cell, suppressed);
    }
    pending = again;
  }
  let secondary = 0;
  for (let id = 0; id < l.cells; id++)
    if (suppressed[id] && !(counts[id] >= 1 && counts[id] < k)) secondary++;
  return {
    lattice: l,
    k,
    counts,
    suppressed,
    audit: {
      primary: primaries.length,
      secondary,
      certified: requirements.filter((r) => r.certified).length,
      checkedByLp,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

/** A primary cell's requirements: an upper bound of at least k, a lower bound of 0 along each dimension. */
export function requirementsOf(l: Lattice, cell: number): Requirement[] {
  const m = maskOf(l, cell);
  const out: Requirement[] = [{ cell, kind: 'upper', certified: false }];
  for (let j = 0; j < l.sizes.length; j++)
    if (m & (1 << j)) out.push({ cell, kind: 'lower', dimension: j, certified: false });
  return out;
}

/** Last resort for an upper bound: hide the groups one dimension coarser too. */
function suppressCoarser(l: Lattice, cell: number, suppressed: Uint8Array): void {
  const m = maskOf(l, cell);
  for (let i = 0; i < l.sizes.length; i++) {
    if (m & (1 << i)) suppressed[project(l, cell, m & ~(1 << i))] = 1;
  }
}

/** Tolerance for the LP's floating point: counts are whole numbers. */
const EPS = 1e-6;

/**
 * The requirements the attacker's LP breaks on a released table: a primary cell whose maximum is
 * below k, or whose minimum is above 0 once someone is known to be in one of its coarser groups.
 */
async function failingRequirements(
  l: Lattice,
  values: Float64Array,
  k: number,
  requirements: Requirement[],
): Promise<Requirement[]> {
  const { system, expression } = tableSystem({ lattice: l, values });
  const solver = await openSolver(system);
  try {
    return requirements.filter(
      (r) => !holds(solver, l, values, k, r.cell, r.kind === 'upper' ? 'upper' : r.dimension, expression),
    );
  } finally {
    solver.dispose();
  }
}

/** Whether one requirement holds in the attacker's LP (also used for joint audits). */
export function holds(
  solver: Solver,
  l: Lattice,
  values: Float64Array,
  k: number,
  cell: number,
  /** 'upper', or the dimension along which the group one coarser is known to be non-empty. */
  kind: 'upper' | number,
  expression: (id: number) => Expression,
): boolean {
  const e = expression(cell);
  if (kind === 'upper') return solver.max(e) >= k - EPS;
  const parent = project(l, cell, maskOf(l, cell) & ~(1 << kind));
  // A published parent is known anyway; a suppressed one is what the attacker may know from outside.
  const low = Number.isNaN(values[parent]) ? solver.min(e, [expression(parent)]) : solver.min(e);
  return !(low > EPS);
}
