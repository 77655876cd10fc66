// Reading a capture table from CSV text (the text itself; reading the file is the CLI's job).
// Two layouts are accepted (issue 3, deliverable 1):
//   aggregated — one 0/1 column per list plus a `count` column, one row per capture pattern;
//   per person — one 0/1 column per list, one row per identified person (no `count` column).
// Problems name the line and column: path `line.<n>.<column>`.
import Papa from 'papaparse';
import type { Problem } from '../facts/problems.js';
import { type Lang, translator } from '../i18n/index.js';
import {
  type CaptureTable,
  captureTableFromPatterns,
  MAX_LISTS,
  MIN_LISTS,
  type Result,
} from './capture-table.js';

const COUNT_COLUMN = /^(count|freq|frequency|n)$/i;

/**
 * Text that is no CSV at all: UTF-16 (every other byte zero, read as UTF-8) or binary (zero bytes
 * or undecodable bytes among the first few thousand characters). Named, never echoed.
 */
function notText(text: string): 'utf16' | 'binary' | null {
  const head = text.slice(0, 4096);
  let zeros = 0;
  let zerosAtOdd = 0;
  let undecodable = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) {
      zeros++;
      if (i % 2 === 1) zerosAtOdd++;
    } else if (code === 0xfffd) undecodable++;
  }
  // UTF-16 of ASCII text: a zero beside every character, all on one side (a byte-order mark, read
  // as UTF-8, becomes undecodable characters and shifts nothing else).
  const half = (head.length - undecodable) / 2;
  if (zeros > 0.4 * half && (zerosAtOdd > 0.9 * zeros || zerosAtOdd < 0.1 * zeros)) return 'utf16';
  // A few undecodable characters are more likely text in another encoding (accents in Latin-1).
  if (zeros > 0 || undecodable > Math.max(2, 0.1 * head.length)) return 'binary';
  return null;
}

/** How the header's one column seems to be separated instead, if it does. */
function otherSeparator(cell: string): 'semicolon' | 'tab' | null {
  if (cell.includes(';')) return 'semicolon';
  if (cell.includes('\t')) return 'tab';
  return null;
}

export function parseCaptureCsv(text: string, lang?: Lang): Result<CaptureTable> {
  const { t } = translator(lang);
  const kind = notText(text);
  if (kind)
    return {
      ok: false,
      problems: [
        {
          path: '',
          code: 'not_text',
          message: t(kind === 'utf16' ? 'estimate.csv.utf16' : 'estimate.csv.binary'),
        },
      ],
    };
  // Papa Parse (as the CTDC import): a leading BOM dropped, blank lines skipped, cells trimmed.
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transform: (value) => value.trim(),
  });
  const error = parsed.errors[0];
  if (error) {
    const at = error.row === undefined ? '' : ` (record ${error.row + 1})`;
    return {
      ok: false,
      problems: [{ path: '', code: 'invalid_csv', message: `not readable as CSV: ${error.message}${at}` }],
    };
  }
  const records = parsed.data;
  if (records.length === 0) {
    return {
      ok: false,
      problems: [{ path: '', code: 'empty', message: 'the file has no header and no rows' }],
    };
  }
  const header = records[0];
  const countIndex = header.findIndex((name) => COUNT_COLUMN.test(name));
  const listIndices = header.map((_, i) => i).filter((i) => i !== countIndex);
  const lists = listIndices.map((i) => header[i]);
  const problems: Problem[] = [];
  const separator = header.length === 1 ? otherSeparator(header[0]) : null;
  if (separator) {
    problems.push({
      path: 'line.1',
      code: 'separator',
      message: t(separator === 'semicolon' ? 'estimate.csv.semicolons' : 'estimate.csv.tabs'),
    });
    return { ok: false, problems };
  }
  if (lists.length < MIN_LISTS || lists.length > MAX_LISTS) {
    problems.push({
      path: 'line.1',
      code: 'list_count',
      message: `the header must name ${MIN_LISTS}–${MAX_LISTS} list columns${countIndex < 0 ? '' : ' besides the count column'}`,
      expected: `${MIN_LISTS}–${MAX_LISTS} list columns`,
      found: `${lists.length}: ${lists.join(', ')}`,
    });
    return { ok: false, problems };
  }
  const patternCounts = new Map<string, { count: number; line: number }>();
  const rows: { pattern: string; count: number }[] = [];
  const lineOfRow: number[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const line = r + 1;
    if (record.length !== header.length) {
      problems.push({
        path: `line.${line}`,
        code: 'column_count',
        message: `line ${line} has ${record.length} fields but the header has ${header.length}`,
        expected: `${header.length} fields`,
        found: `${record.length}`,
      });
      continue;
    }
    let pattern = '';
    let rowOk = true;
    for (const i of listIndices) {
      const cell = record[i];
      if (cell !== '0' && cell !== '1') {
        problems.push({
          path: `line.${line}.${header[i]}`,
          code: 'invalid_membership',
          message: `line ${line}, column ${header[i]}: list membership is 0 or 1`,
          expected: '0 or 1',
          found: JSON.stringify(cell),
        });
        rowOk = false;
      }
      pattern += cell;
    }
    let count = 1;
    if (countIndex >= 0) {
      const raw = record[countIndex];
      // Digits only: `1e3`, `1,000` or `12.0` are not how a count of people is written, and a
      // number beyond 2^53 cannot be held exactly.
      count = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (Number.isFinite(count) && !Number.isSafeInteger(count)) {
        problems.push({
          path: `line.${line}.${header[countIndex]}`,
          code: 'count_too_large',
          message: t('estimate.csv.countTooLarge', { line }),
          expected: `at most ${Number.MAX_SAFE_INTEGER}`,
          found: raw,
        });
        rowOk = false;
      } else if (!Number.isInteger(count) || count < 0) {
        problems.push({
          path: `line.${line}.${header[countIndex]}`,
          code: 'invalid_count',
          message: `line ${line}: a count is a whole number of people, zero or more`,
          expected: 'a non-negative integer',
          found: JSON.stringify(raw),
        });
        rowOk = false;
      }
    }
    if (!rowOk) continue;
    if (!pattern.includes('1')) {
      // One row per person: a person on no list is not an identified person. Aggregated: the
      // all-zero cell is the unknown being estimated, so a value for it is an error either way.
      problems.push({
        path: `line.${line}`,
        code: 'unobservable_pattern',
        message: `line ${line}: the all-zero pattern (on no list) cannot be observed; it is what is being estimated`,
        found: pattern,
      });
      continue;
    }
    const previous = patternCounts.get(pattern);
    if (previous) {
      if (countIndex >= 0) {
        problems.push({
          path: `line.${line}`,
          code: 'duplicate_pattern',
          message: `line ${line}: pattern ${pattern} already appears on line ${previous.line}; give each pattern once`,
          found: pattern,
        });
        continue;
      }
      previous.count += count;
      continue;
    }
    const entry = { count, line };
    patternCounts.set(pattern, entry);
    lineOfRow.push(line);
    rows.push({ pattern, count: 0 });
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const row of rows) row.count = patternCounts.get(row.pattern)?.count ?? 0;
  const built = captureTableFromPatterns(lists, rows);
  if (built.ok) return built;
  // Re-anchor problems about lists to the header line.
  return {
    ok: false,
    problems: built.problems.map((p) => {
      const listMatch = /^lists\.(\d+)$/.exec(p.path);
      if (listMatch) return { ...p, path: `line.1.${lists[Number(listMatch[1])]}` };
      const rowMatch = /^rows\.(\d+)/.exec(p.path);
      if (rowMatch) return { ...p, path: `line.${lineOfRow[Number(rowMatch[1])]}` };
      return p;
    }),
  };
}

/** The table as aggregated CSV text (lists then `count`, non-zero patterns only). */
export function formatCaptureCsv(table: CaptureTable): string {
  const t = table.lists.length;
  const lines = [[...table.lists, 'count'].join(',')];
  for (let mask = 1; mask < 1 << t; mask++) {
    const count = table.counts[mask];
    if (count === 0) continue;
    const digits: string[] = [];
    for (let i = 0; i < t; i++) digits.push(mask & (1 << i) ? '1' : '0');
    lines.push([...digits, String(count)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
