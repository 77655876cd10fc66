// Country fields take ISO 3166-1 alpha-2 codes only; a code that names no country is rejected with
// its JSON path and the codes probably meant.
import { describe, expect, it } from 'vitest';
import { nearestCountryCodes } from '../../src/facts/country-codes.js';
import { validateFacts } from '../../src/facts/validate.js';

describe('country codes', () => {
  it('rejects UK in jurisdiction and suggests GB', () => {
    const result = validateFacts({ schemaVersion: 1, jurisdiction: 'UK' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'jurisdiction', code: 'unknown_country', expected: 'GB' }),
    ]);
    expect(result.problems[0].message).toContain('did you mean GB?');
  });

  it('checks every country field, naming the item', () => {
    const result = validateFacts({
      schemaVersion: 1,
      person: { citizenships: ['FR', 'XX'] },
      recruitment: { country: 'EL' },
      exploitation: { country: 'QQ' },
      offenders: { nationalities: ['DE'], permanentResidences: ['ZZ'], presentIn: ['US'] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      [
        'exploitation.country',
        'offenders.permanentResidences.0',
        'person.citizenships.1',
        'recruitment.country',
      ].sort(),
    );
    expect(result.problems.find((p) => p.path === 'recruitment.country')?.expected).toBe('GR');
  });

  it('accepts every valid code, and the nearest codes are valid ones', () => {
    expect(validateFacts({ schemaVersion: 1, jurisdiction: 'GB', offenders: { presentIn: ['XK'] } }).ok).toBe(
      true,
    );
    for (const code of ['ZZ', 'QQ', 'AA', 'UK']) {
      for (const near of nearestCountryCodes(code))
        expect(validateFacts({ schemaVersion: 1, jurisdiction: near }).ok).toBe(true);
    }
  });
});
