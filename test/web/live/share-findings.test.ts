// Reusing unchanged subtrees of the previous explanation must never change what the tree says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../../src/law/instruments/index.js';
import { evaluate, type Finding, readerFor } from '../../../src/law/logic/evaluate.js';
import { shareUnchanged } from '../../../src/web/live/share-findings.js';
import { arbitraryFacts } from '../../support/arbitrary-facts.js';

const trafficking = instruments.find((i) => i.id === 'un-trafficking-protocol')!;
const tree = (facts: unknown) => evaluate(trafficking.rule, readerFor(facts));

function nodes(finding: Finding, out = new Set<Finding>()): Set<Finding> {
  out.add(finding);
  for (const child of finding.children ?? []) nodes(child, out);
  return out;
}

describe('shareUnchanged', () => {
  it('keeps the whole previous tree when nothing changed', () => {
    const before = tree({ schemaVersion: 1, movement: { crossedBorder: true } });
    const after = shareUnchanged(before, tree({ schemaVersion: 1, movement: { crossedBorder: true } }));
    expect(after).toBe(before);
  });

  it('replaces only the branches an answer touched', () => {
    const before = tree({ schemaVersion: 1 });
    const fresh = tree({ schemaVersion: 1, exploitation: { kinds: ['forced_labour'] } });
    const after = shareUnchanged(before, fresh);
    expect(after).toEqual(fresh);
    expect(after).not.toBe(before);
    const kept = [...nodes(after)].filter((node) => nodes(before).has(node));
    // The act and the means read no exploitation facts: they are the previous objects.
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(nodes(after).size);
  });

  it('never changes what the new tree says, on random pairs of cases', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (first, second) => {
        const fresh = tree(second);
        expect(shareUnchanged(tree(first), fresh)).toEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });
});
