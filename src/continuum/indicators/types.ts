// What a Delphi indicator is: one observable sign of trafficking, placed in one of the six
// dimensions, graded strong / medium / weak on each of the four lists, and read from the facts.
import type { Certainty, Citation } from '../../law/logic/citation.js';
import type { Rule } from '../../law/logic/rule.js';

export const grades = ['strong', 'medium', 'weak'] as const;
export type Grade = (typeof grades)[number];

export const dimensionIds = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
export type DimensionId = (typeof dimensionIds)[number];

/** The four lists of the brochure: who (adult, child) and what exploitation (labour, sexual). */
export const listIds = ['adult-labour', 'child-labour', 'adult-sexual', 'child-sexual'] as const;
export type ListId = (typeof listIds)[number];

/** Recruitment (including transfer and transport) or destination: the same fact weighs differently. */
export type Phase = 'recruitment' | 'destination';

/**
 * The grade of an indicator on each list; `null` = not on that list. The sexual grades are given
 * only where the brief has them (law.md §4.4); absent, the labour grade is used and the profile
 * says it is approximated.
 */
export type IndicatorGrades = {
  adultLabour: Grade | null;
  childLabour: Grade | null;
  adultSexual?: Grade | null;
  childSexual?: Grade | null;
};

export type Indicator = {
  /** Stable id, `D5-documentsConfiscated`: the dimension and the fact it reads. */
  id: string;
  dimension: DimensionId;
  /** The brochure's wording, as transcribed in law.md §4.3. */
  name: string;
  grades: IndicatorGrades;
  /** The fact(s) the indicator reads, as a rule: met = observed, not_met = known absent. */
  rule: Rule;
  /** The list and dimension the grade comes from, with how sure the grade is. */
  cite: Citation;
  note?: string;
};

export type Dimension = {
  id: DimensionId;
  name: string;
  phase: Phase;
  /** The Palermo element the dimension stands for: D4 is the purpose, the others are means. */
  palermoElement: 'means' | 'purpose';
  /** The facts-vocabulary object whose flags are this dimension's indicators. */
  factPrefix: string;
  indicators: Indicator[];
};

export type GradeCertainty = Certainty;
