// Small builders for the indicator lists, so each dimension file reads like the brochure's table.
import type { FlagPath, FlagsUnder } from '../../facts/schema.js';
import { translator } from '../../i18n/index.js';
import type { Certainty } from '../../law/logic/citation.js';
import { flag, type Rule } from '../../law/logic/rule.js';
import { gradeCite } from './source.js';
import type { DimensionId, Grade, Indicator } from './types.js';

/** The tables' shorthand: S / M / W, or null for "not on that list". */
export type Letter = 'S' | 'M' | 'W' | null;

const gradeOf: Record<'S' | 'M' | 'W', Grade> = { S: 'strong', M: 'medium', W: 'weak' };

function toGrade(letter: Letter): Grade | null {
  return letter === null ? null : gradeOf[letter];
}

export type IndicatorOptions = {
  /** Grades on the sexual-exploitation lists, only where the brief gives them (§4.4). */
  sexual?: { adult?: Letter; child?: Letter };
  /** How sure the grade is when it differs from the list's [S] (e.g. the D3 discrepancy). */
  certainty?: Certainty;
  note?: string;
  /** A rule other than the plain flag (derived facts, or several facts for one indicator). */
  rule?: Rule;
};

/**
 * One row of a table: `row('D5', 'control', 'documentsConfiscated', 'S', 'S')`. The indicator's name
 * (the brochure's wording) is in the catalogues, `continuum.indicator.<id>`: English here, for rule labels.
 */
export function row<Prefix extends string>(
  dimension: DimensionId,
  prefix: Prefix,
  key: FlagsUnder<Prefix>,
  adult: Letter,
  child: Letter,
  options: IndicatorOptions = {},
): Indicator {
  // The signature makes `prefix.key` a flag of the vocabulary.
  const path = `${prefix}.${key}` as FlagPath;
  const id = `${dimension}-${key}`;
  const name = translator().dynamic(`continuum.indicator.${id}`);
  const grades: Indicator['grades'] = { adultLabour: toGrade(adult), childLabour: toGrade(child) };
  if (options.sexual && 'adult' in options.sexual) grades.adultSexual = toGrade(options.sexual.adult ?? null);
  if (options.sexual && 'child' in options.sexual) grades.childSexual = toGrade(options.sexual.child ?? null);
  return {
    id,
    dimension,
    name,
    grades,
    rule: options.rule ?? flag(path, name),
    cite: gradeCite(dimension, options.certainty ?? 'S', options.note),
    ...(options.note ? { note: options.note } : {}),
  };
}
