// CSV records from a byte stream, parsed by Papa Parse and handed to a callback one at a time.
//
// Why Papa Parse and not csv-parse (which this module used first, and which issue 7 names): on the
// 2-core machines this runs on, csv-parse alone takes 2.2–3.3 s for the 300k-row benchmark file,
// the whole of the 3 s budget for import + assessment, while Papa Parse reads the same file in
// about 0.7 s. The records are the same: a property test compares them with csv-parse's on random
// files with quotes, commas and line breaks inside fields, CRLF, a BOM and chunks cut anywhere
// (test/data/csv-records.test.ts), and bench/ctdc.ts still reports csv-parse alone beside the import.
//
// What is done here around Papa Parse: the bytes are decoded as UTF-8 across chunk boundaries (a
// character cut in two by a chunk stays whole) and a leading BOM dropped; blank lines are skipped
// (as csv-parse's skip_empty_lines); a quoted field still open at the end of the file stops the
// read with a message after the records before it; a quote left open for more than MAX_OPEN_QUOTE
// characters stops it too (else every later chunk would be re-read from that quote: slow, and
// memory no longer flat); a malformed quote that Papa Parse reads past is passed on as a problem
// of that record. Memory stays streaming: one input chunk and the record being parsed.
import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';

/**
 * A CSV syntax error that ended the read: the records before it were delivered. `record` is the
 * number of the record it is in (1-based, blank lines counted, as Papa Parse numbers rows).
 */
export type CsvStop = { message: string; record: number };

/** A record, with its number in the file (1-based, blank lines counted). */
type Push = (record: string[], number: number) => void;
/** A problem of the record delivered next (its text was read past the problem), with that record's number. */
type Warn = (message: string, number: number) => void;

/** The first text handed to the parser is at least this long, so that it sees whole lines to tell the line ending by. */
const FIRST_CHUNK = 64 * 1024;
/** A quoted field open over this many characters is taken as a quote never closed. */
export const MAX_OPEN_QUOTE = 1024 * 1024;

/** The input as text: UTF-8 decoded across chunks, the BOM dropped, the first piece at least FIRST_CHUNK long. */
async function* text(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let head: string | null = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (head !== null) {
      head += piece;
      if (head.length < FIRST_CHUNK) continue;
      piece = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
      head = null;
    }
    if (piece.length === 0) continue;
    yield piece;
  }
  let rest = decoder.end();
  if (head !== null) {
    rest = head + rest;
    if (rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  }
  if (rest.length > 0) {
    yield rest;
  }
}

/** A blank line: Papa Parse gives it as one empty field. */
const blank = (record: string[]) => record.length === 1 && record[0] === '';

/**
 * Every record of the input, in order, to `onRecord`. Resolves with the CSV error that stopped the
 * read (e.g. a file cut off inside a quoted field), or null. Errors of the input stream, and errors
 * thrown by `onRecord`, reject.
 */
export function readCsvRecords(input: Readable, onRecord: Push, onProblem?: Warn): Promise<CsvStop | null> {
  const source = ReadableStream.from(text(input));
  // Characters handed to the parser so far, the chunk being parsed included (this listener is
  // added before Papa Parse's own, so it runs first).
  let handed = 0;
  source.on('data', (piece: string) => {
    handed += piece.length;
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (stop: CsvStop | null, error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error !== undefined || stop) {
        source.destroy();
        input.destroy();
      }
      if (error !== undefined) reject(error);
      else resolve(stop);
    };
    // Settled first: aborting calls `complete`, which must not resolve as a clean end.
    const stop = (parser: Papa.Parser, message: string, record: number) => {
      finish({ message, record });
      parser.abort();
    };
    // Records of the chunks before this one (blank lines included): Papa Parse numbers a chunk's
    // rows and errors from 0.
    let before = 0;
    Papa.parse<string[]>(source as unknown as File, {
      delimiter: ',',
      quoteChar: '"',
      escapeChar: '"',
      chunk(results, parser) {
        if (settled) return;
        const { data, errors } = results;
        let e = 0;
        // The errors of rows up to `r`. Errors past the last row are of a row not finished in
        // this chunk, which is read again with the next one: they are left to that reading.
        const problemsUpTo = (r: number): boolean => {
          for (; e < errors.length && (errors[e].row ?? r) <= r; e++) {
            const error = errors[e];
            const number = before + (error.row ?? r) + 1;
            if (error.code === 'MissingQuotes') {
              stop(parser, 'a quoted field is not closed before the end of the file', number);
              return false;
            }
            onProblem?.(error.message, number);
          }
          return true;
        };
        for (let r = 0; r < data.length; r++) {
          if (!problemsUpTo(r)) return;
          const record = data[r];
          if (!blank(record)) onRecord(record, before + r + 1);
        }
        before += data.length;
        // An open quote: Papa Parse keeps the text from the row it starts and reads it again with
        // each chunk until the quote closes. Past MAX_OPEN_QUOTE characters, stop.
        if (handed - results.meta.cursor > MAX_OPEN_QUOTE) {
          stop(
            parser,
            `a record runs on for more than ${MAX_OPEN_QUOTE} characters without ending (a line that long, or a quote not closed)`,
            before + 1,
          );
        }
      },
      complete: () => finish(null),
      error: (error: unknown) => finish(null, error),
    });
  });
}
