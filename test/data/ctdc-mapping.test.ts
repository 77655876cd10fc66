import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacts, type CtdcRecord, emptyRecord, mapRecord } from '../../src/data/ctdc-mapping.js';
import { validateFacts } from '../../src/facts/validate.js';
import { arbitraryCtdcRecord } from '../support/arbitrary-ctdc.js';

const empty: CtdcRecord = emptyRecord();
const kAnon = { synthetic: false, mergedMeans: false };
const synthetic = { synthetic: true, mergedMeans: true };

function falses(value: unknown, path = ''): string[] {
  if (value === false) return [path];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => falses(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('CTDC record → case facts', () => {
  it('an empty record says nothing', () => {
    expect(buildFacts(mapRecord(empty, kAnon).base)).toEqual({ schemaVersion: 1 });
  });

  it('never sets a fact to false, and always gives valid facts, whatever is ticked', () => {
    for (const naming of [kAnon, synthetic]) {
      fc.assert(
        fc.property(arbitraryCtdcRecord(naming.mergedMeans), (record) => {
          const mapped = mapRecord(record, naming);
          const readings = [
            mapped.base,
            ...mapped.choices.flatMap((options) => options.map((o) => [...mapped.base, ...o])),
          ];
          for (const assignments of readings) {
            const facts = buildFacts(assignments);
            expect(falses(facts)).toEqual([]);
            expect(validateFacts(facts).ok).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    }
  });

  it('a child band at registration makes the person a child at recruitment', () => {
    const facts = buildFacts(mapRecord({ ...empty, age: '9-17' }, synthetic).base);
    expect(facts.person?.ageAtRecruitment).toBeLessThan(18);
    // An adult band says nothing about the age at recruitment.
    expect(buildFacts(mapRecord({ ...empty, age: '18-20' }, synthetic).base).person).toBeUndefined();
  });

  it('a recorded recruiter relation is a recruitment; one relation names the recruiter', () => {
    const one = buildFacts(
      mapRecord({ ...empty, flags: { ...empty.flags, recruiter: ['Family'] } }, kAnon).base,
    );
    expect(one.recruitment).toEqual({ recruited: true, recruiter: 'family' });
    const two = buildFacts(
      mapRecord({ ...empty, flags: { ...empty.flags, recruiter: ['Family', 'Friend'] } }, kAnon).base,
    );
    expect(two.recruitment).toEqual({ recruited: true });
    const unknown = buildFacts(
      mapRecord({ ...empty, flags: { ...empty.flags, recruiter: ['Unknown'] } }, kAnon).base,
    );
    expect(unknown.recruitment).toBeUndefined();
  });

  it('a merged synthetic item is a choice, a single item a fact', () => {
    const mapped = mapRecord(
      { ...empty, flags: { ...empty.flags, means: ['DebtBondageEarnings', 'WithholdDocs'] } },
      synthetic,
    );
    expect(buildFacts(mapped.base).control).toEqual({ documentsConfiscated: true });
    expect(mapped.choices).toEqual([[[['control.debtBondage', true]], [['control.wagesWithheld', true]]]]);
  });

  it('a merge with a part outside the vocabulary settles nothing', () => {
    const mapped = mapRecord({ ...empty, flags: { ...empty.flags, means: ['AbusePsyPhySex'] } }, synthetic);
    expect(mapped).toEqual({ base: [], choices: [] });
  });

  it('the kinds of exploitation are complete once one is ticked, unless an opaque type is', () => {
    const labour = buildFacts(
      mapRecord({ ...empty, flags: { ...empty.flags, exploitation: ['ForcedLabour'] } }, kAnon).base,
    );
    expect(labour.exploitation?.kinds).toEqual(['labour']);
    const opaque = buildFacts(
      mapRecord(
        { ...empty, flags: { ...empty.flags, exploitation: ['ForcedLabour', 'OtherExploit'] } },
        kAnon,
      ).base,
    );
    expect(opaque.exploitation?.kinds).toBeUndefined();
  });

  it('several sectors leave the one-sector fact unknown', () => {
    const one = mapRecord({ ...empty, flags: { ...empty.flags, labourSector: ['Aquafarming'] } }, kAnon);
    expect(buildFacts(one.base).exploitation?.sector).toBe('fishing');
    const two = mapRecord(
      { ...empty, flags: { ...empty.flags, labourSector: ['Agriculture'], sexSector: ['Prostitution'] } },
      kAnon,
    );
    expect(buildFacts(two.base).exploitation).toBeUndefined();
  });
});
