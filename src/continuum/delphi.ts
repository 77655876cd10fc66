// The Delphi decision rules as rule trees (src/law/logic), so that every result comes with its
// finding tree and its pivotal facts. law.md §4.2.
import { act } from '../law/elements/trafficking.js';
import { citer } from '../law/logic/citation.js';
import { all, any, atLeast, type Rule } from '../law/logic/rule.js';
import { dimensions, gradeOn } from './indicators/index.js';
import { combinationCite, dimensionRuleCite } from './indicators/source.js';
import type { Dimension, DimensionId, Grade, Indicator, ListId } from './indicators/types.js';

/** The indicators of a dimension that are on a list, with their grade there. */
export function graded(dimension: Dimension, list: ListId): Array<{ indicator: Indicator; grade: Grade }> {
  return dimension.indicators.flatMap((indicator) => {
    const { grade } = gradeOn(indicator, list);
    return grade ? [{ indicator, grade }] : [];
  });
}

/**
 * Step 1 as a predicate on counts of observed indicators (S strong, M medium, W weak): at least
 * (a) 2 strong, (b) 1 strong + 1 medium or weak, (c) 3 medium, or (d) 2 medium + 1 weak.
 */
export function positiveCounts(strong: number, medium: number, weak: number): boolean {
  return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

/**
 * Step 1 as a rule. Each branch is an `atLeast` over the indicators of one grade, so with unknown
 * indicators the value is met when the observed ones suffice, not_met when even every unknown
 * indicator being present would not suffice, and undetermined otherwise (the rule is monotone, so
 * Kleene evaluation is exact here).
 */
export function dimensionRule(dimension: Dimension, list: ListId): Rule {
  const rows = graded(dimension, list);
  const of = (grade: Grade) => rows.filter((r) => r.grade === grade).map((r) => r.indicator.rule);
  const [strong, medium, weak] = [of('strong'), of('medium'), of('weak')];
  const id = (suffix: string) => `${dimension.id}-${suffix}`;
  return any(
    id('positive'),
    `${dimension.id} ${dimension.name}: the dimension is positive`,
    [
      atLeast(id('two-strong'), 'At least 2 strong indicators', 2, strong),
      all(id('strong-and-other'), '1 strong indicator and 1 medium or weak indicator', [
        atLeast(id('one-strong'), 'At least 1 strong indicator', 1, strong),
        atLeast(id('one-medium-or-weak'), 'At least 1 medium or weak indicator', 1, [...medium, ...weak]),
      ]),
      atLeast(id('three-medium'), 'At least 3 medium indicators', 3, medium),
      all(id('two-medium-one-weak'), '2 medium indicators and 1 weak indicator', [
        atLeast(id('two-medium'), 'At least 2 medium indicators', 2, medium),
        atLeast(id('one-weak'), 'At least 1 weak indicator', 1, weak),
      ]),
    ],
    dimensionRuleCite,
  );
}

export type DelphiRules = {
  list: ListId;
  dimensions: Record<DimensionId, Rule>;
  /** (D1 or D2 or D3) and D4 and (D5 or D6). */
  trafficking: Rule;
};

function build(list: ListId): DelphiRules {
  const byId = Object.fromEntries(dimensions.map((d) => [d.id, dimensionRule(d, list)])) as Record<
    DimensionId,
    Rule
  >;
  const trafficking = all(
    'delphi-trafficking',
    'Trafficking by the Delphi indicators: a recruitment means, exploitative conditions, and coercion or abuse of vulnerability at destination',
    [
      any(
        'delphi-recruitment',
        'Deceptive or coercive recruitment, or recruitment by abuse of vulnerability',
        [byId.D1, byId.D2, byId.D3],
      ),
      byId.D4,
      any('delphi-destination', 'Coercion or abuse of vulnerability at destination', [byId.D5, byId.D6]),
    ],
    combinationCite,
  );
  return { list, dimensions: byId, trafficking };
}

const cache = new Map<ListId, DelphiRules>();

/** The rules for a list, built once. */
export function delphiRules(list: ListId): DelphiRules {
  let rules = cache.get(list);
  if (!rules) {
    rules = build(list);
    cache.set(list, rules);
  }
  return rules;
}

const palermo = citer('UN Trafficking Protocol (2000)', '2003-12-25', 'V');

/**
 * For a child, Palermo needs no means (Art 3(c)): an act and the exploitation suffice. With the
 * Delphi lists, the exploitation is read as D4 positive on the child list (law.md §4.2, the
 * recommended `palermoChildMinimum`).
 */
export function palermoChildMinimumRule(list: ListId): Rule {
  return all(
    'palermo-child-minimum',
    'For a child: an act, and exploitative conditions (D4 positive on the child list); no means needed',
    [act(palermo('Art 3(a)')), delphiRules(list).dimensions.D4],
    palermo('Art 3(c)', {
      note: 'Reading exploitation as D4 positive is the brief’s recommendation, not a rule of the Protocol, whose purpose may also be only intended.',
    }),
  );
}
