// Slavery by control alone is open because the law is contested, not because facts are missing:
// no completion of the facts can make it met (Bellagio–Harvard reading of 1926 Art 1(1); the courts
// divide: Siliadin §122 against Kunarac §117–119 and Brasil Verde). A power of ownership shown
// meets it; a finding that none was exercised defeats it.
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { slaveryConvention } from '../../src/law/instruments/slavery-convention-1926.js';
import { evaluate, readerFor } from '../../src/law/logic/evaluate.js';

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

type Node = { id: string; value: string; openBecause?: string; children?: Node[] };
function find(node: Node, id: string): Node | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}
