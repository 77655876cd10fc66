// Benchmark: reading a large capture CSV (one row per identified person, five lists) as
// `continuum estimate` does — streamed and folded into the capture table as the rows come
// (src/data/capture-csv.ts) — beside csv-parse alone over the same file (the floor: its streaming
// parser counting records) and, with `--baseline DIR`, the reader of another checkout given the
// whole text (the reader before streaming read the file whole, then parsed it). Each measure runs
// in a fresh process, so that its peak memory (maxRSS) is its own; CPU time of that process. The
// last line of each size is the command a user runs (`continuum estimate FILE --json`, from the
// built dist/), loading the code and the estimate included.
// The files are generated into a temporary directory at bench time and deleted afterwards. Not a
// test: it reports, it does not assert.
// Run: npm run bench:capture [-- MB…]   (default 50 500; or npx tsx bench/capture-csv.ts 50 after npm run build)
// With `--baseline DIR` (another copy of this repository with its node_modules, e.g.
// `git archive main | tar -x -C DIR` and a node_modules link), its reader is measured on the same
// files in the same run. A measure that fails (the old reader runs out of memory on a large file)
// is reported with its time and, where /usr/bin/time is there, its peak memory.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { readCaptureCsv } from '../src/data/capture-csv.js';
import type { CaptureTable, Result } from '../src/estimate/capture-table.js';

type Measure = 'csv-parse' | 'stream' | 'baseline' | 'cli';
type Measured = { cpu: number; wall: number; peak: number; detail: string };

const LISTS = 5;
/** Runs of each measure on files up to this size; one run above it (a 500 MB file takes minutes). */
const SMALL_MB = 100;
const RUNS = 3;

const people = (table: CaptureTable) => table.counts.reduce((n, c) => n + c, 0);

async function child(measure: Measure, file: string, baseline?: string): Promise<void> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let detail = '';
  if (measure === 'csv-parse') {
    let records = 0;
    for await (const _ of createReadStream(file).pipe(parse({ bom: true }))) records++;
    detail = `${records - 1} rows`;
  } else if (measure === 'stream') {
    const result = await readCaptureCsv(createReadStream(file));
    detail = result.ok ? `${people(result.value)} people` : `refused: ${result.problems[0].message}`;
  } else if (measure === 'baseline') {
    const module = await import(pathToFileURL(join(baseline ?? '', 'src/estimate/capture-csv.ts')).href);
    const parseCaptureCsv = module.parseCaptureCsv as (text: string) => Result<CaptureTable>;
    const result = parseCaptureCsv(readFileSync(file, 'utf8'));
    detail = result.ok ? `${people(result.value)} people` : `refused: ${result.problems[0].message}`;
  } else {
    const { run } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
    let bytes = 0;
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      bytes += chunk.length;
      return true;
    }) as typeof process.stdout.write;
    const code = await run(['node', 'continuum', 'estimate', file, '--json']);
    process.stdout.write = write;
    detail = `exit ${code}, ${bytes} bytes of JSON`;
  }
  const cpu = process.cpuUsage(cpuStart);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is the peak resident set size of this process, in KiB.
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, wall, peak, detail })}\n`);
  // The CLI's worker pool (if any) must not keep the process alive.
  process.exit(0);
}

/** A file of about `megabytes` MB: one row per person, each on a random non-empty set of the lists. */
async function generate(file: string, megabytes: number): Promise<number> {
  const out = createWriteStream(file);
  out.write(`${Array.from({ length: LISTS }, (_, i) => `list${i + 1}`).join(',')}\n`);
  const rowBytes = 2 * LISTS;
  const rows = Math.round((megabytes * 1024 * 1024) / rowBytes);
  let seed = 20261203;
  const patterns = Array.from({ length: (1 << LISTS) - 1 }, (_, k) =>
    Array.from({ length: LISTS }, (_, i) => ((k + 1) & (1 << i) ? '1' : '0')).join(','),
  );
  for (let written = 0; written < rows; ) {
    const lines: string[] = [];
    for (let k = 0; k < 65_536 && written < rows; k++, written++) {
      // xorshift32: the same file in every run.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      lines.push(patterns[(seed >>> 0) % patterns.length]);
    }
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

const baselineAt = process.argv.indexOf('--baseline');
const baseline = baselineAt > 0 ? process.argv.splice(baselineAt, 2)[1] : undefined;
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function runOnce(measure: Measure, file: string): Measured {
  const script = fileURLToPath(import.meta.url);
  const node = [
    process.execPath,
    '--import',
    'tsx',
    script,
    '--child',
    measure,
    file,
    ...(baseline ? [baseline] : []),
  ];
  const started = performance.now();
  const [command, ...args] = timeCommand ? [timeCommand, '-f', 'peak-kib %M', ...node] : node;
  const ran = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const peakLine = /peak-kib (\d+)/.exec(ran.stderr ?? '');
  const last = (ran.stdout ?? '').trim().split('\n').at(-1) ?? '';
  if (ran.status === 0 && last.startsWith('{')) return JSON.parse(last);
  const why = (ran.stderr ?? '')
    .split('\n')
    .filter((line) => /error|heap|memory|string/i.test(line) && !line.startsWith('peak-kib'))
    .slice(0, 1)
    .join('')
    .trim();
  return {
    cpu: Number.NaN,
    wall,
    peak: peakLine ? Number(peakLine[1]) / 1024 : Number.NaN,
    detail: `FAILED (exit ${ran.status ?? ran.signal}${why ? `: ${why.slice(0, 120)}` : ''})`,
  };
}

/** The run of median CPU time (its wall time with it), and the highest peak of all. */
function run(measure: Measure, file: string, runs: number): Measured {
  const all = Array.from({ length: runs }, () => runOnce(measure, file)).sort((a, b) => a.cpu - b.cpu);
  return { ...all[Math.floor(runs / 2)], peak: Math.max(...all.map((r) => r.peak)) };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await child(process.argv[3] as Measure, process.argv[4], process.argv[5]);
    return;
  }
  const sizes = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'continuum-capture-bench-'));
  try {
    console.log(
      `capture CSV, one row per person, ${LISTS} lists, generated; node ${process.version}; CPU time and peak RSS of one process`,
    );
    for (const megabytes of sizes.length > 0 ? sizes : [50, 500]) {
      const file = join(dir, `capture-${megabytes}MB.csv`);
      const rows = await generate(file, megabytes);
      const runs = megabytes <= SMALL_MB ? RUNS : 1;
      const floor = run('csv-parse', file, runs);
      const streamed = run('stream', file, runs);
      const before = baseline ? run('baseline', file, runs) : undefined;
      const cli = run('cli', file, runs);
      console.log(
        `\n${megabytes} MB, ${rows.toLocaleString('en')} people (${runs === 1 ? 'one run' : `median of ${runs}`}):`,
      );
      for (const [name, m] of [
        ['csv-parse alone (floor)', floor],
        ['capture reader, streamed', streamed],
        ...(before ? ([['baseline reader, whole text', before]] as const) : []),
        ['continuum estimate --json (all)', cli],
      ] as const) {
        console.log(
          `  ${name.padEnd(32)} cpu ${m.cpu.toFixed(2)} s  wall ${m.wall.toFixed(2)} s  peak RSS ${m.peak.toFixed(0)} MiB  (${m.detail})`,
        );
      }
      console.log(
        `  streamed reader: ${(streamed.cpu / floor.cpu).toFixed(2)}× csv-parse's CPU time, ${(streamed.peak / floor.peak).toFixed(2)}× its peak RSS` +
          (before && Number.isFinite(before.cpu)
            ? `; baseline reader: ${(before.cpu / floor.cpu).toFixed(2)}× csv-parse's CPU time, ${(before.peak / floor.peak).toFixed(2)}× its peak RSS`
            : ''),
      );
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
