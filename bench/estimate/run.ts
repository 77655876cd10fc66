// Benchmarks for the MSE engine (issue 3): the three R reference timings on this kind of machine
// and their targets (50× faster, identical point estimates, < 500 MB):
//   UK six lists, stepwise (p = 0.02), 1000 bootstrap replicates  — R 204 s, target 4 s
//   UK five lists, BIC maxorder 2, 1000 bootstrap replicates      — R 185 s, target 3.7 s
//   UK five lists, BIC over all models (maxorder 4), no bootstrap — R 26 s,  target 0.5 s
// Each is compared with a plain loop of log-linear fits measured in the same run.
//
// Run `npm run build` first to use worker threads (they need the compiled dist/); otherwise the
// bootstrap runs in one thread. Usage: npx tsx bench/estimate/run.ts [replicates=1000] [threads]
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type * as EstimateModule from '../../src/estimate/estimate.js';
import type * as ExistenceModule from '../../src/estimate/existence.js';
import type * as HierarchyModule from '../../src/estimate/hierarchical-model.js';
import type * as HighsModule from '../../src/estimate/highs-lp.js';
import type * as FitModule from '../../src/estimate/loglinear-fit.js';
import type * as PoolModule from '../../src/estimate/parallel/bootstrap-pool.js';
import { ukdat, ukdat5 } from '../../test/estimate/reference-data.js';

const replicates = Number(process.argv[2] ?? 1000);
const threads = Number(process.argv[3] ?? availableParallelism());
const dist = new URL('../../dist/estimate/', import.meta.url);
const useDist = existsSync(fileURLToPath(new URL('parallel/bootstrap-worker.js', dist)));
const base = useDist ? dist : new URL('../../src/estimate/', import.meta.url);
const ext = useDist ? '.js' : '.ts';
const load = <T>(name: string): Promise<T> => import(new URL(`${name}${ext}`, base).href) as Promise<T>;

const { pointEstimate, bootstrapTaskFor, intervalFrom } = await load<typeof EstimateModule>('estimate');
const { cachedExistenceChecker } = await load<typeof ExistenceModule>('existence');
const { loadHighsSolver } = await load<typeof HighsModule>('highs-lp');
const { mainEffects } = await load<typeof HierarchyModule>('hierarchical-model');
const { fitModel, prepareTable } = await load<typeof FitModule>('loglinear-fit');
const { runBootstrap } = await load<typeof PoolModule>('parallel/bootstrap-pool');

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

type Row = {
  name: string;
  wall: number;
  cpu: number;
  estimate: number;
  expected: number;
  target: number;
  r: number;
};
const rows: Row[] = [];

async function measure(
  name: string,
  expected: number,
  target: number,
  rSeconds: number,
  work: () => Promise<number>,
) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const estimate = await work();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  rows.push({ name, wall, cpu: (cpu.user + cpu.system) / 1e6, estimate, expected, target, r: rSeconds });
}

// Baseline: a plain loop of main-effects fits of the six-list table.
const prepared6 = prepareTable(ukdat);
const baselineFits = 2000;
const b0 = performance.now();
for (let i = 0; i < baselineFits; i++) fitModel(prepared6, mainEffects(6));
const perFit = (performance.now() - b0) / 1000 / baselineFits;

const checker = cachedExistenceChecker(await loadHighsSolver());

async function withBootstrap(
  table: typeof ukdat,
  options: Parameters<typeof pointEstimate>[2],
): Promise<number> {
  const point = pointEstimate(table, checker, options);
  if (!point) throw new Error('no estimate');
  const draws = await runBootstrap(bootstrapTaskFor(point, 1234, replicates), { threads });
  const interval = intervalFrom(point, checker, draws, 0.95);
  process.stderr.write(
    `  ${options.method}: BCa ${interval.interval?.lower.toFixed(0)}–${interval.interval?.upper.toFixed(0)}\n`,
  );
  return point.selection.fit.abundance;
}

await measure('UK6 stepwise + bootstrap', 11417.99, 4, 204, () =>
  withBootstrap(ukdat, { method: 'stepwise' }),
);
await measure('UK5 BIC maxorder 2 + bootstrap', 22991.33, 3.7, 185, () =>
  withBootstrap(ukdat5, { method: 'bic', maxOrder: 2 }),
);
await measure('UK5 BIC maxorder 4, no bootstrap', 25311.29, 0.5, 26, async () => {
  const point = pointEstimate(ukdat5, cachedExistenceChecker(await loadHighsSolver()), {
    method: 'bic',
    maxOrder: 4,
  });
  return point?.selection.fit.abundance ?? Number.NaN;
});
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

console.log(
  `MSE benchmarks — ${replicates} replicates, ${useDist ? `${threads} worker thread(s) (dist/)` : 'one thread (src/, run npm run build for workers)'}`,
);
console.log(`plain fit loop: ${(perFit * 1e3).toFixed(3)} ms per main-effects fit (6 lists)`);
console.log(
  'scenario                              wall s   cpu s   ×plain fits   vs R    target  estimate (expected)',
);
for (const row of rows) {
  const same = Math.abs(row.estimate - row.expected) / row.expected < 1e-6 ? 'same' : 'DIFFERENT';
  console.log(
    `${row.name.padEnd(36)} ${row.wall.toFixed(2).padStart(7)} ${row.cpu.toFixed(2).padStart(7)} ${Math.round(
      row.wall / perFit,
    )
      .toString()
      .padStart(
        12,
      )} ${(row.r / row.wall).toFixed(0).padStart(5)}×  ${row.target.toFixed(1).padStart(5)} s  ${row.estimate.toFixed(2)} (${row.expected}, ${same})`,
  );
}
console.log(
  `peak resident memory: ${(peakRss / 2 ** 20).toFixed(0)} MB (main thread and workers share the process)`,
);
