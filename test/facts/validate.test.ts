import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFactsJsonSchema } from '../../src/facts/json-schema.js';
import { allQuestionPaths } from '../../src/facts/questions.js';
import { parseFacts, validateFacts } from '../../src/facts/validate.js';

describe('reading case facts', () => {
  it('accepts the example from the vocabulary spec, in JSON and in YAML', () => {
    const json = {
      schemaVersion: 1,
      id: 'example-farm-01',
      jurisdiction: 'GB',
      events: { from: '2019-04-01', to: '2019-10-15' },
      person: { ageAtRecruitment: 34, citizenships: ['RO'] },
      recruitment: { recruited: true, deceivedAbout: { wages: true } },
      exploitation: { kinds: ['labour'], hoursPerWeek: 72, pay: 'below_legal_minimum' },
      control: { documentsConfiscated: true, freeToLeave: false },
    };
    const fromJson = parseFacts(JSON.stringify(json));
    expect(fromJson).toEqual({ ok: true, facts: json });
    const yaml = [
      'schemaVersion: 1',
      'person:',
      '  ageAtRecruitment: 17',
      'recruitment:',
      '  deceivedAbout:',
      '    wages: true',
      '    conditionsOfWork: null',
    ].join('\n');
    const fromYaml = parseFacts(yaml);
    expect(fromYaml.ok).toBe(true);
    if (fromYaml.ok) expect(fromYaml.facts.recruitment?.deceivedAbout?.conditionsOfWork).toBeNull();
  });

  it('names the JSON path, what was expected and what was found', () => {
    const result = validateFacts({
      schemaVersion: 1,
      recruitment: { deceivedAbout: { wages: 'yes', wagez: true } },
      person: { ageAtRecruitment: 130, gender: 'f', citizenships: ['gb'] },
      exploitation: { hoursPerWeek: -1, kinds: ['labor'] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(byPath['recruitment.deceivedAbout.wages']).toMatchObject({
      code: 'invalid_type',
      expected: 'boolean',
      found: '"yes"',
    });
    expect(byPath['recruitment.deceivedAbout.wagez']).toMatchObject({ code: 'unknown_field' });
    expect(byPath['person.ageAtRecruitment']).toMatchObject({ code: 'too_big', expected: 'at most 120' });
    expect(byPath['person.gender']).toMatchObject({ code: 'invalid_value', found: '"f"' });
    expect(byPath['person.citizenships.0']).toBeDefined();
    expect(byPath['exploitation.hoursPerWeek']).toMatchObject({ code: 'too_small' });
    expect(byPath['exploitation.kinds.0']).toMatchObject({ code: 'invalid_value' });
  });

  it('requires schemaVersion 1 and an object', () => {
    expect(validateFacts({})).toMatchObject({ ok: false, problems: [{ path: 'schemaVersion' }] });
    expect(validateFacts({ schemaVersion: 2 })).toMatchObject({
      ok: false,
      problems: [{ path: 'schemaVersion' }],
    });
    expect(validateFacts([])).toMatchObject({ ok: false, problems: [{ path: '', code: 'invalid_type' }] });
    expect(parseFacts('{"schemaVersion": 1,')).toMatchObject({ ok: false, problems: [{ code: 'syntax' }] });
  });

  it('rejects impossible dates and lower-case countries', () => {
    expect(validateFacts({ schemaVersion: 1, events: { from: '2021-02-30' } }).ok).toBe(false);
    expect(validateFacts({ schemaVersion: 1, jurisdiction: 'gb' }).ok).toBe(false);
    expect(validateFacts({ schemaVersion: 1, jurisdiction: 'GB', events: { from: '2020-02-29' } }).ok).toBe(
      true,
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateFacts(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseFacts(text).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseFacts(text);
        if (!result.ok) for (const p of result.problems) expect(typeof p.path).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

/** Every leaf path of the JSON Schema. */
function leafPaths(schema: Record<string, unknown>, prefix = ''): string[] {
  const variants = (schema.anyOf as Array<Record<string, unknown>> | undefined) ?? [schema];
  const object = variants.find((v) => v.type === 'object' && v.properties);
  if (!object) return [prefix];
  return Object.entries(object.properties as Record<string, Record<string, unknown>>).flatMap(([key, sub]) =>
    leafPaths(sub, prefix ? `${prefix}.${key}` : key),
  );
}

describe('generated artefacts', () => {
  it('schema/case-facts.schema.json is current (run `npm run schema` after changing the vocabulary)', () => {
    const onDisk = JSON.parse(readFileSync('schema/case-facts.schema.json', 'utf8'));
    expect(onDisk).toEqual(caseFactsJsonSchema());
  });

  it('every fact of the vocabulary has a plain-words question', () => {
    const leaves = leafPaths(caseFactsJsonSchema()).filter(
      (p) => !['schemaVersion', 'id', 'title', 'notes'].includes(p),
    );
    expect(leaves.length).toBeGreaterThan(100);
    expect(new Set(allQuestionPaths())).toEqual(new Set(leaves));
  });
});

describe('consistency', () => {
  const base = { schemaVersion: 1 as const, jurisdiction: 'GB' };
  it.each([
    [{ events: { from: '2020-05-01', to: '2020-01-01' } }, 'events.to'],
    [{ person: { ageAtRecruitment: 20, ageAtExploitation: 17 } }, 'person.ageAtExploitation'],
    [{ status: { immigration: 'citizen' }, person: { citizenships: ['RO'] } }, 'person.citizenships'],
    [{ status: { immigration: 'irregular' }, person: { citizenships: ['GB'] } }, 'status.immigration'],
    [
      { status: { immigration: 'permanent_resident' }, person: { permanentResidentOfJurisdiction: false } },
      'person.permanentResidentOfJurisdiction',
    ],
    [
      { status: { immigration: 'visitor_visa' }, person: { permanentResidentOfJurisdiction: true } },
      'person.permanentResidentOfJurisdiction',
    ],
  ])('rejects contradictory facts %j at %s', (extra, path) => {
    const result = validateFacts({ ...base, ...extra });
    expect(result).toMatchObject({ ok: false, problems: [{ path, code: 'inconsistent' }] });
  });

  it('rejects physical confinement with freedom to leave, naming both fields (facts v1.1)', () => {
    const result = validateFacts({ ...base, control: { physicallyConfined: true, freeToLeave: true } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['control.freeToLeave', 'inconsistent'],
      ['control.physicallyConfined', 'inconsistent'],
    ]);
    expect(result.problems[0].message).toContain('control.physicallyConfined');
  });

  it('rejects physical confinement recorded as no confinement at all (facts v1.1)', () => {
    const result = validateFacts({
      ...base,
      control: { physicallyConfined: true, isolationConfinementOrSurveillance: false },
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { path: 'control.isolationConfinementOrSurveillance' },
        { path: 'control.physicallyConfined' },
      ],
    });
  });

  it('accepts physical confinement with freedom to leave unknown or false, and v1.1 values', () => {
    for (const freeToLeave of [false, null, undefined]) {
      expect(validateFacts({ ...base, control: { physicallyConfined: true, freeToLeave } }).ok).toBe(true);
    }
    expect(
      validateFacts({
        ...base,
        exploitation: { stateImposedObligation: 'benefit_condition', obligationDisproportionate: false },
      }).ok,
    ).toBe(true);
  });

  it('accepts facts that merely leave things unknown', () => {
    expect(
      validateFacts({ ...base, status: { immigration: 'irregular' }, person: { citizenships: ['RO'] } }).ok,
    ).toBe(true);
    expect(
      validateFacts({
        ...base,
        status: { immigration: 'citizen' },
        person: { permanentResidentOfJurisdiction: false },
      }).ok,
    ).toBe(true);
  });
});
