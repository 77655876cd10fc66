// Random CTDC records (normalised) for property tests: any subset of items in every group.
import fc from 'fast-check';
import {
  exploitationItems,
  kAnonMeansItems,
  labourItems,
  recruiterItems,
  sexItems,
  syntheticMeansItems,
} from '../../src/data/ctdc-format.js';
import type { CtdcRecord } from '../../src/data/ctdc-mapping.js';
import { ageBands, monthBands } from '../../src/data/ctdc-values.js';

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
