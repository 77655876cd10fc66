// A capture CSV read as a stream gives what the whole text gives (parseCaptureCsv), however its
// bytes are cut into chunks: the same table, the same problems with the same line numbers.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCaptureCsv } from '../../src/data/capture-csv.js';
import { MAX_LISTED_PROBLEMS, parseCaptureCsv } from '../../src/estimate/capture-csv.js';
import { type CaptureTable, MAX_LISTS, maskToPattern } from '../../src/estimate/capture-table.js';
import { cut, inChunksOf } from '../support/chunks.js';
import { captureText } from '../support/fuzz-inputs.js';

const streamed = (chunks: Buffer[]) => readCaptureCsv(Readable.from(chunks));

/** A random capture table: 2–8 lists, counts 0–50 per observable pattern. */
const table: fc.Arbitrary<CaptureTable> = fc.integer({ min: 2, max: MAX_LISTS }).chain((t) =>
  fc.array(fc.nat({ max: 50 }), { minLength: (1 << t) - 1, maxLength: (1 << t) - 1 }).map((counts) => ({
    lists: Array.from({ length: t }, (_, i) => `list ${i + 1}`),
    counts: [0, ...counts],
  })),
);

/** The table as CSV text: aggregated (a count column) or one row per person, rows in a shuffled order. */
function tableText(t: CaptureTable, perPerson: boolean, order: number[], crlf: boolean): string {
  const rows: string[] = [];
  for (let mask = 1; mask < t.counts.length; mask++) {
    const digits = maskToPattern(mask, t.lists.length).split('').join(',');
    if (perPerson) for (let k = 0; k < t.counts[mask]; k++) rows.push(digits);
    else rows.push(`${digits},${t.counts[mask]}`);
  }
  // A shuffle driven by the generated numbers.
  for (let i = rows.length - 1; i > 0 && order.length > 0; i--) {
    const j = order[i % order.length] % (i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const header = perPerson ? t.lists : [...t.lists, 'count'];
  return `${[header.join(','), ...rows].join(crlf ? '\r\n' : '\n')}\n`;
}

describe('capture CSV as a stream', () => {
  it('gives the whole text’s result on random tables, both layouts, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 50 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (t, perPerson, order, crlf, offsets) => {
          const bytes = Buffer.from(tableText(t, perPerson, order, crlf));
          const whole = parseCaptureCsv(bytes.toString('utf8'));
          expect(await streamed(cut(bytes, offsets))).toEqual(whole);
          // Not a tautology: the table read back is the table written (when it is one: a list with
          // nobody on it is a problem).
          if (whole.ok) expect(whole.value.counts).toEqual(t.counts);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the whole text’s result, problems included, on generated files good and broken', async () => {
    const quoted = fc
      .array(
        fc.array(fc.constantFrom('0', '1', ' 1 ', '"1"', '"0', '1"', '"a""b"', '', '\n', '"x"y', '5', 'é'), {
          maxLength: 5,
        }),
        { maxLength: 12 },
      )
      .map((rows) => ['A,B,count', ...rows.map((r) => r.join(','))].join('\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(captureText, quoted),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (text, offsets) => {
          // The bytes a file would hold (a lone surrogate becomes U+FFFD, as on disk).
          const bytes = Buffer.from(text);
          expect(await streamed(cut(bytes, offsets))).toEqual(parseCaptureCsv(bytes.toString('utf8')));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads rows cut between chunks anywhere: one byte at a time, and across the first chunk', async () => {
    const text = '\uFEFFpolice,ngo,santé\r\n1,0,0\r\n\r\n0,1,1\r\n1,1,0\r\n1,0,0\r\n0,0,1\r\n';
    const expected = { lists: ['police', 'ngo', 'santé'], counts: [0, 2, 0, 1, 1, 0, 1, 0] };
    expect(await streamed(inChunksOf(Buffer.from(text), 1))).toEqual({ ok: true, value: expected });
    // 300,000 people: many chunks of an odd size, rows and the é cut everywhere.
    const rows = [
      'police,ngo,santé',
      ...Array.from({ length: 300_000 }, (_, i) => ['1,0,0', '0,1,1', '1,1,1'][i % 3]),
    ];
    const bytes = Buffer.from(`${rows.join('\n')}\n`);
    const result = await streamed(inChunksOf(bytes, 4093));
    expect(result).toEqual(parseCaptureCsv(bytes.toString('utf8')));
    expect(result.ok && result.value.counts).toEqual([0, 100_000, 0, 0, 0, 0, 100_000, 100_000]);
  });

  it('keeps the line numbers of problems far into the file, and the record of a syntax error', async () => {
    const good = Array.from({ length: 100_000 }, (_, i) => ['1,0', '0,1', '1,1'][i % 3]);
    const bad = ['A,B', ...good.slice(0, 50_000), '1,x', ...good.slice(50_000), '0,0', '1'];
    const bytes = Buffer.from(`${bad.join('\n')}\n`);
    const result = await streamed(inChunksOf(bytes, 65_536));
    expect(result.ok === false && result.problems.map((p) => [p.path, p.code])).toEqual([
      ['line.50002.B', 'invalid_membership'],
      ['line.100003', 'unobservable_pattern'],
      ['line.100004', 'column_count'],
    ]);
    expect(result).toEqual(parseCaptureCsv(bytes.toString('utf8')));
    // A quote never closed, after blank lines (which count as records, as Papa Parse numbers them).
    const unclosed = Buffer.from(`A,B\n\n\n${good.join('\n')}\n"1,0\n`);
    const broken = await streamed(inChunksOf(unclosed, 65_536));
    expect(broken).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          code: 'invalid_csv',
          message:
            'not readable as CSV: a quoted field is not closed before the end of the file (record 100004)',
        },
      ],
    });
    expect(parseCaptureCsv(unclosed.toString('utf8'))).toEqual(broken);
  });

  it(`lists the first ${MAX_LISTED_PROBLEMS} problems and counts the rest`, async () => {
    const text = `A,B,count\n${Array.from({ length: 1000 }, (_, i) => `1,0,x${i}`).join('\n')}\n`;
    const result = await streamed(inChunksOf(Buffer.from(text), 999));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(result.problems[0]).toMatchObject({ path: 'line.2.count', code: 'invalid_count', found: '"x0"' });
    expect(result.problems.at(-1)).toMatchObject({
      path: '',
      code: 'more_problems',
      message: `900 more problems are not listed (only the first ${MAX_LISTED_PROBLEMS} are)`,
    });
    expect(result).toEqual(parseCaptureCsv(text));
  });

  it('names UTF-16 and binary input from its first bytes, and stops a refused header at once', async () => {
    const utf16 = Buffer.from('A,B,count\n1,0,5\n0,1,7\n'.repeat(2000), 'utf16le');
    const refused = await streamed(inChunksOf(utf16, 1000));
    expect(refused.ok === false && refused.problems).toEqual([
      expect.objectContaining({ path: '', code: 'not_text', message: expect.stringMatching(/UTF-16/) }),
    ]);
    // The input is not read past what is needed: a stream that fails after its head is not reached.
    let served = 0;
    const endless = new Readable({
      read() {
        served++;
        if (served > 100) this.destroy(new Error('read too far'));
        else this.push(Buffer.from(`A;B;count\n${'1;0;5\n'.repeat(1000)}`));
      },
    });
    const semicolons = await readCaptureCsv(endless);
    expect(semicolons.ok === false && semicolons.problems.map((p) => p.code)).toEqual(['separator']);
    expect(served).toBeLessThan(100);
  });

  it('passes on an input that fails', async () => {
    let served = 0;
    const failing = new Readable({
      read() {
        if (++served > 20) this.destroy(new Error('disk gone'));
        else this.push(Buffer.from('1,0\n0,1\n'.repeat(4000)));
      },
    });
    await expect(readCaptureCsv(failing)).rejects.toThrow('disk gone');
  });
  it('says why a file cannot be read as CSV in the reader’s language, with the record', async () => {
    const long = Buffer.from(`A,B,count\n1,0,${'9'.repeat(2 * 1024 * 1024)}\n`);
    const english = await readCaptureCsv(Readable.from(inChunksOf(long, 65536)));
    expect(english.ok === false && english.problems).toEqual([
      {
        path: '',
        code: 'invalid_csv',
        message:
          'not readable as CSV: a record runs on for more than 1,048,576 characters without ending (a line that long, or a quote not closed) (record 2)',
      },
    ]);
    const french = await readCaptureCsv(Readable.from([Buffer.from('A,B,count\n1,0,5\n0,1,"7\n')]), 'fr');
    expect(french.ok === false && french.problems[0].message).toBe(
      'illisible en CSV : un champ entre guillemets n’est pas refermé avant la fin du fichier (enregistrement 3)',
    );
    const spanish = parseCaptureCsv('', 'es');
    expect(spanish.ok === false && spanish.problems[0].message).toBe(
      'el archivo no tiene encabezado ni filas',
    );
  });
});
