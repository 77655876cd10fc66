// The synthetic-data-showcase aggregate file (data.md §3.2): a TSV with the header
// `selections<TAB>protected_count` (or `count` when unprotected), a `record_count<TAB>N` row, then
// one row per combination: `column:value` pairs joined by `;`, a tab, and the count. Suppressed
// combinations are left out, as SDS leaves out those below its threshold. We escape `%`, `:`, `;`,
// tab and line breaks in names and values as %XX; a not-recorded value is written empty (`gender:`).
import type { Problem } from '../facts/problems.js';

export type SdsCell = { key: Record<string, string | null>; count: number };
export type SdsAggregate = { protectedCounts: boolean; recordCount: number; cells: SdsCell[] };

const escapeText = (text: string) =>
  text.replace(/[%:;\t\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const unescapeText = (text: string) =>
  text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export function formatSelections(key: Record<string, string | null>): string {
  return Object.entries(key)
    .map(([column, value]) => `${escapeText(column)}:${value === null ? '' : escapeText(value)}`)
    .join(';');
}

/** Rows sorted as SDS sorts them: by combination length, then by count, largest first. */
export function writeSds(aggregate: SdsAggregate): string {
  const rows = [...aggregate.cells]
    .filter((cell) => Object.keys(cell.key).length > 0)
    .sort(
      (a, b) =>
        Object.keys(a.key).length - Object.keys(b.key).length ||
        b.count - a.count ||
        formatSelections(a.key).localeCompare(formatSelections(b.key)),
    );
  const lines = [
    `selections\t${aggregate.protectedCounts ? 'protected_count' : 'count'}`,
    `record_count\t${aggregate.recordCount}`,
    ...rows.map((cell) => `${formatSelections(cell.key)}\t${cell.count}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function isSdsText(firstLine: string): boolean {
  return /^selections\t(protected_count|count)\s*$/.test(firstLine);
}

export function readSds(
  text: string,
): { ok: true; value: SdsAggregate } | { ok: false; problems: Problem[] } {
  const lines = text.split(/\r?\n/);
  const problems: Problem[] = [];
  if (!isSdsText(lines[0] ?? '')) {
    return {
      ok: false,
      problems: [
        {
          path: 'line 1',
          code: 'header',
          message: 'not a synthetic-data-showcase aggregate file',
          expected: 'selections<TAB>protected_count',
          found: JSON.stringify((lines[0] ?? '').slice(0, 60)),
        },
      ],
    };
  }
  const protectedCounts = lines[0].includes('protected_count');
  let recordCount: number | undefined;
  const cells: SdsCell[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    const path = `line ${i + 2}`;
    if (line.trim() === '') return;
    const parts = line.split('\t');
    const count = Number(parts[1]);
    if (parts.length !== 2 || !Number.isInteger(count) || count < 0) {
      problems.push({
        path,
        code: 'row',
        message: 'a row is selections, a tab, and a whole count',
        expected: 'col:value;col:value<TAB>count',
        found: JSON.stringify(line.slice(0, 60)),
      });
      return;
    }
    if (parts[0] === 'record_count') {
      recordCount = count;
      return;
    }
    const key: Record<string, string | null> = {};
    for (const pair of parts[0].split(';')) {
      const at = pair.indexOf(':');
      if (at <= 0) {
        problems.push({
          path,
          code: 'selection',
          message: 'a selection is column:value',
          found: JSON.stringify(pair),
        });
        return;
      }
      const value = pair.slice(at + 1);
      key[unescapeText(pair.slice(0, at))] = value === '' ? null : unescapeText(value);
    }
    const id = formatSelections(
      Object.fromEntries(Object.entries(key).sort(([a], [b]) => a.localeCompare(b))),
    );
    if (seen.has(id)) {
      problems.push({ path, code: 'duplicate', message: `the combination ${parts[0]} appears twice` });
      return;
    }
    seen.add(id);
    cells.push({ key, count });
  });
  if (recordCount === undefined) {
    problems.push({ path: 'line 2', code: 'record_count', message: 'the record_count row is missing' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { protectedCounts, recordCount: recordCount as number, cells } };
}
