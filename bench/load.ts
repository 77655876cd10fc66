// Load benchmark (not a test), on loopback only and bounded in time: 100 concurrent clients for
// 10 s each on POST /api/assess and on authenticated case reads (each read also writes an audit
// row) against `continuum serve` on the embedded store, each beside its floor — a plain Fastify
// route returning the same bytes (bench/floor-server.ts), measured in the same run — and a static
// page as a check on how busy the machine is. Reports requests per second, the share of the floor,
// p50/p99 latency and errors (the target is 0 errors). Goals (issue 16): assess ≥ 500 req/s with
// p99 < 100 ms at 100 connections; case reads p99 < 50 ms. Each route's run and its floor's follow
// a warm-up run of the same requests (5 s, LOAD_WARMUP=seconds to change it), reported but not counted:
// the figures are those of a server that has been running, not of its first seconds, while V8
// still compiles the code (after a start, about 3 s at a third of the speed; the warm-up line
// shows it).
// Run: npm run bench:load -- [seconds per run] [connections]   (builds dist/ first; LOAD_DATABASE_URL=…
// for PostgreSQL, LOAD_ONLY=assess,read,mixed for some of the runs, LOAD_BIN=… another build's
// bin/continuum.js, LOAD_PROFILE=dir to write the server's CPU profiles there)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

type Result = {
  /** CPU milliseconds the answering process used during the run (see cpuMs). */
  cpu?: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
};
type Options = {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Options) => Promise<Result>;

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 100);
const password = 'load-test password 1';
// LOAD_ONLY=assess,read,mixed (any of them) runs only those, between the two static-page runs.
const only = process.env.LOAD_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);
const warmupSeconds = Number(process.env.LOAD_WARMUP ?? 5);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'continuum-load-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// The embedded store by default; LOAD_DATABASE_URL=postgres://… measures a PostgreSQL server instead.
const env: NodeJS.ProcessEnv = { ...process.env, CONTINUUM_ADMIN_PASSWORD: password };
delete env.DATABASE_URL;
if (process.env.LOAD_DATABASE_URL) env.DATABASE_URL = process.env.LOAD_DATABASE_URL;
const storeName = process.env.LOAD_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite store';
// The server as `npm start` runs it: the built command line (npm run bench:load builds it first);
// LOAD_BIN=path/to/bin/continuum.js measures another build (e.g. a copy made before a change).
const bin = process.env.LOAD_BIN ?? 'bin/continuum.js';
const server = spawn(
  process.execPath,
  [
    ...(process.env.LOAD_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.LOAD_PROFILE] : []),
    bin,
    'serve',
    '--port',
    String(port),
    '--data',
    dataDir,
    '--rate-limit',
    '0',
  ],
  { env, stdio: ['ignore', 'pipe', 'inherit'] },
);
let floorServer: ReturnType<typeof spawn> | null = null;
const stop = () => {
  server.kill('SIGTERM');
  floorServer?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};

/**
 * CPU milliseconds a child process has used so far, all its threads (user + system, from Linux's
 * /proc; NaN elsewhere). On a machine others load too, a route's throughput and latency say as
 * much about them as about us; the server's CPU time per request says what a request costs.
 */
function cpuMs(child: ReturnType<typeof spawn> | null): number {
  try {
    const fields = readFileSync(`/proc/${child?.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Runs autocannon and notes the CPU time the process answering used meanwhile. */
async function measured(options: Options, answering: ReturnType<typeof spawn> | null) {
  const before = cpuMs(answering);
  const result = await autocannon(options);
  return { ...result, cpu: cpuMs(answering) - before };
}

function started(child: ReturnType<typeof spawn>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a server did not start within 120 s')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`a server exited (${code})`)));
  });
}

try {
  await started(server);

  const login = await fetch(`${base}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const facts = readFileSync('examples/cases/labour-trafficking-deception.json', 'utf8');
  const saved = await fetch(`${base}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: facts,
  });
  const { case: record } = (await saved.json()) as { case: { id: string } };

  // The floor server answers with the bytes the real server gives for the same two requests.
  const assessBytes = Buffer.from(
    await (
      await fetch(`${base}/api/assess`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: facts,
      })
    ).arrayBuffer(),
  );
  const readBytes = Buffer.from(
    await (await fetch(`${base}/api/cases/${record.id}`, { headers: { cookie } })).arrayBuffer(),
  );
  writeFileSync(join(dataDir, 'assess.json'), assessBytes);
  writeFileSync(join(dataDir, 'read.json'), readBytes);
  const floorPort = await freePort();
  const floorBase = `http://127.0.0.1:${floorPort}`;
  floorServer = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/floor-server.ts',
      String(floorPort),
      join(dataDir, 'assess.json'),
      join(dataDir, 'read.json'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await started(floorServer);

  const staticPage = (): Options => ({ url: `${base}/`, connections, duration: seconds });
  const assessRun = (n: number, at = base): Options => ({
    url: `${at}/api/assess`,
    connections: n,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: facts,
  });
  const readRun = (n: number, at = base): Options => ({
    url: `${at}/api/cases/${record.id}`,
    connections: n,
    duration: seconds,
    headers: { cookie },
  });

  const statuses = (result: Result) => {
    const odd = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'));
    return odd.length > 0 ? `: ${odd.map(([code, { count }]) => `${count} × ${code}`).join(', ')}` : '';
  };
  const report = (label: string, result: Result, floor?: Result) => {
    const errors = result.errors + result.timeouts + result.non2xx;
    const rate = result.requests.average;
    const ratio = floor ? ` (${((100 * rate) / floor.requests.average).toFixed(0)}% of floor)` : '';
    const cpu =
      result.cpu !== undefined && result.requests.total > 0
        ? `  CPU ${(result.cpu / result.requests.total).toFixed(2).padStart(5)} ms/req`
        : '';
    console.log(
      `${label.padEnd(44)} ${rate.toFixed(0).padStart(6)} req/s${ratio.padEnd(19)} p50 ${String(result.latency.p50).padStart(5)} ms  p99 ${String(result.latency.p99).padStart(5)} ms  max ${String(result.latency.max).padStart(5)} ms${cpu}  ${result.requests.total} requests, ${errors} errors${errors ? ` (${result.errors} socket, ${result.timeouts} timeouts, ${result.non2xx} non-2xx${statuses(result)})` : ''}`,
    );
    return errors;
  };

  console.log(
    `${connections} connections, ${seconds} s per run, loopback, ${storeName}; ${availableParallelism()} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; assessment ${assessBytes.length} bytes, case ${readBytes.length} bytes`,
  );
  let errors = 0;
  /** The same requests for warmupSeconds first, reported as a warm-up; its errors count too. */
  const warmedUp = async (label: string, options: Options) => {
    if (warmupSeconds <= 0) return;
    errors += report(`  warm-up: ${label}`, await autocannon({ ...options, duration: warmupSeconds }));
  };
  const first = await autocannon(staticPage());
  errors += report('static page GET / (machine check)', first);
  if (wanted('assess')) {
    await warmedUp('floor', assessRun(connections, floorBase));
    const floor = await measured(assessRun(connections, floorBase), floorServer);
    report('floor: plain route, same bytes as assess', floor);
    await warmedUp('POST /api/assess', assessRun(connections));
    errors += report(
      'POST /api/assess (example case)',
      await measured(assessRun(connections), server),
      floor,
    );
  }
  if (wanted('read')) {
    await warmedUp('floor', readRun(connections, floorBase));
    const floor = await measured(readRun(connections, floorBase), floorServer);
    report('floor: plain route, same bytes as the read', floor);
    await warmedUp('GET /api/cases/:id', readRun(connections));
    errors += report(
      'GET /api/cases/:id (logged in, audited)',
      await measured(readRun(connections), server),
      floor,
    );
  }
  if (wanted('mixed')) {
    // Both at once, half the clients each: case reads must not starve behind assessments.
    const half = Math.max(1, Math.floor(connections / 2));
    const [mixedAssess, mixedRead] = await Promise.all([
      autocannon(assessRun(half)),
      autocannon(readRun(half)),
    ]);
    errors += report(`  mixed: POST /api/assess (${half} clients)`, mixedAssess);
    errors += report(`  mixed: GET /api/cases/:id (${half} clients)`, mixedRead);
  }
  const last = await autocannon(staticPage());
  errors += report('static page again', last);
  console.log(
    `static page moved ${((100 * (last.requests.average - first.requests.average)) / first.requests.average).toFixed(0)}% between first and last run (other load on the machine); ${errors} errors in all`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
} finally {
  stop();
}
