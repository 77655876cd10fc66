// Problems found while reading a file, kept bounded: every problem is counted per column, and only
// the first few per column are listed, so a file with a bad column does not flood the output.

export type RowProblem = { column: string; row: number; message: string };

export const LISTED_PER_COLUMN = 5;

export class ProblemLog {
  private readonly listed: RowProblem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perColumn = LISTED_PER_COLUMN) {}

  /** `row` is the 1-based record number after the header; 0 is the header itself. */
  add(column: string, row: number, message: string): void {
    const count = (this.counts.get(column) ?? 0) + 1;
    this.counts.set(column, count);
    if (count <= this.perColumn) this.listed.push({ column, row, message });
  }

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /** The listed problems, in the order found. */
  problems(): RowProblem[] {
    return [...this.listed];
  }

  /** Per column: how many problems in all, and how many of them are listed. */
  byColumn(): Record<string, { count: number; listed: number }> {
    return Object.fromEntries(
      [...this.counts].map(([column, count]) => [column, { count, listed: Math.min(count, this.perColumn) }]),
    );
  }
}
