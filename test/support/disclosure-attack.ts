// An attacker who has one or more published releases (the JSON of `continuum aggregate`) and
// tries to recover suppressed counts and planted people with linear programming (HiGHS), knowing
// what every reader knows: counts are ≥ 0, every margin is the sum of the cells under it, every
// combination of the stated categories is listed (so nothing is "absent"), and the releases were
// made from the same file — or, for neighbouring files, from a file and the same file with people
// added. Written apart from src/data (no code shared with the audit): the unknowns here are the
// cells of the joint table over every dimension of every release, not the suppressed cells.
import { loadHighs } from '../../src/estimate/highs-lp.js';

type Model = {
  options: { set(values: Record<string, boolean>): unknown };
  passModel(data: unknown): unknown;
  changeColsCost(selection: unknown, costs: number[]): unknown;
  changeObjectiveSense(sense: unknown): unknown;
  addRow(lower: number, upper: number, entries: { indices: number[]; values: number[] }): unknown;
  deleteRows(selection: unknown): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  dispose(): void;
};
type Highs = {
  createModel(): Model;
  infinity: number;
  constants: {
    objectiveSense: { minimize: unknown; maximize: unknown };
    modelStatus: { optimal: number; unbounded: number };
  };
};

export type Release = {
  by: string[];
  categories: Record<string, Array<string | null>>;
  cells: Array<{ key: Record<string, string | null>; count: number | null }>;
};

type Joint = { dims: string[]; cells: Array<Array<string | null>> };

const keyText = (dims: readonly string[], key: Record<string, string | null>) =>
  JSON.stringify(dims.map((d) => (d in key ? key[d] : '*')));

/**
 * The joint cells the releases leave possible: every combination over the union of dimensions
 * whose projection onto each release's finest table is not a published 0.
 */
function jointCells(releases: Release[]): Joint {
  const dims = [...new Set(releases.flatMap((r) => r.by))];
  let partial: Array<Record<string, string | null>> = [{}];
  for (const release of releases) {
    const open = release.cells.filter(
      (c) => Object.keys(c.key).length === release.by.length && c.count !== 0,
    );
    const next: Array<Record<string, string | null>> = [];
    for (const base of partial) {
      for (const cell of open) {
        if (Object.entries(cell.key).every(([d, v]) => !(d in base) || base[d] === v))
          next.push({ ...base, ...cell.key });
      }
    }
    partial = next;
  }
  return { dims, cells: partial.map((key) => dims.map((d) => key[d])) };
}

type Row = { vars: number[]; coefs: number[]; lower: number; upper: number };

export type Attack = {
  /** [min, max] of a cell of release i (its key), as far as the attacker can prove. */
  interval: (
    release: number,
    key: Record<string, string | null>,
    given?: Given[],
  ) => Promise<[number, number]>;
  /** The fewest people the second file certainly added to a group (release `after` minus `before`). */
  added: (before: number, after: number, key: Record<string, string | null>) => Promise<number>;
  close: () => void;
};

/** A side fact: "the cell with this key in release i holds at least `atLeast`" (or exactly `exactly`). */
export type Given = {
  release: number;
  key: Record<string, string | null>;
  atLeast?: number;
  exactly?: number;
};

let highsPromise: Promise<Highs> | undefined;

/**
 * Opens the attacker's LP over releases. `versions[i]` says which file release i came from: 0 for
 * the first file, 1 for the same file with people added (y ≥ x cell by cell).
 */
export async function attack(
  releases: Release[],
  versions: number[] = releases.map(() => 0),
): Promise<Attack> {
  highsPromise ??= loadHighs() as unknown as Promise<Highs>;
  const highs = await highsPromise;
  const groups = [...new Set(versions)].sort();
  // One joint table per file version, over the releases made from it.
  const joints = groups.map((g) => jointCells(releases.filter((_, r) => versions[r] === g)));
  const offsets: number[] = [];
  let columns = 0;
  for (const joint of joints) {
    offsets.push(columns);
    columns += joint.cells.length;
  }
  const rows: Row[] = [];
  const cache = new Map<string, number[]>();
  const varsOf = (release: number, key: Record<string, string | null>) => {
    const g = groups.indexOf(versions[release]);
    const joint = joints[g];
    const id = `${g}|${keyText(joint.dims, key)}`;
    let vars = cache.get(id);
    if (!vars) {
      vars = [];
      for (const [j, values] of joint.cells.entries()) {
        if (joint.dims.every((d, i) => !(d in key) || key[d] === values[i])) vars.push(offsets[g] + j);
      }
      cache.set(id, vars);
    }
    return vars;
  };
  releases.forEach((release, r) => {
    for (const cell of release.cells) {
      if (cell.count === null) continue;
      const vars = varsOf(r, cell.key);
      if (vars.length === 0) continue;
      rows.push({ vars, coefs: vars.map(() => 1), lower: cell.count, upper: cell.count });
    }
  });
  if (groups.length === 2) {
    // The second file holds everyone the first holds: y ≥ x in every joint cell (x = 0 where y cannot be).
    const [before, after] = joints;
    const afterIndex = new Map(after.cells.map((values, j) => [JSON.stringify(values), j]));
    before.cells.forEach((values, j) => {
      const match = afterIndex.get(JSON.stringify(after.dims.map((d) => values[before.dims.indexOf(d)])));
      if (match === undefined) rows.push({ vars: [offsets[0] + j], coefs: [1], lower: 0, upper: 0 });
      else
        rows.push({
          vars: [offsets[1] + match, offsets[0] + j],
          coefs: [1, -1],
          lower: 0,
          upper: Number.POSITIVE_INFINITY,
        });
    });
  }
  const inf = highs.infinity;
  const byColumn: Array<Array<[number, number]>> = Array.from({ length: columns }, () => []);
  rows.forEach((row, i) => {
    row.vars.forEach((v, n) => {
      byColumn[v].push([i, row.coefs[n]]);
    });
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const entries of byColumn) {
    for (const [i, v] of entries) {
      indices.push(i);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const model = highs.createModel();
  model.options.set({ output_flag: false });
  if (columns > 0) {
    model.passModel({
      numCols: columns,
      numRows: rows.length,
      colCost: new Array(columns).fill(0),
      colLower: new Array(columns).fill(0),
      colUpper: new Array(columns).fill(inf),
      rowLower: rows.map((r) => (Number.isFinite(r.lower) ? r.lower : -inf)),
      rowUpper: rows.map((r) => (Number.isFinite(r.upper) ? r.upper : inf)),
      matrix: { format: 'csc', numRows: rows.length, numCols: columns, starts, indices, values },
    });
  }
  const baseRows = rows.length;
  let costed: number[] = [];
  const optimise = (terms: Map<number, number>, sense: 'min' | 'max', given: Given[]): number => {
    const sorted = [...terms.keys()].filter((v) => terms.get(v) !== 0).sort((x, y) => x - y);
    if (sorted.length === 0) return 0;
    if (costed.length > 0)
      model.changeColsCost(
        { kind: 'set', indices: costed },
        costed.map(() => 0),
      );
    model.changeColsCost(
      { kind: 'set', indices: sorted },
      sorted.map((v) => terms.get(v) as number),
    );
    costed = sorted;
    model.changeObjectiveSense(
      sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    );
    let added = 0;
    for (const fact of given) {
      const fv = [...new Set(varsOf(fact.release, fact.key))].sort((x, y) => x - y);
      if (fv.length === 0) continue;
      const lower = fact.exactly ?? fact.atLeast ?? 1;
      const upper = fact.exactly ?? inf;
      model.addRow(lower, upper, { indices: fv, values: fv.map(() => 1) });
      added++;
    }
    try {
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.optimal) return model.getObjectiveValue();
      if (status === highs.constants.modelStatus.unbounded)
        return sense === 'max' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      return Number.NaN;
    } finally {
      if (added > 0) model.deleteRows({ kind: 'range', from: baseRows, to: baseRows + added - 1 });
    }
  };
  return {
    interval: async (release, key, given = []) => {
      const terms = new Map(varsOf(release, key).map((v) => [v, 1]));
      return [optimise(terms, 'min', given), optimise(terms, 'max', given)];
    },
    added: async (before, after, key) => {
      const terms = new Map(varsOf(after, key).map((v) => [v, 1]));
      for (const v of varsOf(before, key)) terms.set(v, (terms.get(v) ?? 0) - 1);
      return optimise(terms, 'min', []);
    },
    close: () => model.dispose(),
  };
}

const EPS = 1e-6;

export type AttackFigures = {
  /** Suppressed cells attacked. */
  attacked: number;
  /** Suppressed cells with 1 to k−1 records (what the release promises to protect). */
  protectedCells: number;
  /** Protected cells whose value the attacker proves exactly. */
  recovered: number;
  /** Protected cells whose interval the attacker narrows below the protection level: max < k, or min > 0. */
  narrowed: number;
};

/**
 * Attacks every suppressed cell of every release: `truth(release, key)` gives the real count (the
 * test knows it; the attacker does not).
 */
export async function attackCells(
  releases: Release[],
  k: number,
  truth: (release: number, key: Record<string, string | null>) => number,
  versions?: number[],
): Promise<AttackFigures> {
  const lp = await attack(releases, versions);
  const figures: AttackFigures = { attacked: 0, protectedCells: 0, recovered: 0, narrowed: 0 };
  const seen = new Set<string>();
  try {
    for (const [r, release] of releases.entries()) {
      for (const cell of release.cells) {
        if (cell.count !== null) continue;
        const id = `${versions?.[r] ?? 0}|${JSON.stringify(Object.entries(cell.key).sort())}`;
        if (seen.has(id)) continue;
        seen.add(id);
        figures.attacked++;
        const value = truth(r, cell.key);
        if (value < 1 || value >= k) continue;
        figures.protectedCells++;
        const [lo, hi] = await lp.interval(r, cell.key);
        if (hi - lo < EPS) figures.recovered++;
        if (hi < k - EPS || lo > EPS) figures.narrowed++;
      }
    }
  } finally {
    lp.close();
  }
  return figures;
}

/**
 * A planted person: known to the attacker to be in the file with `known` (e.g. the only national
 * of a country). Returns the dimensions whose value the attacker pins down for them.
 */
export async function pinnedAttributes(
  releases: Release[],
  known: Record<string, string | null>,
  versions?: number[],
): Promise<string[]> {
  const lp = await attack(releases, versions);
  const pinned: string[] = [];
  try {
    for (const [r, release] of releases.entries()) {
      if (!Object.keys(known).every((d) => release.by.includes(d))) continue;
      const given: Given[] = [{ release: r, key: known, exactly: 1 }];
      for (const dim of release.by) {
        if (dim in known || pinned.includes(dim)) continue;
        const possible: Array<string | null> = [];
        for (const value of release.categories[dim]) {
          const [, hi] = await lp.interval(r, { ...known, [dim]: value }, given);
          if (Number.isNaN(hi) || hi > EPS) possible.push(value);
        }
        if (possible.length === 1) pinned.push(dim);
      }
    }
  } finally {
    lp.close();
  }
  return pinned;
}

/**
 * Neighbouring files: release `before` from a file, release `after` from the same file with one
 * person added. The dimensions of `after` whose value the attacker pins down for that person.
 */
export async function pinnedNewcomer(before: Release, after: Release): Promise<string[]> {
  const lp = await attack([before, after], [0, 1]);
  const pinned: string[] = [];
  try {
    for (const dim of after.by) {
      if (!before.by.includes(dim)) continue;
      let certain = 0;
      for (const value of after.categories[dim])
        if ((await lp.added(0, 1, { [dim]: value })) > EPS) certain++;
      if (certain > 0) pinned.push(dim);
    }
  } finally {
    lp.close();
  }
  return pinned;
}
