// Both ways of driving csv-parse (its parser core over the input's chunks, and its stream) give the
// same records, however the bytes are cut into chunks, and end a broken file with a problem.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvMode, csvOptions, parserCore, readCsvRecords } from '../../src/data/csv-records.js';
import { scanCtdc } from '../../src/data/ctdc-scan.js';
import { runCli, tempFile } from '../support/cli.js';
import { ctdcCsv } from '../support/ctdc-generator.js';

async function records(chunks: Array<string | Buffer>, mode: CsvMode) {
  const out: string[][] = [];
  const stop = await readCsvRecords(Readable.from(chunks), (record) => out.push(record), mode);
  return { out, stop };
}

/** The bytes cut at the given offsets (cuts may fall inside a quote, a CRLF or a UTF-8 character). */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const offsets = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const end of [...offsets, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  return chunks;
}

const field = fc.oneof(
  fc.constantFrom('', '1', 'Woman', '09--17', 'a,b', 'line\nbreak', 'say "hi"', 'crlf\r\ninside', 'é—ü'),
  fc.string({ maxLength: 6 }),
);
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('CSV records', () => {
  it('has the parser core it was written against (csv-parse 7.0.3)', () => {
    expect(parserCore(csvOptions)).not.toBeNull();
  });

  it('gives the same records as csv-parse itself, through the core and the stream, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, bom, crlf, offsets) => {
          const text = `${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n')}`;
          const expected = parse(text, csvOptions) as string[][];
          const chunks = cut(Buffer.from(text), offsets);
          for (const mode of ['core', 'stream'] as const) {
            const { out, stop } = await records(chunks, mode);
            expect(stop).toBeNull();
            expect(out).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads strings as well as bytes', async () => {
    for (const mode of ['core', 'stream'] as const) {
      const { out } = await records(['a,"b', '\nc"\n', 'd,e\n'], mode);
      expect(out).toEqual([
        ['a', 'b\nc'],
        ['d', 'e'],
      ]);
    }
  });

  it.each(['core', 'stream'] as const)(
    'passes on what the callback and the input throw (%s)',
    async (mode) => {
      const refused = new Error('not this header');
      await expect(
        readCsvRecords(
          Readable.from(['a,b\n1,2\n']),
          () => {
            throw refused;
          },
          mode,
        ),
      ).rejects.toBe(refused);
      const broken = new Readable({
        read() {
          this.destroy(new Error('disk gone'));
        },
      });
      await expect(readCsvRecords(broken, () => {}, mode)).rejects.toThrow('disk gone');
    },
  );

  it.each(['core', 'stream'] as const)(
    'ends a file cut inside a quoted field with a problem, not a crash (%s)',
    async (mode) => {
      const { out, stop } = await records(['a,b\n1,2\n3,"unfinished'], mode);
      expect(out).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
      expect(stop?.message).toMatch(/quote/i);
    },
  );

  it.each(['core', 'stream'] as const)(
    'imports a CTDC file cut inside a quote: the rows before it, and a problem (%s)',
    async (mode) => {
      const csv = `${ctdcCsv({ format: 'ctdc-synthetic-2024', rows: 5, seed: 3 })}2020,"Wom`;
      const rows: number[] = [];
      const result = await scanCtdc(Readable.from([csv]), (r) => rows.push(r.row), { csv: mode });
      expect(rows).toEqual([1, 2, 3, 4, 5]);
      expect(result.rows).toBe(5);
      expect(result.problems.problems()).toContainEqual({
        column: '(csv)',
        row: 6,
        message: expect.stringMatching(/quote/i),
      });
    },
  );

  it('continuum import ctdc: a file cut inside a quote imports its rows, with the problem, exit 0', async () => {
    const file = tempFile(
      `${ctdcCsv({ format: 'ctdc-synthetic-2024', rows: 4, seed: 5 })}2020,"Wom`,
      'cut.csv',
    );
    const { code, stdout } = await runCli(['import', 'ctdc', file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.rows).toBe(4);
    expect(json.problems).toContainEqual({
      column: '(csv)',
      row: 5,
      message: expect.stringMatching(/quote/i),
    });
  });
});
