// Bands: where a case sits on a named scale from decent work to slavery. Each band is defined by a
// rule, not a weighted sum, and the bands reuse the instruments' own verdicts: ILO C029 for forced
// labour, the Palermo Protocol for trafficking, the 1926 Convention for slavery. A case is in the
// most severe band whose rule is met; with unknown facts it is a range, from the most severe band
// certainly met (lowest) to the most severe band still possible (highest).
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, translator } from '../i18n/index.js';
import type { Instrument } from '../law/instrument.js';
import { iloForcedLabourConvention } from '../law/instruments/ilo-forced-labour-convention-1930.js';
import { slaveryConvention } from '../law/instruments/slavery-convention-1926.js';
import { unTraffickingProtocol } from '../law/instruments/un-trafficking-protocol-2000.js';
import type { Citation } from '../law/logic/citation.js';
import { evaluate, type FactReader, type FactReading, readerFor, truthOf } from '../law/logic/evaluate.js';
import { any, type Rule } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';
import { type Candidates, candidatesOf, type FactChange, singleChanges } from './fact-changes.js';
import { dimension } from './indicators/index.js';
import { delphiCite } from './indicators/source.js';
import type { RuleTruth } from './lists.js';
import {
  delphiCandidates,
  exploitativeConditions,
  exploitativeConditionsOf,
  exploitativeConditionsRules,
} from './profile.js';
import { supportingFacts } from './supporting-facts.js';

export const bandIds = [
  'decent_work',
  'labour_rights_violations',
  'severe_exploitation',
  'forced_labour',
  'trafficking',
  'slavery',
] as const;
export type BandId = (typeof bandIds)[number];

export type BandRange = { lowest: BandId; highest: BandId };

/** Labels and definitions in English (for rule labels and the `bands` table); see bandLabel. */
const en = translator('en');

/** A band's name in a language. */
export function bandLabel(id: BandId, lang?: Lang): string {
  return translator(lang).dynamic(`continuum.band.${id}.label`);
}

/** A band's rule in words, in a language. */
export function bandDefinition(id: BandId, lang?: Lang): string {
  return translator(lang).dynamic(`continuum.band.${id}.definition`);
}

/** Some exploitative condition of work is observed (any D4 indicator, whichever list applies). */
export const anyExploitativeCondition: Rule = any(
  'any-exploitative-condition',
  en.t('continuum.band.anyExploitativeCondition'),
  dimension('D4').indicators.map((indicator) => indicator.rule),
  delphiCite('D4, exploitative conditions of work', { certainty: 'S' }),
);

export type Band = {
  id: BandId;
  label: string;
  /** The rule in words. */
  definition: string;
  cite?: Citation;
  /** Whether the case reaches at least this band. */
  holds: (read: FactReader) => Truth;
  /**
   * The same from rules' values, however rules are evaluated: the CTDC import decides a record's
   * band with its compiled rules through this, exactly as here (holds is decide with truthOf).
   */
  decide: (truth: RuleTruth) => Truth;
  /** Every rule decide may ask about. */
  rules: readonly Rule[];
  /** The facts that show the band's rule met. */
  placedBy: (read: FactReader) => FactReading[];
};

function instrumentBand(id: BandId, instrument: Instrument): Band {
  return {
    id,
    label: bandLabel(id, 'en'),
    definition: bandDefinition(id, 'en'),
    cite: instrument.citation,
    holds: (read) => truthOf(instrument.rule, read),
    decide: (truth) => truth(instrument.rule),
    rules: [instrument.rule],
    placedBy: (read) => supportingFacts(evaluate(instrument.rule, read)),
  };
}

const d4 = dimension('D4');

export const bands: readonly Band[] = [
  {
    id: 'decent_work',
    label: bandLabel('decent_work', 'en'),
    definition: bandDefinition('decent_work', 'en'),
    holds: () => 'met',
    decide: () => 'met',
    rules: [],
    placedBy: () => [],
  },
  {
    id: 'labour_rights_violations',
    label: bandLabel('labour_rights_violations', 'en'),
    definition: bandDefinition('labour_rights_violations', 'en'),
    cite: anyExploitativeCondition.cite,
    holds: (read) => truthOf(anyExploitativeCondition, read),
    decide: (truth) => truth(anyExploitativeCondition),
    rules: [anyExploitativeCondition],
    placedBy: (read) => supportingFacts(evaluate(anyExploitativeCondition, read)),
  },
  {
    id: 'severe_exploitation',
    label: bandLabel('severe_exploitation', 'en'),
    definition: bandDefinition('severe_exploitation', 'en'),
    cite: delphiCite('D4 and p. 3, rule for a positive dimension', { certainty: 'S' }),
    holds: exploitativeConditionsOf,
    decide: exploitativeConditions,
    rules: exploitativeConditionsRules,
    placedBy: (read) =>
      supportingFacts(
        evaluate(
          any(
            'd4-indicators',
            d4.name,
            d4.indicators.map((i) => i.rule),
          ),
          read,
        ),
      ),
  },
  instrumentBand('forced_labour', iloForcedLabourConvention),
  instrumentBand('trafficking', unTraffickingProtocol),
  instrumentBand('slavery', slaveryConvention),
];

export function bandRank(id: BandId): number {
  return bandIds.indexOf(id);
}

export function bandRangeOf(read: FactReader): BandRange {
  let lowest: BandId = 'decent_work';
  let highest: BandId = 'decent_work';
  for (const band of bands) {
    const value = band.holds(read);
    if (value === 'met') lowest = band.id;
    if (value !== 'not_met') highest = band.id;
  }
  return { lowest, highest };
}

export type BandMove = FactChange & { band: BandRange };

export type BandPlacement = BandRange & {
  /** Each band's rule, its value for this case, and where it comes from (with the brief's tag). */
  rules: Array<{ id: BandId; value: Truth; definition: string; cite?: Citation }>;
  /** The facts that show the lowest band's rule met (none for decent work). */
  placedBy: FactReading[];
  /** The nearest one-fact changes that raise the lowest band (answers to unknowns first). */
  up: BandMove[];
  /** The nearest one-fact changes that lower the highest band (answers) or the lowest (changes). */
  down: BandMove[];
};

let candidateCache: Candidates | undefined;

function bandCandidates(): Candidates {
  if (!candidateCache) {
    candidateCache = candidatesOf([
      unTraffickingProtocol.rule,
      iloForcedLabourConvention.rule,
      slaveryConvention.rule,
      anyExploitativeCondition,
    ]);
    for (const [path, values] of delphiCandidates())
      if (!candidateCache.has(path)) candidateCache.set(path, values);
  }
  return candidateCache;
}

const byKind = (a: BandMove, b: BandMove) => (a.kind === b.kind ? 0 : a.kind === 'answer' ? -1 : 1);

/** Where the case sits, with the rules' words and the questions in `lang` (English by default). */
export function bandPlacementOf(read: FactReader, lang?: Lang): BandPlacement {
  const range = bandRangeOf(read);
  const lowestBand = bands.find((band) => band.id === range.lowest)!;
  const moves: BandMove[] = [];
  for (const { read: changed, ...change } of singleChanges(bandCandidates(), read, { lang })) {
    const band = bandRangeOf(changed);
    if (band.lowest !== range.lowest || band.highest !== range.highest) moves.push({ ...change, band });
  }
  const rank = bandRank;
  const ups = moves.filter((m) => rank(m.band.lowest) > rank(range.lowest));
  const nearestUp = Math.min(...ups.map((m) => rank(m.band.lowest)));
  const downs = moves.filter(
    (m) => rank(m.band.highest) < rank(range.highest) || rank(m.band.lowest) < rank(range.lowest),
  );
  const nearestHigh = Math.max(
    ...downs.filter((m) => rank(m.band.highest) < rank(range.highest)).map((m) => rank(m.band.highest)),
  );
  const nearestLow = Math.max(
    ...downs.filter((m) => rank(m.band.lowest) < rank(range.lowest)).map((m) => rank(m.band.lowest)),
  );
  return {
    ...range,
    rules: bands.map((band) => ({
      id: band.id,
      value: band.holds(read),
      definition: bandDefinition(band.id, lang),
      ...(band.cite ? { cite: band.cite } : {}),
    })),
    placedBy: lowestBand.placedBy(read),
    up: ups.filter((m) => rank(m.band.lowest) === nearestUp).sort(byKind),
    down: downs
      .filter((m) => rank(m.band.highest) === nearestHigh || rank(m.band.lowest) === nearestLow)
      .sort(byKind),
  };
}

export function bandPlacement(facts: CaseFacts, lang?: Lang): BandPlacement {
  return bandPlacementOf(readerFor(facts), lang);
}
