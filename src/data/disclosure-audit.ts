// The attacker's linear program, run on a release before it is printed (as τ-ARGUS and sdcTable
// audit a suppression pattern). The attacker knows every published cell, that every margin is the
// sum of the cells under it, that counts are ≥ 0, and the code lists (so an unlisted combination is
// 0). The unknowns are the suppressed finest cells; a suppressed margin is the sum of the unknowns
// and published cells under it. For a suppressed cell the LP gives the interval the attacker can
// prove, [min, max]; with a side fact "someone is in this parent group" (x_parent ≥ 1) it gives
// what the attacker learns about a person known to be there.
import { loadHighs } from '../estimate/highs-lp.js';
import type { Lattice } from './table-lattice.js';
import { forEachFinest, maskOf, project } from './table-lattice.js';

/** A released table: every cell of the lattice, NaN where suppressed. */
export type ReleasedTable = { lattice: Lattice; values: Float64Array };

/** Σ coefs·x over some unknowns, plus a constant. Coefficients are 1 unless given. */
export type Expression = { vars: number[]; coefs?: number[]; constant: number };

export type LinearSystem = {
  columns: number;
  /** lower ≤ Σ coefs·x ≤ upper (equalities have lower = upper). */
  rows: Array<{ vars: number[]; coefs?: number[]; lower: number; upper: number }>;
};

/** A table's unknowns and equations, with the expression of each of its cells in the unknowns. */
export type TableSystem = {
  system: LinearSystem;
  /** The expression of a cell (suppressed or not) in the unknowns. */
  expression: (id: number) => Expression;
  /** The unknown of a suppressed finest cell. */
  variableOf: ReadonlyMap<number, number>;
};

/**
 * The attacker's view of one released table. Unknowns are numbered from `offset` (so the systems
 * of several releases can share one LP).
 */
export function tableSystem(table: ReleasedTable, offset = 0): TableSystem {
  const l = table.lattice;
  const d = l.sizes.length;
  const publishedBelow = new Float64Array(l.cells);
  const varsBelow = new Map<number, number[]>();
  const variableOf = new Map<number, number>();
  // Finest cells: every combination with all dimensions fixed.
  forEachFinest(l, (id) => {
    const value = table.values[id];
    if (Number.isNaN(value)) {
      const v = offset + variableOf.size;
      variableOf.set(id, v);
      for (let mask = 0; mask < 1 << d; mask++) {
        const up = project(l, id, mask);
        const list = varsBelow.get(up);
        if (list) list.push(v);
        else varsBelow.set(up, [v]);
      }
    } else if (value !== 0) {
      for (let mask = 0; mask < 1 << d; mask++) publishedBelow[project(l, id, mask)] += value;
    }
  });
  const rows: LinearSystem['rows'] = [];
  for (const [id, vars] of varsBelow) {
    const value = table.values[id];
    if (Number.isNaN(value) || maskOf(l, id) === l.fullMask) continue;
    const rhs = value - publishedBelow[id];
    rows.push({ vars, lower: rhs, upper: rhs });
  }
  return {
    system: { columns: variableOf.size, rows },
    expression: (id) => ({ vars: varsBelow.get(id) ?? [], constant: publishedBelow[id] }),
    variableOf,
  };
}

/** Joins systems (their unknowns numbered apart) and adds rows linking them. */
export function joinSystems(parts: LinearSystem[], links: LinearSystem['rows'] = []): LinearSystem {
  return {
    columns: parts.reduce((n, p) => n + p.columns, 0),
    rows: [...parts.flatMap((p) => p.rows), ...links],
  };
}

export type Solver = {
  /** min / max of an expression; ±Infinity when unbounded, NaN when the release contradicts itself. */
  min: (e: Expression, given?: Expression[]) => number;
  max: (e: Expression, given?: Expression[]) => number;
  dispose: () => void;
};

type HighsModel = {
  passModel(data: unknown): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  changeColsCost(selection: unknown, costs: number[]): unknown;
  changeObjectiveSense(sense: unknown): unknown;
  addRow(lower: number, upper: number, entries: { indices: number[]; values: number[] }): unknown;
  deleteRows(selection: unknown): unknown;
  getDimensions(): { numRows: number };
  options: { set(values: Record<string, boolean | number | string>): unknown };
  dispose?: () => void;
};
type Highs = {
  createModel(): HighsModel;
  constants: {
    objectiveSense: { minimize: unknown; maximize: unknown };
    modelStatus: {
      optimal: number;
      infeasible: number;
      unbounded: number;
      unboundedOrInfeasible: number;
      empty: number;
    };
  };
  infinity: number;
};

let highsLoading: Promise<Highs> | undefined;

/** Rows of a system as HiGHS column-wise (CSC) data. */
function modelData(system: LinearSystem, highs: Highs) {
  const byColumn: Array<Array<[number, number]>> = Array.from({ length: system.columns }, () => []);
  system.rows.forEach((row, r) => {
    row.vars.forEach((v, j) => {
      byColumn[v].push([r, row.coefs?.[j] ?? 1]);
    });
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const entries of byColumn) {
    // A row may name an unknown twice (sums of sums): add the coefficients up.
    entries.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < entries.length; i++) {
      if (i > 0 && entries[i][0] === entries[i - 1][0]) {
        values[values.length - 1] += entries[i][1];
        continue;
      }
      indices.push(entries[i][0]);
      values.push(entries[i][1]);
    }
    starts.push(indices.length);
  }
  const inf = highs.infinity;
  const bound = (x: number) =>
    x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x;
  return {
    numCols: system.columns,
    numRows: system.rows.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: new Array<number>(system.columns).fill(0),
    colLower: new Array<number>(system.columns).fill(0),
    colUpper: new Array<number>(system.columns).fill(inf),
    rowLower: system.rows.map((r) => bound(r.lower)),
    rowUpper: system.rows.map((r) => bound(r.upper)),
    matrix: { format: 'csc', numRows: system.rows.length, numCols: system.columns, starts, indices, values },
  };
}

/** Coefficients of an expression merged by unknown, in increasing order (HiGHS wants that). */
function merged(e: Expression): { indices: number[]; values: number[] } {
  const byVar = new Map<number, number>();
  e.vars.forEach((v, i) => {
    byVar.set(v, (byVar.get(v) ?? 0) + (e.coefs?.[i] ?? 1));
  });
  const indices = [...byVar.keys()].filter((v) => byVar.get(v) !== 0).sort((a, b) => a - b);
  return { indices, values: indices.map((v) => byVar.get(v) as number) };
}

/** One HiGHS model for a system, reused for every question asked of it (warm starts). */
export async function openSolver(system: LinearSystem): Promise<Solver> {
  highsLoading ??= (loadHighs() as unknown as Promise<Highs>).then((h) => h);
  const highs = await highsLoading;
  const model = highs.createModel();
  model.options.set({ output_flag: false });
  if (system.columns > 0) model.passModel(modelData(system, highs));
  const baseRows = system.rows.length;
  let costed: number[] = [];
  const solve = (sense: 'min' | 'max', e: Expression, given: Expression[] = []): number => {
    const target = merged(e);
    if (target.indices.length === 0) return e.constant;
    if (costed.length > 0)
      model.changeColsCost(
        { kind: 'set', indices: costed },
        costed.map(() => 0),
      );
    model.changeColsCost({ kind: 'set', indices: target.indices }, target.values);
    costed = target.indices;
    model.changeObjectiveSense(
      sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    );
    // Side facts: each expression ≥ 1 (someone is known to be in that group).
    let added = 0;
    for (const fact of given) {
      const row = merged(fact);
      if (row.indices.length === 0) {
        if (fact.constant < 1) return Number.NaN;
        continue;
      }
      model.addRow(1 - fact.constant, highs.infinity, row);
      added++;
    }
    try {
      model.run();
      const status = model.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (status === codes.optimal) return model.getObjectiveValue() + e.constant;
      if (status === codes.unbounded)
        return sense === 'min' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      if (status === codes.unboundedOrInfeasible && sense === 'max') return Number.POSITIVE_INFINITY;
      return Number.NaN;
    } finally {
      if (added > 0) model.deleteRows({ kind: 'range', from: baseRows, to: baseRows + added - 1 });
    }
  };
  return {
    min: (e, given) => solve('min', e, given),
    max: (e, given) => solve('max', e, given),
    dispose: () => model.dispose?.(),
  };
}
