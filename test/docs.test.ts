import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
