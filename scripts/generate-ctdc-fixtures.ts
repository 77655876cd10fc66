// Writes the small made-up CTDC fixtures in test/fixtures/ctdc/ (seeded: the same files every run).
// Run: npx tsx scripts/generate-ctdc-fixtures.ts
import { writeFileSync } from 'node:fs';
import { ctdcFormats } from '../src/data/ctdc-format.js';
import { ctdcCsv } from '../test/support/ctdc-generator.js';

for (const [i, format] of ctdcFormats.entries()) {
  const path = `test/fixtures/ctdc/${format}.csv`;
  writeFileSync(path, ctdcCsv({ format, rows: 200, seed: 11 + i, badShare: 0.03 }));
  process.stdout.write(`wrote ${path}\n`);
}

// People on three organisations' lists, caught independently (30%, 40%, 25%) out of 800: those on
// no list are not in the file. Independent lists: a main-effects estimate should come near 800.
const lists = 'test/fixtures/ctdc/lists-synthetic.csv';
writeFileSync(
  lists,
  ctdcCsv({
    format: 'ctdc-synthetic-2024',
    rows: 800,
    seed: 31,
    lists: [
      { name: 'NGO', p: 0.3 },
      { name: 'Police', p: 0.4 },
      { name: 'Hotline', p: 0.25 },
    ],
  }),
);
process.stdout.write(`wrote ${lists}\n`);
