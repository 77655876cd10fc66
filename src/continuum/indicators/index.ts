// The six dimensions of the ILO–EC operational indicators (law.md §4.1) with their indicators, and
// how to read an indicator's grade on a list.
import { translator } from '../../i18n/index.js';
import { d1Indicators } from './d1-deceptive-recruitment.js';
import { d2Indicators } from './d2-coercive-recruitment.js';
import { d3Indicators } from './d3-recruitment-abuse-of-vulnerability.js';
import { d4Indicators } from './d4-exploitative-conditions.js';
import { d5Indicators } from './d5-coercion-at-destination.js';
import { d6Indicators } from './d6-abuse-of-vulnerability-at-destination.js';
import type { Dimension, DimensionId, Grade, Indicator, ListId } from './types.js';

export * from './types.js';

/** The dimensions' names in English, for rule labels; the reports give them in the language asked for. */
const en = translator('en');

export const dimensions: readonly Dimension[] = [
  {
    id: 'D1',
    name: en.t('continuum.dimension.D1'),
    phase: 'recruitment',
    palermoElement: 'means',
    factPrefix: 'recruitment.deceivedAbout',
    indicators: d1Indicators,
  },
  {
    id: 'D2',
    name: en.t('continuum.dimension.D2'),
    phase: 'recruitment',
    palermoElement: 'means',
    factPrefix: 'recruitment.coercedBy',
    indicators: d2Indicators,
  },
  {
    id: 'D3',
    name: en.t('continuum.dimension.D3'),
    phase: 'recruitment',
    palermoElement: 'means',
    factPrefix: 'recruitment.vulnerabilityAbused',
    indicators: d3Indicators,
  },
  {
    id: 'D4',
    name: en.t('continuum.dimension.D4'),
    phase: 'destination',
    palermoElement: 'purpose',
    factPrefix: 'exploitation.conditions',
    indicators: d4Indicators,
  },
  {
    id: 'D5',
    name: en.t('continuum.dimension.D5'),
    phase: 'destination',
    palermoElement: 'means',
    factPrefix: 'control',
    indicators: d5Indicators,
  },
  {
    id: 'D6',
    name: en.t('continuum.dimension.D6'),
    phase: 'destination',
    palermoElement: 'means',
    factPrefix: 'vulnerabilityAtDestination',
    indicators: d6Indicators,
  },
];

export const indicators: readonly Indicator[] = dimensions.flatMap((dimension) => dimension.indicators);

export function dimension(id: DimensionId): Dimension {
  return dimensions.find((d) => d.id === id)!;
}

/**
 * The grade of an indicator on a list. On a sexual list without a grade from the brief, the labour
 * grade for the same age group stands in, and `approximated` says so.
 */
export function gradeOn(indicator: Indicator, list: ListId): { grade: Grade | null; approximated: boolean } {
  const { grades } = indicator;
  switch (list) {
    case 'adult-labour':
      return { grade: grades.adultLabour, approximated: false };
    case 'child-labour':
      return { grade: grades.childLabour, approximated: false };
    case 'adult-sexual':
      return grades.adultSexual !== undefined
        ? { grade: grades.adultSexual, approximated: false }
        : { grade: grades.adultLabour, approximated: true };
    case 'child-sexual':
      return grades.childSexual !== undefined
        ? { grade: grades.childSexual, approximated: false }
        : { grade: grades.childLabour, approximated: true };
  }
}
