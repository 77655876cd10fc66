// The engine is handed the participation lists (assess-core.ts), so that the web app can fetch them
// once a case names a country: with every list it says exactly what assess.ts says; without them
// (null: not at hand yet) a treaty's binding is unknown, and says why, never "not bound" — and the
// lists' arrival can only make a verdict `not_applicable`, never change it otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess, assessHeadline } from '../../src/law/assess.js';
import * as core from '../../src/law/assess-core.js';
import { bindingOf } from '../../src/law/binding/binding.js';
import { scopeOf } from '../../src/law/binding/scope.js';
import { findInstrument, instruments } from '../../src/law/instruments/index.js';
import { findListIn, participationLists } from '../../src/law/participation/index.js';
import { arbitraryFacts } from '../support/arbitrary-facts.js';

const examples = readdirSync('examples/cases')
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    facts: JSON.parse(readFileSync(`examples/cases/${name}`, 'utf8')) as CaseFacts,
  }));

const isTreaty = (id: string) => scopeOf(id)?.kind === 'treaty';

/** Bonded labour at a brick kiln in India, 1998–2001 (examples/cases/debt-bondage-brick-kiln.json). */
const india = examples.find((example) => example.name === 'debt-bondage-brick-kiln.json')?.facts as CaseFacts;

describe('findListIn', () => {
  it('finds a list by its id, or by an id that names the same list, among the lists handed to it', () => {
    expect(findListIn(participationLists, 'un-trafficking-protocol')?.id).toBe('un-trafficking-protocol');
    expect(findListIn(participationLists, 'echr-article-4')?.id).toBe('servitude');
    expect(findListIn(participationLists, 'uk-modern-slavery-act')).toBeUndefined();
    expect(findListIn([], 'un-trafficking-protocol')).toBeUndefined();
  });
});

describe('assess-core with every participation list', () => {
  it('gives what assess.ts gives, on every example case, read both ways', () => {
    for (const { name, facts } of examples)
      for (const asFound of [false, true])
        expect(JSON.stringify(core.assess(facts, { asFound, participation: participationLists })), name).toBe(
          JSON.stringify(assess(facts, { asFound })),
        );
  });
});

describe('assess-core with the lists not at hand', () => {
  it('reads the binding of a treaty as unknown, and says the record is not loaded yet', () => {
    const treaty = findInstrument('echr-article-4');
    if (!treaty) throw new Error('no ECHR Art 4');
    // India is not a member of the Council of Europe: with the lists, not bound, and not applicable.
    const known = core.assessHeadline(treaty, india, { participation: participationLists });
    expect(known.applicability.binding.status).toBe('not_party');
    expect(known.verdict).toBe('not_applicable');
    const pending = core.assessHeadline(treaty, india, { participation: null });
    expect(pending.applicability.binding).toMatchObject({
      status: 'unknown',
      state: 'IN',
      basis: null,
      since: null,
      source: null,
      message: { id: 'law.binding.notLoaded' },
    });
    expect(pending.verdict).not.toBe('not_applicable');
    expect(pending.notes).toContain(
      'Whether it bound the state of the case is unknown: The record of the states it binds has not been loaded yet.',
    );
  });

  it('with no country given, says what it says with the lists: the country is not given', () => {
    const facts: CaseFacts = { ...india, jurisdiction: undefined };
    for (const instrument of instruments.filter((i) => isTreaty(i.id))) {
      const pending = bindingOf(instrument.id, instrument.inForce.from, facts, null);
      const known = bindingOf(instrument.id, instrument.inForce.from, facts, participationLists);
      expect(pending.status).toBe('unknown');
      expect(pending.message).toEqual(known.message);
      expect(pending.message.id).toBe('law.binding.unknownCountry');
    }
  });

  it('leaves national law, bound by its territory and reach, as it is', () => {
    for (const { facts } of examples)
      for (const instrument of instruments.filter((i) => scopeOf(i.id)?.kind === 'territory'))
        expect(bindingOf(instrument.id, instrument.inForce.from, facts, null)).toEqual(
          bindingOf(instrument.id, instrument.inForce.from, facts, participationLists),
        );
  });

  it('never says "not bound" of a treaty; once the lists arrive a verdict stays or becomes not applicable', () => {
    const check = (facts: CaseFacts) => {
      for (const instrument of instruments) {
        const pending = core.assessHeadline(instrument, facts, { participation: null });
        const known = assessHeadline(instrument, facts);
        if (isTreaty(instrument.id)) expect(pending.applicability.binding.status).not.toBe('not_party');
        else expect(pending).toEqual(known);
        if (known.verdict !== 'not_applicable') expect(pending.verdict).toBe(known.verdict);
      }
    };
    for (const { facts } of examples) check(facts);
    fc.assert(fc.property(arbitraryFacts, check), { numRuns: 150 });
  });
});
