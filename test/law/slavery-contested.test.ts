// Slavery by control alone is open because the law is contested, not because facts are missing:
// no completion of the facts can make it met (Bellagio–Harvard reading of 1926 Art 1(1); the courts
// divide: Siliadin §122 against Kunarac §117–119 and Brasil Verde). A power of ownership shown
// meets it; a finding that none was exercised defeats it.
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess } from '../../src/law/assess.js';
import { findInstrument } from '../../src/law/instruments/index.js';
import { slaveryConvention } from '../../src/law/instruments/slavery-convention-1926.js';
import { evaluate, readerFor } from '../../src/law/logic/evaluate.js';
import { participationLists } from '../../src/law/participation/index.js';
import { assessCompact } from '../../src/law/render/compact.js';

const judge = (facts: Omit<CaseFacts, 'schemaVersion'>) =>
  evaluate(slaveryConvention.rule, readerFor({ schemaVersion: 1, ...facts }));

describe('slavery by control alone', () => {
  const locked = { control: { physicallyConfined: true, violence: true } };

  it('is undetermined when control is shown and no power of ownership is recorded', () => {
    // Control shown; no power of ownership shown, and whether one was exercised is not recorded.
    const finding = judge(locked);
    expect(finding.value).toBe('undetermined');
  });

  it('is never met, whatever else the facts add short of a power of ownership', () => {
    const finding = judge({
      ...locked,
      movement: { transferredOrSold: true },
      exploitation: { kinds: ['labour'], livesOnEmployersPremises: true, believedSituationPermanent: true },
      control: { ...locked.control, freeToLeave: false, threatsOfViolence: true, documentsConfiscated: true },
    });
    expect(finding.value).toBe('undetermined');
  });

  it('its contested node is open because of the law, not the facts', () => {
    const finding = judge(locked);
    const controlAlone = find(finding, 'control-alone');
    expect(controlAlone?.value).toBe('undetermined');
    expect(controlAlone?.openBecause).toBe('law');
  });

  it('is met with a power of ownership and defeated by a finding that none was exercised', () => {
    expect(judge({ ...locked, exploitation: { treatedAsProperty: true } }).value).toBe('met');
    expect(judge({ ...locked, exploitation: { treatedAsProperty: false } }).value).toBe('not_met');
  });
});

describe('the contested reading in an instrument that meets it twice', () => {
  // The ECHR meets control alone under Art 4(1) and again under the 1926 definition its trafficking
  // limb reads slavery by; the Modern Slavery Act in s1 and again in s3. An open verdict names the
  // reading once, cited by the instrument's own limb (the ECHR's Art 4(1), as Siliadin §122 reads it;
  // the Act's s1), in both contracts and both modes (as found, the law alone leaves it open).
  const facts: CaseFacts = { schemaVersion: 1, control: { physicallyConfined: true, violence: true } };
  const cases = [
    { id: 'echr-article-4', instrument: 'European Convention on Human Rights', article: 'Art 4(1)' },
    { id: 'uk-modern-slavery-act', instrument: 'Modern Slavery Act 2015', article: /^s1\(1\)\(a\)/ },
  ];
  for (const { id, instrument, article } of cases) {
    it(`${id}: cited by its own limb, in investigation and as found`, () => {
      const chosen = [findInstrument(id)!];
      for (const asFound of [false, true]) {
        const full = assess(facts, { instruments: chosen, asFound }).instruments[0]!;
        const compact = assessCompact(
          facts,
          { instruments: chosen, asFound, participation: participationLists },
          [],
        ).instruments[0]!;
        for (const result of [full, compact]) {
          expect(result.verdict).toBe('undetermined');
          // In investigation a power of ownership not recorded could still settle it; as found, only the law leaves it open.
          expect(result.openBecause).toBe(asFound ? 'law' : 'facts');
          const points = (result.contested ?? []).filter((point) => point.id === 'control-alone');
          expect(points).toHaveLength(1);
          expect(points[0]!.cite?.instrument).toBe(instrument);
          expect(points[0]!.cite?.article).toMatch(article);
        }
      }
    });
  }
});

type Node = { id: string; value: string; openBecause?: string; children?: Node[] };
function find(node: Node, id: string): Node | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}
