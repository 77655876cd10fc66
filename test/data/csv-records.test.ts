// The CSV reader (Papa Parse over the input's chunks) gives the records csv-parse gives for the same
// text, however the bytes are cut into chunks, and ends a broken file with a problem, not a crash.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_QUOTE, readCsvRecords } from '../../src/data/csv-records.js';
import { scanCtdc } from '../../src/data/ctdc-scan.js';
import { cut, inChunksOf } from '../support/chunks.js';
import { runCli, tempFile } from '../support/cli.js';
import { ctdcCsv } from '../support/ctdc-generator.js';

/** csv-parse's reading, the reference: the options the CTDC import used with it. */
const csvParseOptions = { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true };

async function records(chunks: Array<string | Buffer>) {
  const out: string[][] = [];
  const problems: Array<{ before: number; message: string }> = [];
  const stop = await readCsvRecords(
    Readable.from(chunks),
    (record) => out.push(record),
    (message) => problems.push({ before: out.length, message }),
  );
  return { out, stop, problems };
}

const field = fc.oneof(
  fc.constantFrom('', '1', 'Woman', '09--17', 'a,b', 'line\nbreak', 'say "hi"', 'crlf\r\ninside', 'é—ü'),
  fc.string({ maxLength: 6 }),
);
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A file of `rows` short rows, with a BOM, in `size`-byte chunks. */
function bigFile(rows: number, size: number): Buffer[] {
  const lines = ['id,name'];
  for (let i = 0; i < rows; i++) lines.push(`${i},naïve—${i % 7}`);
  return inChunksOf(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`), size);
}

describe('CSV records', () => {
  it('gives the same records as csv-parse, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, bom, crlf, offsets) => {
          const text = `${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n')}`;
          const expected = parse(text, csvParseOptions) as string[][];
          const { out, stop, problems } = await records(cut(Buffer.from(text), offsets));
          expect(stop).toBeNull();
          expect(problems).toEqual([]);
          expect(out).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a file larger than its first chunk the same way: BOM dropped, CRLF, characters cut between chunks', async () => {
    // 7-byte chunks cut the two-byte ï and the three-byte — in every position.
    const chunks = bigFile(20_000, 7);
    const expected = parse(Buffer.concat(chunks), csvParseOptions) as string[][];
    const { out, stop } = await records(chunks);
    expect(stop).toBeNull();
    expect(out).toHaveLength(20_001);
    expect(out[0]).toEqual(['id', 'name']);
    expect(out).toEqual(expected);
  });

  it('reads strings as well as bytes', async () => {
    const { out } = await records(['a,"b', '\nc"\n', 'd,e\n']);
    expect(out).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });

  it('passes on what the callback and the input throw', async () => {
    const refused = new Error('not this header');
    await expect(
      readCsvRecords(Readable.from(['a,b\n1,2\n']), () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    const broken = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(readCsvRecords(broken, () => {})).rejects.toThrow('disk gone');
    // A failure after many chunks, too: the read stops there.
    let seen = 0;
    await expect(
      readCsvRecords(Readable.from(bigFile(50_000, 4096)), () => {
        if (++seen === 30_000) throw refused;
      }),
    ).rejects.toBe(refused);
    expect(seen).toBe(30_000);
  });

  it('ends a file cut inside a quoted field with a problem, not a crash', async () => {
    const { out, stop } = await records(['a,b\n1,2\n3,"unfinished']);
    expect(out).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(stop?.message).toMatch(/quote/i);
  });

  it('numbers records, problems and the stop as Papa Parse numbers rows (blank lines counted), however chunked', async () => {
    // Record 4's quote is malformed ("x"y"): a problem of that record, read past.
    const bytes = Buffer.from('a,b\n\n1,2\n"x"y",3\n\n\n4,5\n6,"open\n');
    for (const size of [1, 3, 7, bytes.length]) {
      const numbers: number[] = [];
      const problems: number[] = [];
      const stop = await readCsvRecords(
        Readable.from(inChunksOf(bytes, size)),
        (_, number) => numbers.push(number),
        (_, number) => problems.push(number),
      );
      expect(numbers, `chunks of ${size}`).toEqual([1, 3, 4, 7]);
      expect(problems).toEqual([4]);
      expect(stop?.record).toBe(8);
    }
  });

  it('stops at a quote left open mid-file once it runs past MAX_OPEN_QUOTE characters, with the rows before it', async () => {
    const before = bigFile(1000, 4096);
    const after = bigFile(Math.ceil((2 * MAX_OPEN_QUOTE) / 12), 4096);
    const { out, stop } = await records([...before, Buffer.from('1000,"never closed\n'), ...after]);
    expect(out).toHaveLength(1001);
    expect(out.at(-1)).toEqual(['999', 'naïve—5']);
    expect(stop?.message).toMatch(/quote not closed/);
  });

  it('stops at a line longer than MAX_OPEN_QUOTE characters without blaming a quote that is not there', async () => {
    const before = bigFile(10, 4096);
    const long = Buffer.from(`1,${'9'.repeat(MAX_OPEN_QUOTE + 10)}\n`);
    const { out, stop } = await records([...before, long, Buffer.from('2,3\n')]);
    expect(out).toHaveLength(11);
    expect(stop?.record).toBe(12);
    expect(stop?.message).toMatch(
      /more than 1048576 characters without ending \(a line that long, or a quote not closed\)/,
    );
  });

  it('passes on a malformed quote it reads past as a problem of its record', async () => {
    // `"y"z` has text after its closing quote: Papa Parse reads on, to the end of the file.
    const { out, problems, stop } = await records(['a,b\n1,"x"""\n2,"y"z\n3,4\n']);
    expect(out).toEqual([
      ['a', 'b'],
      ['1', 'x"'],
    ]);
    expect(problems[0]).toEqual({ before: 2, message: expect.stringMatching(/quote/i) });
    expect(stop?.message).toMatch(/quote/i);
  });

  it('imports a CTDC file cut inside a quote: the rows before it, and a problem', async () => {
    const csv = `${ctdcCsv({ format: 'ctdc-synthetic-2024', rows: 5, seed: 3 })}2020,"Wom`;
    const rows: number[] = [];
    const result = await scanCtdc(Readable.from([csv]), (r) => rows.push(r.row));
    expect(rows).toEqual([1, 2, 3, 4, 5]);
    expect(result.rows).toBe(5);
    expect(result.problems.problems()).toContainEqual({
      column: '(csv)',
      row: 6,
      message: expect.stringMatching(/quote/i),
    });
  });

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
