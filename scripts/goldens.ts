// Writes examples/goldens/<case>.<lang>.txt (`npm run goldens`); test/i18n/goldens.test.ts fails when stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseFacts } from '../src/facts/validate.js';
import { goldenCases, goldenLanguages, goldenText } from '../src/i18n/goldens.js';

mkdirSync('examples/goldens', { recursive: true });
for (const name of goldenCases) {
  const parsed = parseFacts(readFileSync(`examples/cases/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`examples/cases/${name}.json is not a valid case`);
  for (const lang of goldenLanguages) {
    writeFileSync(`examples/goldens/${name}.${lang}.txt`, goldenText(parsed.facts, lang));
  }
}
console.log(`wrote ${goldenCases.length * goldenLanguages.length} files in examples/goldens/`);
