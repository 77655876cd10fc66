// The compact assessment contract (schemaVersion 2): what it keeps from version 1, the elements that
// decided each verdict with the facts behind them, and the trees only on request.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess } from '../../src/law/assess.js';
import { findInstrument, instruments } from '../../src/law/instruments/index.js';
import { evaluate, evaluateLazily, type Finding, readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { participationLists } from '../../src/law/participation/index.js';
import { assessCompact, compactAssessment } from '../../src/law/render/compact.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

const examples = readdirSync('examples/cases').map(
  (name) => JSON.parse(readFileSync(`examples/cases/${name}`, 'utf8')) as CaseFacts,
);

/** A case holding only the given facts (and the event dates, which choose the law in force). */
function only(facts: CaseFacts, readings: Array<{ path: string; value: unknown }>): CaseFacts {
  const out: Record<string, unknown> = { schemaVersion: 1 };
  if (facts.events) out.events = facts.events;
  for (const { path, value } of readings) {
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] = (node[key] as Record<string, unknown>) ?? {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]] = value;
  }
  return out as CaseFacts;
}

describe('compact assessment (schemaVersion 2)', () => {
  it('keeps every field of version 1 but the trees, the pivotal paths (its questions carry them) and the messages of the applicability (its notes carry them)', () => {
    for (const facts of examples) {
      const full = assess(facts);
      const compact = compactAssessment(full);
      expect(compact.schemaVersion).toBe(2);
      expect(compact.case).toEqual(full.case);
      compact.instruments.forEach((result, i) => {
        const { elements, remarks, pivotal, applicability, ...kept } = full.instruments[i];
        const { message: _message, binding, ...applies } = applicability;
        const { message: _bindingMessage, ...bindingKept } = binding;
        expect(result).toEqual({
          ...kept,
          applicability: { ...applies, binding: bindingKept },
          decidedBy: expect.any(Array),
        });
        // What a person reads of the applicability is among the notes, as messages.
        expect(result.noteMessages).toEqual(full.instruments[i].noteMessages);
        expect(result.questions.map((q) => q.path)).toEqual(pivotal);
        expect(elements && remarks).toBeTruthy();
      });
    }
  });

  it('names the elements that decided: Palermo Art 3(c) for a child, with the age that made it so', () => {
    const child: CaseFacts = {
      schemaVersion: 1,
      person: { ageAtRecruitment: 16 },
      recruitment: { recruited: true },
      exploitation: { kinds: ['sexual'] },
    };
    const [palermo] = compactAssessment(assess(child)).instruments;
    expect(palermo.verdict).toBe('met');
    expect(palermo.decidedBy.map((d) => d.id)).toEqual(['child-trafficking']);
    expect(palermo.decidedBy[0].cite?.article).toMatch(/^Art 3/);
    expect(palermo.decidedBy[0].facts).toEqual(
      expect.arrayContaining([
        { path: 'person.ageAtRecruitment', value: 16 },
        { path: 'recruitment.recruited', value: true },
      ]),
    );
  });

  it('gives an alternative’s label beside its id where a definition is a choice (UK s1 or s2)', () => {
    const facts = JSON.parse(readFileSync('examples/cases/labour-trafficking-deception.json', 'utf8'));
    const uk = compactAssessment(assess(facts)).instruments.find((r) => r.id === 'uk-modern-slavery-act');
    for (const d of uk?.decidedBy ?? []) {
      if (d.branch) expect(d.branchLabel).toMatch(/\s/);
    }
  });

  it('the facts it lists decide on their own: a case holding only them gets the same verdict', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        for (const result of compactAssessment(assess(facts)).instruments) {
          if (result.verdict !== 'met' && result.verdict !== 'not_met') continue;
          const instrument = findInstrument(result.id)!;
          const readings = result.decidedBy.flatMap((d) => d.facts);
          for (const reading of readings) expect(reading.value).not.toBeNull();
          expect(truthOf(instrument.rule, readerFor(only(facts, readings)))).toBe(result.verdict);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('includes the full trees of the instruments asked for, equal to version 1’s, and only those', () => {
    const facts = examples[0];
    const full = assess(facts);
    const some = compactAssessment(full, ['un-smuggling-protocol']);
    for (const [i, result] of some.instruments.entries()) {
      if (result.id === 'un-smuggling-protocol') {
        expect(result.elements).toEqual(full.instruments[i].elements);
        expect(result.remarks).toEqual(full.instruments[i].remarks);
      } else {
        expect(result.elements).toBeUndefined();
      }
    }
    expect(compactAssessment(full, 'all').instruments.every((r) => r.elements !== undefined)).toBe(true);
  });

  it('is small: every example under 3.2 KB an instrument on average (32 KB for ten), a tenth of version 1 or less', () => {
    for (const facts of examples) {
      const assessment = assess(facts);
      const full = JSON.stringify(assessment).length;
      const compact = JSON.stringify(compactAssessment(assessment)).length;
      expect(compact).toBeLessThan(3_200 * assessment.instruments.length);
      expect(full).toBeGreaterThan(10 * compact);
    }
  });

  it('made without the trees it does not send, it is the same text, byte for byte, as made from them', () => {
    const treeChoices = fc.oneof(
      fc.constant([] as string[]),
      fc.constant('all' as const),
      fc.subarray(instruments.map((i) => i.id)),
    );
    const check = (facts: CaseFacts, trees: 'all' | string[], asFound: boolean): void => {
      expect(
        JSON.stringify(assessCompact(facts, { asFound, participation: participationLists }, trees)),
      ).toBe(JSON.stringify(compactAssessment(assess(facts, { asFound }), trees)));
    };
    for (const facts of examples) for (const asFound of [false, true]) check(facts, [], asFound);
    fc.assert(
      fc.property(arbitraryFacts, treeChoices, fc.boolean(), (facts, trees, asFound) => {
        check(facts, trees, asFound);
      }),
      { numRuns: 150 },
    );
  });

  it('a tree made as it is read is the whole tree once read through, with the same node values', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom(...instruments), (facts, instrument) => {
        const read = readerFor(facts);
        const wholeValues = new Map();
        const whole = evaluate(instrument.rule, read, wholeValues);
        const { finding: lazy, values: lazyValues } = evaluateLazily(instrument.rule, read);
        // Every field and every child, read through (a lazy finding's children are an accessor).
        const plain = (finding: Finding): object => ({ ...finding, children: finding.children?.map(plain) });
        expect(plain(lazy)).toEqual(plain(whole));
        // The same nodes, each once, with the same values.
        const lazyEntries = [...lazyValues];
        expect(new Set(lazyEntries.map(([node]) => node)).size).toBe(lazyEntries.length);
        expect(lazyEntries.length).toBe(wholeValues.size);
        for (const [node, value] of wholeValues) expect(lazyValues.get(node)).toBe(value);
        for (const [node, value] of lazyEntries) expect(wholeValues.get(node)).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});
