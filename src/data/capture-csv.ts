// A capture CSV read from a stream of bytes (the command line's `estimate FILE`): the records are
// parsed chunk by chunk (csv-records.ts) and folded into the capture table as they come
// (src/estimate/capture-csv.ts), so memory is bounded by the number of distinct capture patterns
// (at most 2^8 − 1), not by the size of the file. The result is the one parseCaptureCsv gives for
// the whole text (test/data/capture-csv.test.ts), but for a line longer than MAX_OPEN_QUOTE
// characters, which ends the read here.
import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type CaptureCsvReader, captureCsvReader, HEAD_LENGTH } from '../estimate/capture-csv.js';
import type { CaptureTable, Result } from '../estimate/capture-table.js';
import type { Lang } from '../i18n/index.js';
import { readCsvRecords } from './csv-records.js';

/** Bytes enough for HEAD_LENGTH characters whatever they are (at most 4 bytes each). */
const HEAD_BYTES = 4 * HEAD_LENGTH + 4;

/** The reader stopped reading: what follows cannot change its result. */
const enough = Symbol('enough');

/**
 * The first HEAD_BYTES bytes of the input (fewer if it is shorter), and the whole input again as a
 * stream: those bytes first, then the rest as it comes.
 */
async function peek(input: Readable): Promise<{ head: Buffer; ended: boolean; whole: Readable }> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    first.push(chunk);
    size += chunk.length;
  }
  async function* again(): AsyncGenerator<Buffer> {
    yield* first;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  const whole = ReadableStream.from(again(), { objectMode: false });
  // Ending the read early ends the input too (its file is closed).
  whole.once('close', () => input.destroy());
  return { head: Buffer.concat(first), ended, whole };
}

/** The head's text, decoded as the whole file would be (a character cut at the end is left out). */
function headText(head: Buffer, ended: boolean): string {
  const decoder = new StringDecoder('utf8');
  const text = decoder.write(head) + (ended ? decoder.end() : '');
  return text.slice(0, HEAD_LENGTH);
}

/**
 * A capture table from a stream of CSV bytes, or its problems (as parseCaptureCsv words them).
 * Errors of the stream itself (a file that cannot be read) reject.
 */
export async function readCaptureCsv(input: Readable, lang?: Lang): Promise<Result<CaptureTable>> {
  const { head, ended, whole } = await peek(input);
  const reader: CaptureCsvReader = captureCsvReader(headText(head, ended), lang);
  if (reader.done) {
    whole.destroy();
    return reader.finish();
  }
  try {
    const stop = await readCsvRecords(
      whole,
      (cells) => {
        reader.record(cells);
        if (reader.done) throw enough;
      },
      (message, record) => {
        reader.syntaxError(message, record);
        throw enough;
      },
    );
    if (stop) reader.syntaxError(stop.message, stop.record);
  } catch (error) {
    if (error !== enough) throw error;
  }
  return reader.finish();
}
