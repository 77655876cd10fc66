// Benchmark (not a test): the web app's two budgets, measured on the built app in Debian's chromium.
//  1. JavaScript shipped for the Assess page, gzipped (target: under 200 KB). Chunks loaded only on
//     demand (examples, import, the continuum view) are listed apart and not counted.
//  2. Time from an answer to updated verdicts (target: under 16 ms, one frame): click a yes/no/don't
//     know answer that changes verdicts, then wait for the next task, by which time the assessment
//     has run and the page has re-rendered. Baseline in the same run: the same wait with no click.
// Run: npx tsx bench/web.ts [answers]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { assess } from '../src/law/assess.js';
import { launchBrowser, type Running, startServer, webRoot } from '../test/e2e/harness.js';

const answers = Number(process.argv[2] ?? 300);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const summary = (label: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  console.log(
    `${label.padEnd(34)} n=${values.length}  median ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms  mean ${mean.toFixed(2)} ms`,
  );
  return percentile(sorted, 95);
};

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// 1. Bytes: the entry script and everything index.html preloads, against the lazy chunks.
const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
let initialJs = 0;
let initialCss = 0;
let lazy = 0;
for (const file of readdirSync(join(webRoot, 'assets'))) {
  const path = join(webRoot, 'assets', file);
  const gz = gzipSync(readFileSync(path)).length;
  if (initial.has(`assets/${file}`)) {
    if (file.endsWith('.js')) initialJs += gz;
    else initialCss += gz;
    console.log(
      `  initial  ${file.padEnd(40)} ${(statSync(path).size / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`,
    );
  } else {
    lazy += gz;
  }
}
console.log(
  `JavaScript for the Assess page: ${(initialJs / 1024).toFixed(1)} KB gzipped (target < 200 KB); CSS ${(initialCss / 1024).toFixed(1)} KB; lazy chunks ${(lazy / 1024).toFixed(1)} KB`,
);

// 2. Answer → verdicts, in the browser.
let server: Running | undefined;
const browser = await launchBrowser();
try {
  server = await startServer();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/#/assess`);
  await page.locator('.results .result').first().waitFor();
  await page.locator('#section-movement summary').click();
  // Sent as text: the code runs in the page, untouched by this file's TypeScript transform.
  const timings = (await page.evaluate(`(async (count) => {
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const radios = [...document.querySelectorAll('[id="q-movement.crossedBorder"] input')];
    const verdict = () => document
      .querySelector('[data-instrument="un-smuggling-protocol"] header [data-verdict]')
      ?.getAttribute('data-verdict');
    const answer = [];
    const baseline = [];
    let changed = 0;
    for (let i = 0; i < count; i++) {
      const before = verdict();
      const t0 = performance.now();
      radios[i % 3].click();
      await nextTask();
      answer.push(performance.now() - t0);
      if (verdict() !== before) changed++;
      const t1 = performance.now();
      await nextTask();
      baseline.push(performance.now() - t1);
    }
    return { answer, baseline, changed };
  })(${answers})`)) as { answer: number[]; baseline: number[]; changed: number };
  console.log(
    `verdict changed after ${timings.changed} of ${answers} answers (yes / no / don't know in turn)`,
  );
  const p95 = summary('answer → verdicts re-rendered', timings.answer);
  summary('baseline: next task, no answer', timings.baseline);
  // The domain's share, in Node on the same machine and the same answers: what no rendering can save.
  const cases = [true, false, undefined].map((crossedBorder) =>
    crossedBorder === undefined
      ? { schemaVersion: 1 as const }
      : { schemaVersion: 1 as const, movement: { crossedBorder } },
  );
  for (let i = 0; i < 30; i++) assess(cases[i % 3]);
  const domain: number[] = [];
  for (let i = 0; i < answers; i++) {
    const t0 = performance.now();
    assess(cases[i % 3]);
    domain.push(performance.now() - t0);
  }
  summary('assess() alone, in Node', domain);
  console.log(
    `p95 ${p95.toFixed(2)} ms against a one-frame budget of 16 ms: ${p95 < 16 ? 'within' : 'OVER'}`,
  );
} finally {
  await browser.close();
  await server?.close();
}
