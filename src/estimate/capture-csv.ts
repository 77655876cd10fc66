// Reading a capture table from CSV (the records; reading the file is the CLI's job).
// Two layouts are accepted (issue 3, deliverable 1):
//   aggregated — one 0/1 column per list plus a `count` column, one row per capture pattern;
//   per person — one 0/1 column per list, one row per identified person (no `count` column).
// Problems name the line and column: path `line.<n>.<column>`.
//
// The records are folded into the table as they come (captureCsvReader), so that a file is never
// held whole: what is kept is one count per distinct pattern (at most 2^8 − 1) and the first
// MAX_LISTED_PROBLEMS problems. parseCaptureCsv folds a text; src/data/capture-csv.ts folds a
// stream of bytes, chunk by chunk, into the same reader.
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
 * Text that is no CSV at all: UTF-16 (every other byte zero, read as UTF-8), binary (zero bytes
 * or undecodable bytes among the first few thousand characters) or JSON. Named, never echoed.
 */
function notText(text: string): 'utf16' | 'binary' | 'json' | null {
  const head = text.slice(0, HEAD_LENGTH);
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
  // A JSON document (a case file given by mistake, a table exported as JSON): no capture CSV begins
  // with a brace or a bracket, since its first line is a header of list names.
  if (/^\s*[[{]/.test(head)) return 'json';
  return null;
}

/** How the header's one column seems to be separated instead, if it does. */
function otherSeparator(cell: string): 'semicolon' | 'tab' | null {
  if (cell.includes(';')) return 'semicolon';
  if (cell.includes('\t')) return 'tab';
  return null;
}

/** The most problems listed; those beyond are counted in one last problem (a file of a million bad rows is not a million problems). */
export const MAX_LISTED_PROBLEMS = 100;

/** How much of the start of the text tells whether it is text at all (notText). */
export const HEAD_LENGTH = 4096;

/** An unclosed quote, in the words of the streaming reader (src/data/csv-records.ts). */
const UNCLOSED_QUOTE = 'a quoted field is not closed before the end of the file';
/** The streaming reader's stop for a record that never ends (src/data/csv-records.ts, MAX_OPEN_QUOTE). */
const TOO_LONG = /^a record runs on for more than \d+ characters without ending/;
const MAX_RECORD_LENGTH = 1024 * 1024;

/** A capture table read record by record. */
export type CaptureCsvReader = {
  /** The next record as the CSV parser gives it (cells not trimmed; blank lines may be given or not). */
  record(cells: readonly string[]): void;
  /**
   * A CSV syntax error in the file's `record`-th record (1-based, blank lines counted): what is
   * read past it is not the file's meaning, so the read ends and this is the only problem.
   */
  syntaxError(message: string, record: number): void;
  /** True once nothing read later can change the result (the file is no text, the header is refused, a syntax error). */
  readonly done: boolean;
  /** The table, or every problem found (the first MAX_LISTED_PROBLEMS of them, then how many more). */
  finish(): Result<CaptureTable>;
};

/** A blank line, or one of blanks and commas only (Papa Parse's `skipEmptyLines: 'greedy'`). */
const blank = (cells: readonly string[]) => cells.every((cell) => cell === '');

/**
 * A reader of a capture CSV whose text starts with `head` (its first HEAD_LENGTH characters, or all
 * of it when shorter): records go in one at a time, the table comes out at the end.
 */
export function captureCsvReader(head: string, lang?: Lang): CaptureCsvReader {
  const { t } = translator(lang);
  let refused: Problem[] | null = null;
  const kind = notText(head);
  if (kind) {
    refused = [
      {
        path: '',
        code: 'not_text',
        message: t(`estimate.csv.${kind}`),
      },
    ];
  }
  let header: string[] | null = null;
  let countIndex = -1;
  let listIndices: number[] = [];
  let lists: string[] = [];
  /** Non-blank records read, the header included: the `line` of problems. */
  let line = 0;
  const problems: Problem[] = [];
  let unlisted = 0;
  const problem = (p: Problem) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
    else unlisted++;
  };
  const patternCounts = new Map<string, { count: number; line: number }>();
  const rows: { pattern: string; count: number }[] = [];
  const lineOfRow: number[] = [];

  const readHeader = (cells: string[]) => {
    header = cells;
    countIndex = cells.findIndex((name) => COUNT_COLUMN.test(name));
    listIndices = cells.map((_, i) => i).filter((i) => i !== countIndex);
    lists = listIndices.map((i) => cells[i]);
    const separator = cells.length === 1 ? otherSeparator(cells[0]) : null;
    if (separator) {
      refused = [
        {
          path: 'line.1',
          code: 'separator',
          message: t(separator === 'semicolon' ? 'estimate.csv.semicolons' : 'estimate.csv.tabs'),
        },
      ];
    } else if (lists.length < MIN_LISTS || lists.length > MAX_LISTS) {
      refused = [
        {
          path: 'line.1',
          code: 'list_count',
          message: `the header must name ${MIN_LISTS}–${MAX_LISTS} list columns${countIndex < 0 ? '' : ' besides the count column'}`,
          expected: `${MIN_LISTS}–${MAX_LISTS} list columns`,
          found: `${lists.length}: ${lists.join(', ')}`,
        },
      ];
    }
  };

  const readRow = (header: string[], record: string[]) => {
    if (record.length !== header.length) {
      problem({
        path: `line.${line}`,
        code: 'column_count',
        message: `line ${line} has ${record.length} fields but the header has ${header.length}`,
        expected: `${header.length} fields`,
        found: `${record.length}`,
      });
      return;
    }
    let pattern = '';
    let rowOk = true;
    for (const i of listIndices) {
      const cell = record[i];
      if (cell !== '0' && cell !== '1') {
        problem({
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
        problem({
          path: `line.${line}.${header[countIndex]}`,
          code: 'count_too_large',
          message: t('estimate.csv.countTooLarge', { line }),
          expected: `at most ${Number.MAX_SAFE_INTEGER}`,
          found: raw,
        });
        rowOk = false;
      } else if (!Number.isInteger(count) || count < 0) {
        problem({
          path: `line.${line}.${header[countIndex]}`,
          code: 'invalid_count',
          message: `line ${line}: a count is a whole number of people, zero or more`,
          expected: 'a non-negative integer',
          found: JSON.stringify(raw),
        });
        rowOk = false;
      }
    }
    if (!rowOk) return;
    if (!pattern.includes('1')) {
      // One row per person: a person on no list is not an identified person. Aggregated: the
      // all-zero cell is the unknown being estimated, so a value for it is an error either way.
      problem({
        path: `line.${line}`,
        code: 'unobservable_pattern',
        message: `line ${line}: the all-zero pattern (on no list) cannot be observed; it is what is being estimated`,
        found: pattern,
      });
      return;
    }
    const previous = patternCounts.get(pattern);
    if (previous) {
      if (countIndex >= 0) {
        problem({
          path: `line.${line}`,
          code: 'duplicate_pattern',
          message: `line ${line}: pattern ${pattern} already appears on line ${previous.line}; give each pattern once`,
          found: pattern,
        });
        return;
      }
      previous.count += count;
      return;
    }
    patternCounts.set(pattern, { count, line });
    lineOfRow.push(line);
    rows.push({ pattern, count: 0 });
  };

  return {
    get done() {
      return refused !== null;
    },
    record(cells) {
      if (refused) return;
      // Cells trimmed, blank lines skipped (as the whole-text reading with Papa Parse did).
      const record = cells.map((cell) => cell.trim());
      if (blank(record)) return;
      line++;
      if (header === null) readHeader(record);
      else readRow(header, record);
    },
    syntaxError(message, record) {
      if (refused) return;
      // The two stops the readers word themselves are said in the reader's language; Papa Parse's
      // own messages (a malformed quote) stay as the library gives them.
      const reason =
        message === UNCLOSED_QUOTE
          ? t('estimate.csv.unclosedQuote')
          : TOO_LONG.test(message)
            ? t('estimate.csv.tooLong', { n: MAX_RECORD_LENGTH })
            : message;
      refused = [{ path: '', code: 'invalid_csv', message: t('estimate.csv.syntax', { reason, record }) }];
    },
    finish() {
      if (refused) return { ok: false, problems: refused };
      if (header === null) {
        return {
          ok: false,
          problems: [{ path: '', code: 'empty', message: t('estimate.csv.empty') }],
        };
      }
      if (problems.length > 0) {
        if (unlisted === 0) return { ok: false, problems };
        return {
          ok: false,
          problems: [
            ...problems,
            {
              path: '',
              code: 'more_problems',
              message: `${unlisted} more problems are not listed (only the first ${MAX_LISTED_PROBLEMS} are)`,
            },
          ],
        };
      }
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
    },
  };
}

/** A capture table from the whole text of a CSV file (records folded one at a time, never all held). */
export function parseCaptureCsv(text: string, lang?: Lang): Result<CaptureTable> {
  const reader = captureCsvReader(text.slice(0, HEAD_LENGTH), lang);
  if (reader.done) return reader.finish();
  // Papa Parse (as the CTDC import): a leading BOM dropped. Records are numbered as Papa Parse
  // numbers rows, blank lines counted.
  let record = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(results, parser) {
      record++;
      const error = results.errors[0];
      if (error) reader.syntaxError(error.code === 'MissingQuotes' ? UNCLOSED_QUOTE : error.message, record);
      else reader.record(results.data);
      if (reader.done) parser.abort();
    },
  });
  return reader.finish();
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
