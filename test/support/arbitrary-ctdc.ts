// Random CTDC records (normalised) for property tests: any subset of items in every group.
import fc from 'fast-check';
import {
  type CtdcFormat,
  exploitationItems,
  kAnonMeansItems,
  labourItems,
  recruiterItems,
  roleOf,
  sexItems,
  syntheticMeansItems,
} from '../../src/data/ctdc-format.js';
import type { CtdcRecord } from '../../src/data/ctdc-mapping.js';
import { ageBands, monthBands } from '../../src/data/ctdc-values.js';
import { ctdcHeader } from './ctdc-generator.js';

const some = <T>(items: readonly T[]) => fc.subarray([...items], { maxLength: 4 });

export function arbitraryCtdcRecord(mergedMeans: boolean): fc.Arbitrary<CtdcRecord> {
  return fc.record({
    year: fc.option(fc.integer({ min: 2002, max: 2024 })),
    gender: fc.option(fc.constantFrom('female' as const, 'male' as const, 'other' as const)),
    age: fc.option(fc.constantFrom(...ageBands)),
    majorityAtExploitation: fc.option(fc.constantFrom('adult' as const, 'minor' as const)),
    majorityAtEntry: fc.option(fc.constantFrom('adult' as const, 'minor' as const)),
    citizenship: fc.option(fc.constantFrom('PH', 'UA', 'GB', 'CO')),
    countryOfExploitation: fc.option(fc.constantFrom('PH', 'UA', 'GB', 'US')),
    months: fc.option(fc.constantFrom(...monthBands)),
    flags: fc.record({
      means: some(mergedMeans ? syntheticMeansItems : kAnonMeansItems),
      exploitation: some(exploitationItems),
      labourSector: some(labourItems),
      sexSector: some(sexItems),
      recruiter: some(recruiterItems),
      abduction: fc.subarray(['Abduction']),
    }),
    lists: fc.constant(0),
  });
}

/** Cells a column may hold: good values of both families, missing markers, and bad ones. */
export function cellsFor(column: string): string[] {
  if (column.startsWith('list:')) return ['', '1', '0'];
  const role = roleOf(column)?.role;
  switch (role?.kind) {
    case 'year':
      return ['', '2019', '2021', '-99', '19'];
    case 'gender':
      return ['', 'Woman', 'Man', 'Female', 'Trans/Transgender/NonConforming', '-99', 'x'];
    case 'age':
      return ['', '0--8', '09--17', '9--17', '18--20', '30--38', '48+', '-99', 'about 30'];
    case 'majority':
      return ['', 'Adult', 'Minor', '-99', 'adultish'];
    case 'country':
      return ['', 'UKR', 'PHL', 'GBR', 'UA', 'PH', 'US', 'ZZZ', '-99'];
    case 'months':
      return ['', '0--12 (0-1 yr)', '25+ (2+ yrs)', 'long'];
    case 'flag':
      return ['', '', '', '1', '1', '0', '-99', 'yes'];
    default:
      return ['', 'Hotline', '-99'];
  }
}

/** A CTDC file of a format, with a list column, its rows repeating (so that caches serve them). */
export function arbitraryCtdcFile(format: CtdcFormat) {
  const header = [...ctdcHeader(format), 'list:NGO'];
  const row = fc.tuple(...header.map((column) => fc.constantFrom(...cellsFor(column))));
  // Rows repeat (as in SDS output), so that cached values are served as well as computed.
  return fc
    .array(row, { minLength: 1, maxLength: 12 })
    .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 30 }))
    .map((rows) => `${[header, ...rows].map((cells) => cells.join(',')).join('\n')}\n`);
}
