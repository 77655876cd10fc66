// The person's standing for a prostitution regime: a child, a national of the country, a free-
// movement national (EU/EEA), a resident whose permit has no work restriction, the holder of a
// temporary visa, or irregular. The recorded immigration status is read as if held in the regime's
// country (the facts record the status in the case's jurisdiction).
import type { CaseFacts } from '../../facts/schema.js';
import { freeMovementStates } from '../free-movement.js';
import type { Decision } from '../types.js';
import type { StatusClass } from './types.js';

const temporary = new Set([
  'work_visa',
  'tied_work_visa',
  'domestic_worker_visa',
  'seasonal_worker_visa',
  'student_visa',
  'visitor_visa',
]);
const resident = new Set(['permanent_resident', 'refugee']);

export function classify(
  facts: CaseFacts,
  country: string | null,
  options: { freeMovement: boolean },
): { class: StatusClass; decidedBy: Decision[] } {
  const decidedBy: Decision[] = [];
  const note = (path: string, value: unknown, effect: string) =>
    decidedBy.push({ path, value: value ?? null, effect });
  const ages = [facts.person?.ageAtRecruitment, facts.person?.ageAtExploitation].filter(
    (age): age is number => typeof age === 'number',
  );
  if (ages.some((age) => age < 18)) {
    note(
      'person.ageAtExploitation',
      facts.person?.ageAtExploitation,
      'under 18: a child, never a lawful sex worker',
    );
    return { class: 'child', decidedBy };
  }
  const citizenships = facts.person?.citizenships ?? null;
  const immigration = facts.status?.immigration ?? null;
  if (country && citizenships?.includes(country)) {
    note('person.citizenships', citizenships, `a national of ${country}`);
    return { class: 'national', decidedBy };
  }
  if (options.freeMovement && citizenships?.some((c) => freeMovementStates.includes(c))) {
    note('person.citizenships', citizenships, 'an EU/EEA national with free movement');
    return { class: 'free_movement', decidedBy };
  }
  if (immigration === 'citizen' && !citizenships?.length) {
    note('status.immigration', immigration, 'a citizen');
    return { class: 'national', decidedBy };
  }
  if (immigration && resident.has(immigration)) {
    note('status.immigration', immigration, 'residence without work restriction');
    return { class: 'resident', decidedBy };
  }
  if (immigration && temporary.has(immigration)) {
    note('status.immigration', immigration, 'a temporary visa');
    return { class: 'temporary', decidedBy };
  }
  if (immigration === 'irregular' || immigration === 'stateless') {
    note('status.immigration', immigration, 'no lawful status');
    return { class: 'irregular', decidedBy };
  }
  note(
    'status.immigration',
    immigration,
    'status not known (or family visa / asylum seeker: depends on its terms)',
  );
  return { class: 'unknown', decidedBy };
}
