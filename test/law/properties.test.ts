// Invariants of the instruments, checked on random valid cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/facts/consistency.js';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assessInstrument } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import { evaluateLazily, readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { childrenOf } from '../../src/law/logic/kinds.js';
import { candidatesByPath, type Pivot, pivotalFacts } from '../../src/law/logic/pivotal.js';
import { nodes, pathsRead } from '../../src/law/logic/rule.js';
import { setPath } from '../continuum/support.js';
import { arbitraryFacts, fillUnknowns } from '../support/arbitrary-facts.js';

describe.each(instruments.map((i) => [i.id, i] as const))('%s', (_id, instrument) => {
  // Exceptions raised only where shown (default logic) are non-monotonic by design: filling them in
  // may defeat a conclusion. Every other fact obeys information monotonicity.
  const keep = new Set(instrument.defeasiblePaths ?? []);

  it('information monotonicity: a met or not_met verdict never changes when unknown facts are filled in', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (partial, full) => {
        const before = truthOf(instrument.rule, readerFor(partial));
        if (before === 'undetermined') return;
        const filled = fillUnknowns(partial, full, keep) as CaseFacts;
        // Filling in may combine into contradictory facts, which validation rejects: not a case.
        fc.pre(consistencyProblems(filled).length === 0);
        expect(truthOf(instrument.rule, readerFor(filled))).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it('every reported pivotal fact settles the verdict with the value reported', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const result = assessInstrument(instrument, facts);
        if (result.verdict !== 'undetermined') expect(result.pivotal).toEqual([]);
        for (const question of result.questions) {
          expect(question.settles.length).toBeGreaterThan(0);
          for (const { value, verdict } of question.settles) {
            expect(truthOf(instrument.rule, readerFor(setPath(facts, question.path, value)))).toBe(verdict);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the pivotal facts are those a whole re-evaluation finds: every unknown fact of an open leaf that alone settles the verdict, with every settling value', () => {
    // The search values again only the nodes that read the fact tried (plan.ts). Here each fact is
    // tried against the whole rule. Which facts are tried is the search's own rule: the unknown
    // facts of undetermined leaves and of exceptions read only where shown (a determined leaf
    // stays as it is however its unknown facts are filled in, on consistent facts).
    const candidates = candidatesByPath(instrument.rule);
    const leaves = [...nodes(instrument.rule)].filter((node) => node.kind === 'fact');
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const read = readerFor(facts);
        const tried = new Set<string>();
        for (const leaf of leaves) {
          if (truthOf(leaf, read) !== 'undetermined' && !leaf.defeasible) continue;
          for (const path of leaf.paths) if (read(path) === undefined) tried.add(path);
        }
        const expected: Pivot[] = [];
        if (truthOf(instrument.rule, read) === 'undetermined') {
          for (const [path, values] of candidates) {
            if (!tried.has(path)) continue;
            const settles: Pivot['settles'] = [];
            for (const value of values) {
              const verdict = truthOf(instrument.rule, (p) => (p === path ? value : read(p)));
              if (verdict !== 'undetermined') settles.push({ value, verdict });
            }
            if (settles.length > 0) expected.push({ path, settles });
          }
        }
        expect(pivotalFacts(instrument.rule, read, candidates)).toEqual(expected);
        // Reusing the values of the lazy evaluation gives the same.
        const { values } = evaluateLazily(instrument.rule, read);
        expect(pivotalFacts(instrument.rule, read, candidates, values)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('the finding tree agrees with the verdict and reads only vocabulary paths', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const result = assessInstrument(instrument, facts);
        const value = truthOf(instrument.rule, readerFor(facts));
        expect(result.elements.value).toBe(value);
        // Regional and national law out of force at the event date: not applicable, never skipped.
        // Regional and national law outside the states it binds: not applicable, with the reason.
        const applies = result.applicability;
        if (result.verdict === 'not_applicable') {
          const outOfForce = instrument.temporal === 'in_force' && !applies.inForce;
          const notBound = instrument.level !== 'international' && applies.binding.status === 'not_party';
          expect(outOfForce || notBound).toBe(true);
          expect(outOfForce ? applies.reason : applies.binding.reason).not.toBe('');
        } else if (applies.endUnknown && instrument.temporal === 'in_force' && value === 'met') {
          // Began before the law, end unknown: met only if the conduct went on.
          expect(result.verdict).toBe('undetermined');
        } else expect(result.verdict).toBe(value);
      }),
      { numRuns: 200 },
    );
    for (const path of pathsRead(instrument.rule)) expect(path).toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/);
  });

  it('every element carries a citation on itself or an ancestor, with a date it applies from', () => {
    const check = (rule: typeof instrument.rule, cited: boolean): void => {
      const here = cited || Boolean(rule.cite);
      if (rule.cite) expect(rule.cite.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (rule.kind === 'fact') expect(here).toBe(true);
      for (const child of childrenOf(rule)) check(child, here);
    };
    expect(instrument.rule.cite).toBeDefined();
    check(instrument.rule, false);
  });
});
