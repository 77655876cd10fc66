// An attacker who has a released table (cells with counts, null = suppressed; unlisted = zero) and
// tries to recover suppressed cells exactly by linear algebra on the sums the margins imply.
// Written independently of src/data/k-anonymity.ts: floating-point Gauss–Jordan elimination.

export type ReleasedCell = { key: Record<string, string | null>; count: number | null };

const id = (key: Record<string, string | null>) =>
  JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)));

/** The suppressed cells (by key) whose value the published cells determine, with that value. */
export function recoverSuppressed(
  by: string[],
  cells: ReleasedCell[],
): Array<{ key: string; value: number }> {
  const unknowns = cells.filter((cell) => cell.count === null).map((cell) => id(cell.key));
  const column = new Map(unknowns.map((key, i) => [key, i]));
  const rows: number[][] = [];
  // For every listed cell and every dimension it does not fix: cell = Σ of the listed cells below it.
  for (const parent of cells) {
    for (const dimension of by) {
      if (dimension in parent.key) continue;
      const children = cells.filter(
        (child) =>
          Object.keys(child.key).length === Object.keys(parent.key).length + 1 &&
          dimension in child.key &&
          Object.entries(parent.key).every(([d, v]) => child.key[d] === v),
      );
      const row = new Array<number>(unknowns.length + 1).fill(0);
      const put = (cell: ReleasedCell, sign: number) => {
        if (cell.count === null) row[column.get(id(cell.key)) as number] += sign;
        else row[unknowns.length] -= sign * cell.count; // move known values to the right-hand side
      };
      put(parent, 1);
      for (const child of children) put(child, -1);
      if (row.some((v) => v !== 0)) rows.push(row);
    }
  }
  // Gauss–Jordan elimination.
  const n = unknowns.length;
  let rank = 0;
  const pivots: number[] = [];
  for (let c = 0; c < n && rank < rows.length; c++) {
    let best = rank;
    for (let r = rank; r < rows.length; r++) if (Math.abs(rows[r][c]) > Math.abs(rows[best][c])) best = r;
    if (Math.abs(rows[best][c]) < 1e-9) continue;
    [rows[rank], rows[best]] = [rows[best], rows[rank]];
    const p = rows[rank][c];
    for (let j = 0; j <= n; j++) rows[rank][j] /= p;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank || Math.abs(rows[r][c]) < 1e-12) continue;
      const f = rows[r][c];
      for (let j = 0; j <= n; j++) rows[r][j] -= f * rows[rank][j];
    }
    pivots.push(c);
    rank++;
  }
  const recovered: Array<{ key: string; value: number }> = [];
  pivots.forEach((c, r) => {
    const others = rows[r].slice(0, n).some((v, j) => j !== c && Math.abs(v) > 1e-9);
    if (!others) recovered.push({ key: unknowns[c], value: Math.round(rows[r][n] * 1e6) / 1e6 });
  });
  return recovered;
}
