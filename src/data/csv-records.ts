// CSV records from a byte stream, parsed by csv-parse and handed to a callback one at a time.
//
// csv-parse's stream (a Transform in object mode) spends about as long moving each record through
// Node's stream machinery as it does parsing it. Its parser core (`Parser#api`, what the Transform
// itself calls) takes a chunk of bytes and pushes every complete record to a callback, synchronously:
// driven directly over the input's chunks, it is the same parser with the same options and results,
// without the per-record stream cost. `api` is an internal of csv-parse (7.0.3, pinned exactly in
// package.json), so it is used only when present with the expected shape; otherwise the records come
// through the stream as before. Both paths are tested on the same inputs. Memory stays streaming:
// one input chunk and the record being parsed.
import type { Readable } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';

/** The options every CTDC read uses: a BOM, short rows and stray quotes are reported, not fatal. */
export const csvOptions: Options = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
  relax_quotes: true,
};

/** A CSV syntax error that ended the read: the records before it were delivered. */
export type CsvStop = { message: string };

type Push = (record: string[]) => void;
type ParserCore = {
  parse(chunk: Buffer | undefined, end: boolean, push: Push, close: () => void): Error | undefined;
};

/** csv-parse's parser core, or null when this csv-parse does not have one of the expected shape. */
export function parserCore(options: Options): ParserCore | null {
  const api = (parse(options) as unknown as { api?: { parse?: unknown } }).api;
  return api && typeof api.parse === 'function' ? (api as ParserCore) : null;
}

export type CsvMode = 'auto' | 'core' | 'stream';

/**
 * Every record of the input, in order, to `onRecord`. Resolves with the CSV error that stopped the
 * read (e.g. a file cut off inside a quoted field), or null. Errors of the input stream, and errors
 * thrown by `onRecord`, reject. `mode` is for tests: 'core' fails without the parser core.
 */
export async function readCsvRecords(
  input: Readable,
  onRecord: Push,
  mode: CsvMode = 'auto',
): Promise<CsvStop | null> {
  const core = mode === 'stream' ? null : parserCore(csvOptions);
  if (core) return viaCore(core, input, onRecord);
  if (mode === 'core') throw new Error('csv-parse has no parser core of the expected shape');
  return viaStream(input, onRecord);
}

async function viaCore(core: ParserCore, input: Readable, onRecord: Push): Promise<CsvStop | null> {
  const close = () => {};
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const error = core.parse(bytes, false, onRecord, close);
    if (error) {
      input.destroy();
      return { message: error.message };
    }
  }
  const error = core.parse(undefined, true, onRecord, close);
  return error ? { message: error.message } : null;
}

function viaStream(input: Readable, onRecord: Push): Promise<CsvStop | null> {
  // Records are taken as the parser pushes them ('data' in flowing mode), so that a CSV error ends
  // the read after every record before it, not with records still buffered and dropped.
  const parser = input.pipe(parse(csvOptions));
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      input.unpipe(parser);
      input.destroy();
      parser.destroy();
      reject(error);
    };
    parser.on('data', (record: string[]) => {
      try {
        onRecord(record);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('end', () => resolve(null));
    parser.on('error', (error) => {
      if (!(error instanceof CsvError)) return fail(error);
      input.destroy();
      resolve({ message: error.message });
    });
    input.on('error', fail);
  });
}
