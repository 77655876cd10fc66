// A second view of the same profile: the categories ILO survey work uses to classify migrants
// (law.md §4.2, "intermediate outcome categories" [S]; not from the Delphi brochure). "Recruitment
// means" there is deceptive or coercive recruitment (D1, D2); D3 plays no part.
import { type FactReader, truthOf } from '../law/logic/evaluate.js';
import { and, negate, or, type Truth } from '../law/logic/truth.js';
import { delphiRules } from './delphi.js';
import { agree } from './fact-changes.js';
import { surveyCite } from './indicators/source.js';
import type { DimensionId } from './indicators/types.js';
import { listsFor } from './lists.js';

export const surveyCategoryIds = [
  'successful_migrant',
  'exploited_migrant',
  'deceived_and_exploited',
  'trafficked_for_forced_labour',
] as const;
export type SurveyCategoryId = (typeof surveyCategoryIds)[number];

export type SurveyCategory = {
  /** The category the case is certainly in; `unclassified` when it fits none; null while unknown. */
  category: SurveyCategoryId | 'unclassified' | null;
  /** Every category still possible. */
  possible: Array<SurveyCategoryId | 'unclassified'>;
  cite: typeof surveyCite;
};

type Dims = Record<DimensionId, Truth>;

/** Each category as a rule over the dimensions (the survey table's rows). */
export const surveyRules: Record<SurveyCategoryId, (d: Dims) => Truth> = {
  // No recruitment means, no exploitation, no coercion at destination.
  successful_migrant: (d) => and([negate(or([d.D1, d.D2])), negate(d.D4), negate(d.D5)]),
  // Exploited at work, but neither deceived nor coerced into it, nor coerced at destination.
  exploited_migrant: (d) => and([negate(or([d.D1, d.D2])), d.D4, negate(d.D5)]),
  // Deceived into exploitative work, without coercion at destination.
  deceived_and_exploited: (d) => and([d.D1, d.D4, negate(d.D5)]),
  // Deceived or coerced into exploitative work and coerced at destination.
  trafficked_for_forced_labour: (d) => and([or([d.D1, d.D2]), d.D4, d.D5]),
};

export function surveyCategory(read: FactReader): SurveyCategory {
  const { lists } = listsFor(read);
  const dims = Object.fromEntries(
    (['D1', 'D2', 'D4', 'D5'] as const).map((id) => [
      id,
      agree(lists.map((list) => truthOf(delphiRules(list).dimensions[id], read))),
    ]),
  ) as Dims;
  const values = surveyCategoryIds.map((id) => [id, surveyRules[id](dims)] as const);
  const unclassified = negate(or(values.map(([, v]) => v)));
  const all: Array<readonly [SurveyCategoryId | 'unclassified', Truth]> = [
    ...values,
    ['unclassified', unclassified],
  ];
  const met = all.find(([, v]) => v === 'met');
  return {
    category: met ? met[0] : null,
    possible: all.filter(([, v]) => v !== 'not_met').map(([id]) => id),
    cite: surveyCite,
  };
}
