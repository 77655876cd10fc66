// Benchmark: the continuum on generated cases, beside the instruments' verdicts on the same cases
// (the baseline), in the same run. Not a test: it reports, it does not assert.
// Run: npx tsx bench/continuum.ts [count]
import fc from 'fast-check';
import { bandPlacementOf, bandRangeOf } from '../src/continuum/bands.js';
import { profileOf } from '../src/continuum/profile.js';
import { scenarios } from '../src/continuum/scenarios.js';
import { whatIf } from '../src/continuum/whatif.js';
import { instruments } from '../src/law/instruments/index.js';
import { readerFor, truthOf } from '../src/law/logic/evaluate.js';
import { arbitraryFacts } from '../test/support/arbitrary-facts.js';

const count = Number(process.argv[2] ?? 2000);
const cases = fc.sample(arbitraryFacts, { numRuns: count, seed: 20261128 });

// CPU time of this process, so other load on the machine does not count.
function time(label: string, fn: () => number): number {
  const cpuStart = process.cpuUsage();
  const sink = fn();
  const cpu = process.cpuUsage(cpuStart);
  const perCase = ((cpu.user + cpu.system) / 1e6 / count) * 1e6;
  console.log(`${label.padEnd(44)} ${perCase.toFixed(1).padStart(9)} µs/case  (${sink})`);
  return perCase;
}

for (let i = 0; i < Math.min(200, count); i++) bandPlacementOf(readerFor(cases[i]));

const base = time('instrument verdicts (baseline)', () => {
  let met = 0;
  for (const facts of cases) {
    const read = readerFor(facts);
    for (const instrument of instruments) if (truthOf(instrument.rule, read) === 'met') met++;
  }
  return met;
});
const range = time('band range', () => {
  let n = 0;
  for (const facts of cases) n += bandRangeOf(readerFor(facts)).lowest.length;
  return n;
});
const profile = time('Delphi profile (with pivotal facts)', () => {
  let n = 0;
  for (const facts of cases) n += profileOf(readerFor(facts)).pivotal.length;
  return n;
});
const placement = time('band placement (with one-fact moves)', () => {
  let n = 0;
  for (const facts of cases) n += bandPlacementOf(readerFor(facts)).up.length;
  return n;
});
const whatifs = time('every what-if scenario', () => {
  let n = 0;
  for (const facts of cases) for (const scenario of scenarios) n += whatIf(facts, scenario).patch.length;
  return n;
});

console.log('');
console.log(`cases: ${count}, node ${process.version}; relative to the instrument verdicts:`);
for (const [label, value] of [
  ['band range', range],
  ['profile', profile],
  ['placement', placement],
  ['what-ifs', whatifs],
] as const) {
  console.log(`  ${label.padEnd(12)} ${(value / base).toFixed(1)}×`);
}
