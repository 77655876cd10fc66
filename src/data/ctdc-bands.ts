// A CTDC record's place on the continuum (src/continuum/bands.ts): the most severe band whose rule
// is met on every reading of the record — settled over its readings exactly as its verdicts are
// (supervaluation.ts). Each band decides from rules' values through its own `decide` (the
// continuum's list choice included), here with the rules folded and compiled for CTDC. So a band
// whose rule is an instrument's is met exactly when that instrument's verdict is, and a record
// with a `met` verdict never sits below that instrument's band (issue 14: decided on the certain
// facts alone, 6 records met the Palermo Protocol and sat in "decent work").
import { type BandId, bands } from '../continuum/bands.js';
import type { Rule } from '../law/logic/rule.js';
import type { MappedFacts } from './ctdc-mapping.js';
import { compileForCtdc, ctdcReads, type Settleable, settledOn } from './supervaluation.js';

/** Each band above the floor as something settled over a record's readings, most severe first. */
const settleables: ReadonlyArray<{ id: BandId; settleable: Settleable }> = bands
  .slice(1)
  .reverse()
  .map((band) => ({
    id: band.id,
    settleable: {
      evaluate: (values) => band.decide((rule: Rule) => compileForCtdc(rule)(values)),
      paths: new Set(band.rules.flatMap((rule) => ctdcReads(rule))),
    },
  }));

/** The paths ctdcBand can read, for caching bands by only those facts. */
export function ctdcBandReads(): ReadonlySet<string> {
  return new Set(settleables.flatMap(({ settleable }) => [...settleable.paths]));
}

export function ctdcBand(mapped: MappedFacts): BandId {
  for (const { id, settleable } of settleables) if (settledOn(mapped, settleable) === 'met') return id;
  return bands[0].id;
}
