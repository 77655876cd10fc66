// Benchmark: import and assess 300k generated rows in the CTDC synthetic format, beside csv-parse
// alone on the same file (the floor the issue names), each in a fresh process so that peak memory
// is its own. The import reads CSV with Papa Parse (src/data/csv-records.ts, which says why), so the
// reader alone is reported too: what is left above it is the import's own work. Each measure is
// the median of RUNS processes (the machines are shared; single runs vary by a second). The last
// line of each size is the command a user runs, from the built dist/ (`npm run bench:ctdc` builds
// it), timed from the start of its process: loading the code and writing the JSON included.
// Run at two sizes to show that memory stays flat as the file grows (streaming). The file is
// generated into a temporary directory at bench time and deleted afterwards; nothing is committed.
// Not a test: it reports, it does not assert.
// Run: npm run bench:ctdc [-- rows]   (or npx tsx bench/ctdc.ts [rows=300000] after npm run build)
// With `--baseline DIR` (another checkout of this repository, e.g. `git worktree add DIR main`
// with its node_modules), the import is measured there too, in the same run, and the ratio of
// the two printed: how a change to the import moves its time.
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { aggregateCtdc } from '../src/data/aggregate.js';
import { readCsvRecords } from '../src/data/csv-records.js';
import { importCtdc } from '../src/data/ctdc-import.js';
import { ctdcRows } from '../test/support/ctdc-generator.js';

type Measure = 'csv-parse' | 'reader' | 'import' | 'aggregate' | 'baseline';

const PROFILES = 5000;
const RUNS = 3;

async function child(measure: Measure, file: string, baseline?: string): Promise<void> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let detail = '';
  if (measure === 'csv-parse') {
    let rows = 0;
    for await (const _ of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) rows++;
    detail = `${rows - 1} rows`;
  } else if (measure === 'reader') {
    let rows = 0;
    await readCsvRecords(createReadStream(file), () => rows++);
    detail = `${rows - 1} rows`;
  } else if (measure === 'import' || measure === 'baseline') {
    const run: typeof importCtdc =
      measure === 'import'
        ? importCtdc
        : (await import(pathToFileURL(join(baseline ?? '', 'src/data/ctdc-import.ts')).href)).importCtdc;
    const result = await run(file);
    const met = result.summary.verdicts['un-trafficking-protocol'].met;
    detail = `${result.rows} rows, ${result.summary.instruments.length} instruments, ${met} trafficking met`;
  } else {
    const table = await aggregateCtdc(file, ['year', 'country'], 11);
    detail = `${table.lattice.cells} cells, ${table.suppressed.reduce((n, s) => n + s, 0)} suppressed`;
  }
  const cpu = process.cpuUsage(cpuStart);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is the peak resident set size of this process, in KiB.
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, wall, peak, detail }));
}

async function generate(file: string, rows: number, profiles?: number): Promise<void> {
  const out = createWriteStream(file);
  for (const line of ctdcRows({ format: 'ctdc-synthetic-2024', rows, seed: 20261128, profiles })) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

type Measured = { cpu: number; wall: number; peak: number; detail: string };

/**
 * `continuum import ctdc FILE --json` as a user runs it (the built dist/, no tsx), timed from the
 * process's start: loading the code and writing the JSON included.
 */
function runCli(file: string): Measured {
  const main = new URL('../dist/cli/main.js', import.meta.url).href;
  const script = `
    const { run } = await import(${JSON.stringify(main)});
    let bytes = 0;
    process.stdout.write = (chunk) => { bytes += chunk.length; return true; };
    const code = await run(['node', 'continuum', 'import', 'ctdc', ${JSON.stringify(file)}, '--json']);
    const cpu = process.cpuUsage();
    process.stderr.write(JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, wall: performance.now() / 1000,
      peak: process.resourceUsage().maxRSS / 1024, detail: 'exit ' + code + ', ' + bytes + ' bytes of JSON' }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`continuum import failed: ${child.stderr}`);
  return JSON.parse(child.stderr);
}

const baselineAt = process.argv.indexOf('--baseline');
const baseline = baselineAt > 0 ? process.argv.splice(baselineAt, 2)[1] : undefined;

function runOnce(measure: Measure | 'cli', file: string): Measured {
  if (measure === 'cli') return runCli(file);
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', measure, file, ...(baseline ? [baseline] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(output);
}

/** The run of median CPU time among RUNS (its wall time with it), and the highest peak of all. */
function run(measure: Measure | 'cli', file: string): Measured {
  const runs = Array.from({ length: RUNS }, () => runOnce(measure, file)).sort((a, b) => a.cpu - b.cpu);
  return { ...runs[Math.floor(RUNS / 2)], peak: Math.max(...runs.map((r) => r.peak)) };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await child(process.argv[3] as Measure, process.argv[4], process.argv[5]);
    return;
  }
  const rows = Number(process.argv[2] ?? 300_000);
  const dir = mkdtempSync(join(tmpdir(), 'continuum-ctdc-bench-'));
  try {
    console.log(
      `CTDC synthetic format (2024 naming), generated; node ${process.version}; CPU time of one process`,
    );
    const runs: Array<{ size: number; profiles?: number; label: string }> = [
      {
        size: Math.round(rows / 3),
        profiles: PROFILES,
        label: `${PROFILES} attribute profiles, as SDS output repeats combinations`,
      },
      {
        size: rows,
        profiles: PROFILES,
        label: `${PROFILES} attribute profiles, as SDS output repeats combinations`,
      },
      { size: rows, label: 'every cell drawn independently: the worst case, almost every row distinct' },
    ];
    for (const { size, profiles, label } of runs) {
      const file = join(dir, `synthetic-${size}-${profiles ?? 'independent'}.csv`);
      await generate(file, size, profiles);
      const floor = run('csv-parse', file);
      const reader = run('reader', file);
      const imported = run('import', file);
      const before = baseline ? run('baseline', file) : undefined;
      const aggregated = run('aggregate', file);
      const cli = run('cli', file);
      console.log(`\n${size} rows; ${label}:`);
      for (const [name, m] of [
        ['csv-parse alone (floor)', floor],
        ['CSV reader alone (Papa Parse)', reader],
        ['import + assess + summary', imported],
        ...(before ? ([['the same, baseline checkout', before]] as const) : []),
        ['aggregate --by year,country --k 11', aggregated],
        ['continuum import ctdc --json (all)', cli],
      ] as const) {
        console.log(
          `  ${name.padEnd(36)} cpu ${m.cpu.toFixed(2)} s  wall ${m.wall.toFixed(2)} s  peak RSS ${m.peak.toFixed(0)} MiB  (${m.detail})`,
        );
      }
      if (before)
        console.log(`  import is ${(imported.cpu / before.cpu).toFixed(2)}× the baseline's (CPU time)`);
      if (size === rows) {
        console.log(
          `  import is ${(imported.cpu / floor.cpu).toFixed(2)}× csv-parse alone, ${(imported.cpu / reader.cpu).toFixed(1)}× the CSV reader alone; target < 3 s → ${imported.cpu < 3 ? 'met' : 'NOT met'}; peak < 300 MiB → ${imported.peak < 300 ? 'met' : 'NOT met'}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
