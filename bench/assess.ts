// Benchmark: assess 100k generated cases with every instrument, beside JSON.parse of the same cases
// (the floor), in the same run. Not a test: it reports, it does not assert.
// Run: npx tsx bench/assess.ts [count]
import fc from 'fast-check';
import { assess } from '../src/law/assess.js';
import { instruments } from '../src/law/instruments/index.js';
import { asFound } from '../src/law/logic/as-found.js';
import { readerFor, truthOf } from '../src/law/logic/evaluate.js';
import { arbitraryFacts } from '../test/support/arbitrary-facts.js';

const count = Number(process.argv[2] ?? 100_000);
const cases = fc.sample(arbitraryFacts, { numRuns: count, seed: 20261128 });
const texts = cases.map((c) => JSON.stringify(c));

// CPU time (user + system) of this process, so that other load on the machine does not count;
// wall time is printed beside it.
function time(label: string, fn: () => number): number {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const sink = fn();
  const cpu = process.cpuUsage(cpuStart);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perCase = (cpuSeconds / count) * 1e6;
  console.log(
    `${label.padEnd(40)} cpu ${cpuSeconds.toFixed(3)} s  wall ${wall.toFixed(3)} s  ${perCase.toFixed(2)} µs/case  (${sink})`,
  );
  return perCase;
}

// Warm up the JIT on a slice so the measured runs compare like with like.
for (let i = 0; i < Math.min(2000, count); i++) assess(cases[i]);

const floor = time('JSON.parse (floor)', () => {
  let n = 0;
  for (const text of texts) n += Object.keys(JSON.parse(text)).length;
  return n;
});
const verdicts = time('verdicts only (all instruments)', () => {
  let met = 0;
  for (const facts of cases) {
    const read = readerFor(facts);
    for (const instrument of instruments) if (truthOf(instrument.rule, read) === 'met') met++;
  }
  return met;
});
// The six international definitions (the foundation's set, which the 50 µs target was set for).
const international = instruments.filter((i) => i.level !== 'national' && i.temporal !== 'in_force');
const verdictsInternational = time(`verdicts only (${international.length} international)`, () => {
  let met = 0;
  for (const facts of cases) {
    const read = readerFor(facts);
    for (const instrument of international) if (truthOf(instrument.rule, read) === 'met') met++;
  }
  return met;
});
// The same, deciding on the facts as found (every fact not recorded is not established).
const asFoundRules = international.map((i) => asFound(i.rule));
const verdictsAsFound = time(`verdicts as found (${international.length} international)`, () => {
  let met = 0;
  for (const facts of cases) {
    const read = readerFor(facts);
    for (const rule of asFoundRules) if (truthOf(rule, read) === 'met') met++;
  }
  return met;
});
const full = time('assess: finding trees + pivotal facts', () => {
  let pivotal = 0;
  for (const facts of cases) for (const result of assess(facts).instruments) pivotal += result.pivotal.length;
  return pivotal;
});
const withParse = time('JSON.parse + assess', () => {
  let n = 0;
  for (const text of texts) n += assess(JSON.parse(text)).instruments.length;
  return n;
});

console.log('');
console.log(`cases: ${count}, instruments: ${instruments.length}, node ${process.version}`);
console.log(`verdicts only: ${(verdicts / floor).toFixed(1)}× the JSON.parse floor`);
console.log(
  `verdicts, ${international.length} international definitions: ${verdictsInternational.toFixed(1)} µs/case; target < 50 µs → ${verdictsInternational < 50 ? 'met' : 'NOT met'}`,
);
console.log(
  `verdicts as found, ${international.length} international definitions: ${verdictsAsFound.toFixed(1)} µs/case; target < 50 µs → ${verdictsAsFound < 50 ? 'met' : 'NOT met'}`,
);
console.log(
  `full assessment (finding trees + pivotal facts): ${(full / floor).toFixed(1)}× the floor (the 50 µs target is for verdicts)`,
);
console.log(`parse + assess: ${withParse.toFixed(2)} µs/case`);
console.log(`peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
