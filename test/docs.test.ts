import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyMarkdown } from '../src/facts/vocabulary-doc.js';
import { factsToElements, factsToElementsMarkdown } from '../src/law/render/facts-table.js';

describe('docs/facts-to-elements.md', () => {
  it('is current (run `npm run schema` after changing a rule or the vocabulary)', () => {
    expect(readFileSync('docs/facts-to-elements.md', 'utf8')).toBe(factsToElementsMarkdown());
  });

  it('lists the elements that read a fact, with their instrument and article', () => {
    const uses = factsToElements().get('recruitment.deceivedAbout.wages') ?? [];
    expect(uses.some((use) => use.instrument === 'un-trafficking-protocol')).toBe(true);
    expect(uses.some((use) => use.instrument === 'ilo-forced-labour-convention')).toBe(true);
    expect(factsToElements().has('status.rightToWork')).toBe(false);
  });
});

describe('docs/facts.md', () => {
  it('is current (run `npm run schema` after changing the vocabulary or its questions)', () => {
    expect(readFileSync('docs/facts.md', 'utf8')).toBe(vocabularyMarkdown());
  });

  it('says what values each fact takes', () => {
    const doc = vocabularyMarkdown();
    expect(doc).toContain('| `person.gender` | `female`, `male`, `other` |');
    expect(doc).toMatch(/\| `events\.from` \| a date, `YYYY-MM-DD` \|/);
    expect(doc).toContain('`schemaVersion: 1` is **required**');
  });
});
