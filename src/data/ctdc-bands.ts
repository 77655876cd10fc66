// A CTDC record's place on the continuum (src/continuum/bands.ts): the most severe band whose rule
// its certain facts meet. Kleene logic is monotone, so a band met on the certain facts is met on
// every reading of the record; merged items that would need a choice only ever leave it lower.
import { bandRangeOf } from '../continuum/bands.js';
import { readerFor } from '../law/logic/evaluate.js';
import { buildFacts, type MappedFacts } from './ctdc-mapping.js';
import { certainAssignments } from './supervaluation.js';

export function ctdcBand(mapped: MappedFacts): string {
  return bandRangeOf(readerFor(buildFacts(certainAssignments(mapped)))).lowest;
}
