// The command line as a user runs it (issue 14, item 4): whole processes, `node bin/continuum.js`,
// timed from spawn to exit — start-up, code loading, the estimate and printing included.
//   start-up: `continuum --version` and `--help` (goal < 150 ms), beside `node -e 0` measured in
//             the same run (what any Node process costs here before our code loads)
//   UK 2013 six lists, stepwise p < 0.02, 1000 bootstrap replicates, BCa — goal ≥ 100× R
//   UK 2013 five lists, BIC maxorder 2, 1000 bootstrap replicates, BCa — goal ≥ 50× R
//   UK 2013 five lists, BIC over all models (maxorder 4), no bootstrap  — goal ≥ 50× R
// R beside us: when `Rscript` can load MultipleSystemsEstimation (1.2.0 on R 4.2.2 was built here
// from the package's source: `R CMD INSTALL -l DIR SOURCE`, then `R_LIBS=DIR`), each workload is
// run in R too, as a whole process in the same run (once: R takes minutes), and the ratios are
// measured ones; otherwise R's times are the issue's (measured with that package on this kind of
// machine). The `node -e 0` baseline and the load average say how busy the machine was. Each
// estimate's JSON is checked against the reference point estimate, R's too.
//
// R_SECONDS=S (environment): time R only for the workloads whose R time in the issue is at most S
// seconds, the others taking the issue's figure (R's bootstraps take three minutes of CPU each, far
// longer when others load the machine: at load average 20 one would take a quarter of an hour).
//
// Usage: npm run bench:estimate:cli [-- runs=3 [baseline]]   (builds dist/ first; median of `runs`
// runs). `baseline` is the root of another build of Continuum (a directory holding bin/continuum.js
// and its dist/bundle/, e.g. a copy made before a change): it is timed in the same run, each of its
// processes interleaved with ours, so that before and after see the same load.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Math.max(1, Number(process.argv[2] ?? 3));
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/continuum.js', import.meta.url));
const baselineRoot = process.argv[3];
const baselineBin = baselineRoot === undefined ? undefined : join(baselineRoot, 'bin/continuum.js');
if (baselineBin !== undefined && !existsSync(baselineBin)) {
  console.error(`${baselineBin} is missing: the baseline is the root of a built copy of Continuum`);
  process.exit(1);
}
if (!existsSync(fileURLToPath(new URL('../../dist/bundle/continuum.js', import.meta.url)))) {
  console.error('dist/bundle/ is missing: run `npm run build` first (npm run bench:estimate:cli does)');
  process.exit(1);
}

/**
 * CPU seconds used so far by this process's finished children (user + system, all their threads;
 * Linux's /proc, NaN elsewhere). On a loaded machine a process's CPU time grows far less than its
 * wall time, so it says what the work costs when others share the cores.
 */
function childrenCpu(): number {
  try {
    // After the command name's closing parenthesis, field 3 (state) is index 0: cutime (16) and
    // cstime (17) are indices 13 and 14, in clock ticks of 1/100 s.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

type Timing = { seconds: number; cpu: number; stdout: string };

/** Wall and CPU seconds of one whole process, and its standard output. */
function timed(args: string[], command: string = process.execPath): Timing {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const child = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { seconds, cpu: childrenCpu() - cpu0, stdout: child.stdout };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Each command of `commands` run `count` times, the commands taking turns (so that a change in the
 * machine's load falls on all of them alike): the median wall time of each, its CPU time (the mean:
 * /proc counts it in hundredths of a second, too coarse for a median of short processes) and its
 * first output.
 */
function interleaved(commands: string[][], count: number): Timing[] {
  const results = commands.map(() => [] as Timing[]);
  for (let run = 0; run < count; run++) {
    for (const [i, args] of commands.entries()) results[i].push(timed(args));
  }
  return results.map((timings) => ({
    seconds: median(timings.map((r) => r.seconds)),
    cpu: timings.reduce((sum, r) => sum + r.cpu, 0) / timings.length,
    stdout: timings[0].stdout,
  }));
}

const load0 = loadavg()[0];
console.log(`continuum estimate from the command line — whole processes, median of ${runs} run(s)`);
const builds = [
  ...(baselineBin === undefined ? [] : [{ name: 'baseline', bin: baselineBin }]),
  { name: baselineBin === undefined ? '' : 'this build', bin },
];
const label = (build: { name: string }, what: string) => (build.name ? `${what} (${build.name})` : what);

// Start-up: twenty runs each (they are short), all commands taking turns with a bare Node process.
const startRuns = Math.max(20, runs);
const startCommands = [
  ['-e', '0'],
  ...builds.flatMap((build) => [
    [build.bin, '--version'],
    [build.bin, '--help'],
  ]),
];
const [node, ...starts] = interleaved(startCommands, startRuns);
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
console.log('start-up (goal < 150 ms)                   wall   beyond node      cpu   beyond node');
console.log(
  `  ${'node -e 0'.padEnd(36)}${ms(node.seconds).padStart(8)}   ${''.padStart(11)} ${ms(node.cpu).padStart(8)}`,
);
builds.forEach((build, b) => {
  for (const [i, what] of ['continuum --version', 'continuum --help'].entries()) {
    const timing = starts[2 * b + i];
    console.log(
      `  ${label(build, what).padEnd(36)}${ms(timing.seconds).padStart(8)}   ${ms(timing.seconds - node.seconds).padStart(11)} ${ms(timing.cpu).padStart(8)}   ${ms(timing.cpu - node.cpu).padStart(11)}`,
    );
  }
});

type Workload = {
  name: string;
  args: string[];
  /** The same estimate in R (MultipleSystemsEstimation's own copy of the data). */
  r: string;
  expected: number;
  rSeconds: number;
  goal: number;
};
const workloads: Workload[] = [
  {
    name: 'UK6 stepwise + 1000 BCa',
    args: ['examples/lists/uk-2013-six-lists.csv', '--threshold', '0.02', '--bootstrap', '1000'],
    r: 'data(UKdat); z <- estimate_population_stepwise(UKdat, pthresh = 0.02, nboot = 1000, iseed = 1234)',
    expected: 11417.99,
    rSeconds: 204,
    goal: 100,
  },
  {
    name: 'UK5 BIC maxorder 2 + 1000 BCa',
    args: [
      'examples/lists/uk-2013-five-lists.csv',
      '--method',
      'bic',
      '--maxorder',
      '2',
      '--bootstrap',
      '1000',
    ],
    r: 'data(UKdat_5); z <- estimate_population_bic(UKdat_5, maxorder = 2, nboot = 1000, iseed = 1234)',
    expected: 22991.33,
    rSeconds: 185,
    goal: 50,
  },
  {
    name: 'UK5 BIC all models, no bootstrap',
    args: ['examples/lists/uk-2013-five-lists.csv', '--method', 'bic', '--maxorder', '4'],
    r: 'data(UKdat_5); z <- estimate_population_bic(UKdat_5, maxorder = 4, nboot = 0)',
    expected: 25311.29,
    rSeconds: 14.2,
    goal: 50,
  },
];
// R runs in one thread, so its wall time is its CPU time; ours spreads the bootstrap over every
// core, so the ratio on CPU time is the harder one, and the one that load changes least.
const rscript = 'Rscript';
const rLimit = Number(process.env.R_SECONDS ?? Number.POSITIVE_INFINITY);
const rHere =
  spawnSync(rscript, ['-e', 'library(MultipleSystemsEstimation)'], { encoding: 'utf8' }).status === 0;
console.log(
  rHere
    ? 'R: MultipleSystemsEstimation loads here, so R is timed in this run (once per workload)'
    : "R: MultipleSystemsEstimation is not installed here, so R's times are the issue's",
);
console.log(
  'workload                                        wall s   cpu s   R wall   R cpu  × R wall  × R cpu   goal   estimate',
);
for (const work of workloads) {
  const timings = interleaved(
    builds.map((build) => [build.bin, 'estimate', ...work.args, '--seed', '1234', '--json']),
    runs,
  );
  let r = { seconds: work.rSeconds, cpu: work.rSeconds, note: '(R: the issue’s)' };
  if (rHere && work.rSeconds <= rLimit) {
    const run = timed(
      [
        '-e',
        `suppressMessages(library(MultipleSystemsEstimation)); ${work.r}; cat(format(z$popest, digits = 10))`,
      ],
      rscript,
    );
    const estimate = Number(run.stdout.trim().split(/\s+/).at(-1));
    const same = Math.abs(estimate - work.expected) / work.expected < 1e-6;
    r = { seconds: run.seconds, cpu: run.cpu, note: same ? '(R: same)' : `(R gave ${estimate})` };
  }
  builds.forEach((build, b) => {
    const { seconds, cpu, stdout } = timings[b];
    const estimate = JSON.parse(stdout).estimate as number;
    const same =
      Math.abs(estimate - work.expected) / work.expected < 1e-6
        ? 'same as R'
        : `DIFFERS from ${work.expected}`;
    console.log(
      `  ${label(build, work.name).padEnd(45)} ${seconds.toFixed(2).padStart(6)} ${cpu.toFixed(2).padStart(7)} ${r.seconds.toFixed(1).padStart(8)} ${r.cpu.toFixed(1).padStart(7)} ${(r.seconds / seconds).toFixed(0).padStart(8)}× ${(r.cpu / cpu).toFixed(0).padStart(7)}× ${`${work.goal}×`.padStart(6)}   ${estimate.toFixed(2)} (${same}) ${r.note}`,
    );
  });
}
console.log(`load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores)`);
