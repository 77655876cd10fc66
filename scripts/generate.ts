// Writes the generated files: schema/case-facts.schema.json, docs/facts-to-elements.md and docs/facts.md.
// `npm run schema`; tests fail when either is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseFactsJsonSchema } from '../src/facts/json-schema.js';
import { vocabularyMarkdown } from '../src/facts/vocabulary-doc.js';
import { factsToElementsMarkdown } from '../src/law/render/facts-table.js';

mkdirSync('schema', { recursive: true });
mkdirSync('docs', { recursive: true });
writeFileSync('schema/case-facts.schema.json', `${JSON.stringify(caseFactsJsonSchema(), null, 2)}\n`);
writeFileSync('docs/facts-to-elements.md', factsToElementsMarkdown());
writeFileSync('docs/facts.md', vocabularyMarkdown());
console.log('wrote schema/case-facts.schema.json, docs/facts-to-elements.md and docs/facts.md');
