// A CTDC record's place on the continuum (src/continuum/bands.ts): the most severe band whose rule
// its certain facts meet — what `bandRangeOf(...).lowest` gives. Kleene logic is monotone, so a band
// met on the certain facts is met on every reading of the record.
//
// For speed, the bands whose rules are known here are evaluated with the rules folded and compiled
// as for the verdicts; any other band falls back to the continuum's own test. A test checks the
// result against bandRangeOf on random records, so a change in src/continuum cannot go unnoticed.
import { anyExploitativeCondition, bands } from '../continuum/bands.js';
import { delphiRules } from '../continuum/delphi.js';
import { agree } from '../continuum/fact-changes.js';
import { type ListId, listIds } from '../continuum/indicators/types.js';
import { childRule, sexualRule } from '../continuum/lists.js';
import { iloForcedLabourConvention } from '../law/instruments/ilo-forced-labour-convention-1930.js';
import { slaveryConvention } from '../law/instruments/slavery-convention-1926.js';
import { unTraffickingProtocol } from '../law/instruments/un-trafficking-protocol-2000.js';
import { readerFor } from '../law/logic/evaluate.js';
import type { Truth } from '../law/logic/truth.js';
import { buildFacts, type MappedFacts } from './ctdc-mapping.js';
import { certainAssignments, certainSlots, compileForCtdc, ctdcReads } from './supervaluation.js';

type Test = (values: readonly unknown[]) => Truth;

type Rule = Parameters<typeof compileForCtdc>[0];

/** Every rule the fast tests below evaluate (for the paths they read). */
const fastRules: Rule[] = [];

const byRule = (rule: Rule): Test => {
  fastRules.push(rule);
  let compiled: Test | undefined;
  return (values) => {
    compiled ??= compileForCtdc(rule);
    return compiled(values);
  };
};

/**
 * exploitativeConditionsOf (src/continuum/profile.ts): D4 positive on every list the facts allow,
 * the lists chosen as listsFor (src/continuum/lists.ts) chooses them.
 */
function severeExploitation(values: readonly unknown[]): Truth {
  const child = compileForCtdc(childRule)(values);
  const sexual = compileForCtdc(sexualRule)(values);
  const ages = child === 'met' ? ['child'] : child === 'not_met' ? ['adult'] : ['adult', 'child'];
  const kinds = sexual === 'met' ? ['sexual'] : sexual === 'not_met' ? ['labour'] : ['labour', 'sexual'];
  const lists = ages.flatMap((age) => kinds.map((kind) => `${age}-${kind}` as ListId));
  return agree(lists.map((list) => compileForCtdc(delphiRules(list).dimensions.D4)(values)));
}

// The rules severeExploitation reads: the age and kind that choose the lists, and each list's D4.
fastRules.push(childRule, sexualRule, ...listIds.map((list) => delphiRules(list).dimensions.D4));

const fast: Record<string, Test> = {
  decent_work: () => 'met',
  labour_rights_violations: byRule(anyExploitativeCondition),
  severe_exploitation: severeExploitation,
  forced_labour: byRule(iloForcedLabourConvention.rule),
  trafficking: byRule(unTraffickingProtocol.rule),
  slavery: byRule(slaveryConvention.rule),
};

/**
 * The paths ctdcBand can read, for caching bands by only those facts; null when some band has no
 * fast test here (its own test may read any path). ctdcBand reads only a record's certain facts.
 */
export function ctdcBandReads(): ReadonlySet<string> | null {
  if (!bands.every((band) => fast[band.id])) return null;
  return new Set(fastRules.flatMap((rule) => ctdcReads(rule)));
}

export function ctdcBand(mapped: MappedFacts): string {
  const values = certainSlots(mapped);
  let read: ReturnType<typeof readerFor> | undefined;
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i];
    const test: Test | undefined = fast[band.id];
    let value: Truth;
    if (test) value = test(values);
    else {
      read ??= readerFor(buildFacts(certainAssignments(mapped)));
      value = band.holds(read);
    }
    if (value === 'met') return band.id;
  }
  return bands[0].id;
}
