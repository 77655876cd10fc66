// Benchmark (not a test): the web app's two budgets, measured on the built app in Debian's chromium.
//  1. JavaScript shipped for the Assess page, gzipped (target: under 200 KB): the entry script,
//     everything index.html preloads, and the worker the page starts at once (it works out the
//     questions that would settle each verdict). Chunks loaded only on demand (examples, import,
//     the continuum view…) are listed apart and not counted.
//  2. Time from an answer to updated verdicts (target: under 16 ms, one frame). An answer is a click
//     on yes / no / don't know (border crossing: it changes the smuggling verdict two times in three).
//     The clock stops when the results carry a newer revision than before the click AND every
//     verdict shown is the one the domain code gives for the new facts (computed here in Node) — a
//     MutationObserver sees it in the same microtask. The work the page defers until after that
//     frame (the questions that would settle it, from a worker; the explanation trees of two open
//     panels) is reported on its own line: answer → everything shown is for the new answer, checked
//     against the questions assess() gives in Node.
//     Three ways of answering:
//       a. scripted clicks at a human pace: each answer after the last one's work is complete;
//       b. scripted clicks in quick succession: the next answer 0–24 ms after the verdicts are shown
//          (in a later task), while the previous answers' deferred work is still running (it must be
//          dropped, and what settles must be for the last answer);
//       c. real clicks (input events through the browser, timed from the event's own timestamp), so
//          that the time an answer waits for whatever the page is busy with is counted too.
//     Baseline in the same run: the wait for the next task with no answer (the method's floor).
// Run: npx tsx bench/web.ts [answers]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { CaseFacts } from '../src/facts/schema.js';
import { assess, assessHeadline } from '../src/law/assess.js';
import { instruments } from '../src/law/instruments/index.js';
import { launchBrowser, type Running, startServer, webRoot } from '../test/e2e/harness.js';

const answers = Number(process.argv[2] ?? 300);
const realClicks = Math.max(30, Math.round(answers / 3));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const summary = (label: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  console.log(
    `${label.padEnd(58)} n=${String(values.length).padEnd(4)} median ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms  mean ${mean.toFixed(2)} ms`,
  );
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// 1. Bytes: the entry script, everything index.html preloads and the worker it starts, against the lazy chunks.
const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const initialScripts = [...initial].filter((file) => file.endsWith('.js'));
// Workers are started with new Worker(new URL('/assets/…', import.meta.url)): count every one the entry names.
for (const script of initialScripts) {
  const text = readFileSync(join(webRoot, script), 'utf8');
  for (const m of text.matchAll(/assets\/([^"'`]+\.worker-[^"'`]+\.js)/g)) initial.add(`assets/${m[1]}`);
}
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

// 2. Answer → verdicts, in the browser. What the page must show for each answer, from Node.
const cases: CaseFacts[] = [true, false, undefined].map((crossedBorder) =>
  crossedBorder === undefined ? { schemaVersion: 1 } : { schemaVersion: 1, movement: { crossedBorder } },
);
const expectedVerdicts = cases.map((facts) =>
  instruments.map((instrument) => `${instrument.id}=${assessHeadline(instrument, facts).verdict}`).join(' '),
);
const expectedQuestions = cases.map((facts) =>
  assess(facts)
    .instruments.map((r) => `${r.id}:${r.questions.map((q) => q.question).join('|')}`)
    .join(' '),
);

// Sent as text: the code runs in the page, untouched by this file's TypeScript transform.
const probe = `(() => {
  const results = document.querySelector('.results');
  let clickedAt = 0;
  document.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, true);
  const verdicts = () => [...document.querySelectorAll('.results [data-instrument]')]
    .map((el) => el.getAttribute('data-instrument') + '=' + el.querySelector('header [data-verdict]').getAttribute('data-verdict'))
    .join(' ');
  const questions = () => [...document.querySelectorAll('.results [data-instrument]')]
    .map((el) => el.getAttribute('data-instrument') + ':' + [...el.querySelectorAll('.settle li button')].map((b) => b.textContent).join('|'))
    .join(' ');
  const revision = () => Number(results.getAttribute('data-revision'));
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  // Resolves when the verdicts shown are the expected ones for a revision after 'before' (and, with
  // 'complete', when nothing shown is still updating), with the times from the click.
  const watch = (before, expected, complete) => new Promise((resolve) => {
    let verdictsAt = null;
    let questionsAt = null;
    let treesAt = null;
    const check = () => {
      if (revision() <= before) return;
      if (verdictsAt === null && verdicts() === expected) verdictsAt = performance.now();
      if (verdictsAt === null) return;
      if (questionsAt === null && results.getAttribute('data-questions-pending') === 'false') questionsAt = performance.now();
      if (treesAt === null && results.getAttribute('data-trees-pending') === 'false') treesAt = performance.now();
      if (complete && results.getAttribute('data-updating') !== 'false') return;
      observer.disconnect();
      resolve({
        verdicts: verdictsAt - clickedAt,
        complete: performance.now() - clickedAt,
        questionsDone: (questionsAt ?? performance.now()) - clickedAt,
        treesDone: (treesAt ?? performance.now()) - clickedAt,
        questions: questions(),
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(results, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
  const radios = () => [...document.querySelectorAll('[id="q-movement.crossedBorder"] input')];
  window.__bench = {
    revision, watch, verdicts, questions, nextTask,
    // a and b: scripted clicks; 'settle' waits for the deferred work before the next answer, else
    // the next answer comes 0–24 ms later (a fixed cycle of gaps), each in a task of its own.
    async scripted(count, expected, settle) {
      const out = [];
      for (let i = 0; i < count; i++) {
        if (!settle) await new Promise((resolve) => setTimeout(resolve, ((i * 7) % 5) * 6));
        const before = revision();
        const done = watch(before, expected[i % 3].verdicts, settle);
        radios()[i % 3].click();
        const t = await done;
        if (settle && t.questions !== expected[i % 3].questions) throw new Error('questions shown are not those for the answer: ' + t.questions);
        out.push(t);
      }
      return out;
    },
    async baseline(count) {
      const out = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        await nextTask();
        out.push(performance.now() - t0);
      }
      return out;
    },
    arm(expected, complete) { window.__armed = watch(revision(), expected, complete); },
  };
})()`;

type Timing = {
  verdicts: number;
  complete: number;
  questionsDone: number;
  treesDone: number;
  questions: string;
};
const expected = cases.map((_, i) => ({ verdicts: expectedVerdicts[i], questions: expectedQuestions[i] }));

async function settledQuestions(page: Page): Promise<string> {
  // A function, not a string: the page's Content-Security-Policy refuses eval, which a string
  // predicate needs once it has to be polled.
  await page.waitForFunction(
    () => document.querySelector('.results')?.getAttribute('data-updating') === 'false',
  );
  return (await page.evaluate('window.__bench.questions()')) as string;
}

let server: Running | undefined;
const browser = await launchBrowser();
try {
  server = await startServer();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/#/assess`);
  await page.locator('.results .result').first().waitFor();
  await page.locator('#section-movement summary').click();
  // Two explanation panels open, so that their trees are part of the work an answer causes.
  for (const id of ['un-smuggling-protocol', 'un-trafficking-protocol'])
    await page.locator(`.results [data-instrument="${id}"] .why > summary`).click();
  await page.evaluate(probe);

  const paced = (await page.evaluate(
    `window.__bench.scripted(${answers}, ${JSON.stringify(expected)}, true)`,
  )) as Timing[];
  const rapid = (await page.evaluate(
    `window.__bench.scripted(${answers}, ${JSON.stringify(expected)}, false)`,
  )) as Timing[];
  // After the quick answers, what settles must be for the last one (stale work dropped).
  if ((await settledQuestions(page)) !== expected[(answers - 1) % 3].questions)
    throw new Error('after quick answers, the questions shown are not those for the last answer');

  const real: Timing[] = [];
  for (let i = 0; i < realClicks; i++) {
    await page.evaluate(`window.__bench.arm(${JSON.stringify(expected[i % 3].verdicts)}, false)`);
    await page
      .locator('[id="q-movement.crossedBorder"]')
      .getByLabel(['Yes', 'No', 'Don’t know'][i % 3], { exact: true })
      .click();
    real.push((await page.evaluate('window.__armed')) as Timing);
  }
  if ((await settledQuestions(page)) !== expected[(realClicks - 1) % 3].questions)
    throw new Error('after real clicks, the questions shown are not those for the last answer');
  const baseline = (await page.evaluate(`window.__bench.baseline(${answers})`)) as number[];

  console.log(
    `answers: border crossed yes / no / don't know in turn; the smuggling verdict changes on 2 of 3; two explanation panels open`,
  );
  const a = summary(
    'a. answer → new verdicts in the DOM (paced)',
    paced.map((t) => t.verdicts),
  );
  summary(
    '   answer → questions and open explanations complete',
    paced.map((t) => t.complete),
  );
  summary(
    '     of which: answer → questions that would settle it (worker)',
    paced.map((t) => t.questionsDone),
  );
  summary(
    '     of which: answer → open explanations (after the paint)',
    paced.map((t) => t.treesDone),
  );
  const b = summary(
    'b. answer → new verdicts in the DOM (quick succession)',
    rapid.map((t) => t.verdicts),
  );
  const c = summary(
    'c. real click → new verdicts in the DOM',
    real.map((t) => t.verdicts),
  );
  const floor = summary('baseline: next task, no answer', baseline);

  // The domain's share, in Node on the same machine and the same answers.
  for (let i = 0; i < 30; i++) assess(cases[i % 3]);
  const full: number[] = [];
  const headline: number[] = [];
  for (let i = 0; i < answers; i++) {
    let t0 = performance.now();
    assess(cases[i % 3]);
    full.push(performance.now() - t0);
    t0 = performance.now();
    for (const instrument of instruments) assessHeadline(instrument, cases[i % 3]);
    headline.push(performance.now() - t0);
  }
  const fullStats = summary('assess() in Node (what every answer used to wait for)', full);
  const headStats = summary('verdicts alone in Node (what an answer waits for now)', headline);
  console.log(
    `domain work before the verdicts: ${(fullStats.median / headStats.median).toFixed(0)}× less than the full assessment (medians); answer → verdicts median ${(a.median / Math.max(floor.median, 0.1)).toFixed(0)}× the floor`,
  );
  for (const [label, stats] of [
    ['a (paced)', a],
    ['b (quick)', b],
    ['c (real clicks)', c],
  ] as const)
    console.log(
      `${label.padEnd(16)} p95 ${stats.p95.toFixed(2)} ms against a one-frame budget of 16 ms: ${stats.p95 < 16 ? 'within' : 'OVER'}`,
    );
} finally {
  await browser.close();
  await server?.close();
}
