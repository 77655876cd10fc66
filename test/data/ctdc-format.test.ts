import { describe, expect, it } from 'vitest';
import { ctdcFormats, detectFormat, roleOf } from '../../src/data/ctdc-format.js';
import { ctdcHeader } from '../support/ctdc-generator.js';

describe('CTDC format detection', () => {
  it.each(ctdcFormats)('recognises the %s header and every column in it', (format) => {
    const result = detectFormat(ctdcHeader(format));
    expect(result.ok && result.value.spec.format).toBe(format);
    expect(result.ok && result.value.unknownColumns).toEqual([]);
  });

  it('counts the columns the reference describes: 63 k-anonymised, 27 synthetic', () => {
    expect(ctdcHeader('ctdc-k-anonymised')).toHaveLength(63);
    expect(ctdcHeader('ctdc-synthetic-2024')).toHaveLength(27);
    expect(ctdcHeader('ctdc-synthetic-sector')).toHaveLength(27);
  });

  it('matches the 2021 names cut to 32 characters by prefix', () => {
    expect(roleOf('meansOfControlPsychoactiveSubsta')?.name).toBe('meansOfControlPsychoactiveSubstances');
    expect(roleOf('meansOfControlWithholdsNecessiti')?.name).toBe('meansOfControlWithholdsNecessities');
    // A short unknown name is not matched by prefix.
    expect(roleOf('means')).toBeUndefined();
  });

  it('reads sectorOf* and typeOf* columns as the same flags', () => {
    expect(roleOf('sectorOfLabourAgriculture')?.role).toEqual(roleOf('typeOfLabourAgriculture')?.role);
    expect(roleOf('sectorOfSexPornography')?.role).toEqual(roleOf('typeOfSexPornography')?.role);
  });

  it('reports a header that is not CTDC, and keeps unknown extra columns as warnings', () => {
    const failure = detectFormat(['id', 'name', 'age']);
    expect(failure.ok).toBe(false);
    const extra = detectFormat([...ctdcHeader('ctdc-synthetic-2024'), 'myNotes']);
    expect(extra.ok && extra.value.unknownColumns).toEqual(['myNotes']);
  });

  it('strips a byte-order mark from the first column name', () => {
    const header = ctdcHeader('ctdc-synthetic-2024');
    const result = detectFormat([`\uFEFF${header[0]}`, ...header.slice(1)]);
    expect(result.ok && result.value.unknownColumns).toEqual([]);
  });
});
