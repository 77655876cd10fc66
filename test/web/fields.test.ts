import { describe, expect, it } from 'vitest';
import { allQuestionPaths } from '../../src/facts/questions.js';
import { exploitationKinds, immigrationStatuses } from '../../src/facts/schema.js';
import { validateFacts } from '../../src/facts/validate.js';
import { countKnown, getPath, setPath } from '../../src/web/facts/edit.js';
import { fieldFor } from '../../src/web/facts/fields.js';

describe('the form follows the facts schema', () => {
  it('has a control for every question, of the kind its fact takes', () => {
    for (const path of allQuestionPaths()) expect(() => fieldFor(path), path).not.toThrow();
    expect(fieldFor('control.freeToLeave').kind).toBe('flag');
    expect(fieldFor('status.immigration')).toEqual({
      kind: 'choice',
      path: 'status.immigration',
      options: immigrationStatuses,
    });
    expect(fieldFor('exploitation.kinds')).toEqual({
      kind: 'choices',
      path: 'exploitation.kinds',
      options: exploitationKinds,
    });
    expect(fieldFor('person.ageAtRecruitment')).toMatchObject({
      kind: 'number',
      integer: true,
      min: 0,
      max: 120,
    });
    expect(fieldFor('events.from').kind).toBe('date');
    expect(fieldFor('jurisdiction').kind).toBe('country');
    expect(fieldFor('person.citizenships').kind).toBe('countries');
    expect(() => fieldFor('person.nmae')).toThrow(/no fact/);
  });
});

describe('answering one question', () => {
  it('sets the fact without touching the rest, and "don’t know" removes it and its empty parents', () => {
    const start = { schemaVersion: 1 as const, person: { ageAtRecruitment: 15 } };
    const answered = setPath(start, 'control.freeToLeave', false);
    expect(answered).toEqual({
      schemaVersion: 1,
      person: { ageAtRecruitment: 15 },
      control: { freeToLeave: false },
    });
    expect(start).toEqual({ schemaVersion: 1, person: { ageAtRecruitment: 15 } });
    expect(getPath(answered, 'control.freeToLeave')).toBe(false);
    expect(countKnown(answered, ['control.freeToLeave', 'control.violence', 'person.ageAtRecruitment'])).toBe(
      2,
    );

    const withdrawn = setPath(answered, 'control.freeToLeave', undefined);
    expect(withdrawn).toEqual(start);
    expect(validateFacts(withdrawn).ok).toBe(true);
  });

  it('keeps an explicit empty list ("none of these") apart from unknown', () => {
    const none = setPath({ schemaVersion: 1 }, 'exploitation.kinds', []);
    expect(getPath(none, 'exploitation.kinds')).toEqual([]);
    expect(getPath({ schemaVersion: 1 }, 'exploitation.kinds')).toBeUndefined();
  });
});
