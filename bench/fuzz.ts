// Fuzzing benchmark (not a test; test/facts/fuzz.test.ts runs a small share of it in npm test):
// generated case documents through parseFacts — what every command that reads a case file, and
// the API's case bodies, go through — and generated capture tables through parseCaptureCsv, the
// estimate command's reader. Counts crashes (anything thrown) and rejections whose problems do not
// name a path; both must be 0. Each document is checked as generated, so a million cost no memory.
// Run: npx tsx bench/fuzz.ts [documents of each kind, default 1000000] [seed]
import fc from 'fast-check';
import { parseCaptureCsv } from '../src/estimate/capture-csv.js';
import { parseFacts } from '../src/facts/validate.js';
import { badRejection, captureText, caseText, isObjectJson } from '../test/support/fuzz-inputs.js';

const count = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 20_261_202);

type Tally = {
  documents: number;
  accepted: number;
  rejected: number;
  crashes: number;
  unnamed: number;
  ms: number;
};

function fuzz(
  name: string,
  inputs: fc.Arbitrary<string>,
  read: (text: string) => { ok: true } | { ok: false; problems: Parameters<typeof badRejection>[0] },
  objectAware: boolean,
): Tally {
  const tally: Tally = { documents: 0, accepted: 0, rejected: 0, crashes: 0, unnamed: 0, ms: 0 };
  const examples: string[] = [];
  const started = performance.now();
  // fc.check with a property that never fails: fast-check generates and shrinks nothing, we count.
  fc.check(
    fc.property(inputs, (text) => {
      tally.documents++;
      try {
        const result = read(text);
        if (result.ok) tally.accepted++;
        else {
          tally.rejected++;
          const bad = badRejection(result.problems, objectAware && isObjectJson(text));
          if (bad) {
            tally.unnamed++;
            if (examples.length < 3) examples.push(`${bad} in ${JSON.stringify(text.slice(0, 120))}`);
          }
        }
      } catch (error) {
        tally.crashes++;
        if (examples.length < 3) examples.push(`${String(error)} on ${JSON.stringify(text.slice(0, 120))}`);
      }
      if (tally.documents % 100_000 === 0) {
        process.stderr.write(`  ${name}: ${tally.documents.toLocaleString('en')} …\n`);
      }
      return true;
    }),
    { numRuns: count, seed, endOnFailure: true },
  );
  tally.ms = performance.now() - started;
  console.log(
    `${name.padEnd(16)} ${tally.documents.toLocaleString('en').padStart(10)} documents in ${(tally.ms / 1000).toFixed(0)} s: ` +
      `${tally.accepted.toLocaleString('en')} accepted, ${tally.rejected.toLocaleString('en')} rejected; ` +
      `${tally.crashes} crashes, ${tally.unnamed} rejections without a path`,
  );
  for (const example of examples) console.log(`  e.g. ${example}`);
  return tally;
}

console.log(`fuzzing with seed ${seed}, ${count.toLocaleString('en')} documents of each kind`);
const cases = fuzz('case documents', caseText, parseFacts, true);
const tables = fuzz('capture tables', captureText, parseCaptureCsv, false);
const failures = cases.crashes + cases.unnamed + tables.crashes + tables.unnamed;
console.log(
  `${(cases.documents + tables.documents).toLocaleString('en')} documents in all; ${failures} failures`,
);
process.exitCode = failures > 0 ? 1 : 0;
