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
