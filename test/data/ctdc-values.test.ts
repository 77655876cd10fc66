import { describe, expect, it } from 'vitest';
import { formatSpecs } from '../../src/data/ctdc-format.js';
import { readAgeBand, readCell, readCountry, readFlag, readMonthBand } from '../../src/data/ctdc-values.js';

const kAnon = formatSpecs['ctdc-k-anonymised'];
const synthetic = formatSpecs['ctdc-synthetic-2024'];

describe('CTDC cell values', () => {
  it('normalises the age-band spellings of the codebook and the files', () => {
    for (const raw of ['9--17', '09--17', '9—17', '9–17', '9 -- 17'])
      expect(readAgeBand(raw).value).toBe('9-17');
    expect(readAgeBand('0--8').value).toBe('0-8');
    expect(readAgeBand('48+').value).toBe('48+');
    expect(readAgeBand('about 30')).toMatchObject({
      value: null,
      problem: expect.stringContaining('about 30'),
    });
  });

  it('reads the months band before its bracket', () => {
    expect(readMonthBand('0--12 (0-1 yr)').value).toBe('0-12');
    expect(readMonthBand('25+ (2+ yrs)').value).toBe('25+');
  });

  it('turns alpha-3 codes into alpha-2 and keeps CO and MD as Colombia and Moldova', () => {
    expect(readCountry('PHL', 'alpha-3').value).toBe('PH');
    expect(readCountry('XKX', 'alpha-3').value).toBe('XK');
    expect(readCountry('CO', 'alpha-2').value).toBe('CO');
    expect(readCountry('MD', 'alpha-2').value).toBe('MD');
    expect(readCountry('ZZZ', 'alpha-3')).toMatchObject({ value: null, problem: expect.any(String) });
  });

  it('never reads a flag as false: 0, empty and -99 are all "not recorded"', () => {
    expect(readFlag('1', kAnon).value).toBe(true);
    expect(readFlag('0', kAnon)).toEqual({ value: null });
    expect(readCell('-99', { kind: 'flag', group: 'means', item: 'Threats' }, kAnon)).toEqual({
      value: null,
    });
    expect(readCell('', { kind: 'flag', group: 'means', item: 'Threats' }, synthetic)).toEqual({
      value: null,
    });
    // A synthetic file never writes 0: say so, but read on.
    expect(readFlag('0', synthetic)).toMatchObject({ value: null, problem: expect.any(String) });
    expect(readFlag('yes', synthetic)).toMatchObject({ value: null, problem: expect.any(String) });
  });

  it('treats -99 as missing only in the k-anonymised format', () => {
    expect(readCell('-99', { kind: 'age' }, kAnon)).toEqual({ value: null });
    expect(readCell('-99', { kind: 'age' }, synthetic).problem).toBeDefined();
  });
});
