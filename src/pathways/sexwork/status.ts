// The person's standing for a prostitution regime: a child, a national of the country, a free-
// movement national (EU/EEA), a resident whose permit has no work restriction, the holder of a
// temporary visa, or irregular. The recorded immigration status is read as if held in the regime's
// country (the facts record the status in the case's jurisdiction).
import { standingOfStatus } from '../../facts/immigration.js';
import type { CaseFacts } from '../../facts/schema.js';
import type { Translator } from '../../i18n/index.js';
import { at } from '../../law/dated.js';
import { ageOfMajority } from '../../law/parameters.js';
import { freeMovementStates } from '../free-movement.js';
import type { Decision } from '../types.js';
import type { StatusClass } from './types.js';

const majority = at(ageOfMajority.versions, null).value;

export function classify(
  facts: CaseFacts,
  country: string | null,
  options: { freeMovement: boolean; tr: Translator },
): { class: StatusClass; decidedBy: Decision[] } {
  const { tr } = options;
  const decidedBy: Decision[] = [];
  const note = (path: string, value: unknown, effect: string) =>
    decidedBy.push({ path, value: value ?? null, effect });
  const ages = [facts.person?.ageAtRecruitment, facts.person?.ageAtExploitation].filter(
    (age): age is number => typeof age === 'number',
  );
  if (ages.some((age) => age < majority)) {
    note(
      'person.ageAtExploitation',
      facts.person?.ageAtExploitation,
      tr.t('pathways.status.child', { age: majority }),
    );
    return { class: 'child', decidedBy };
  }
  const citizenships = facts.person?.citizenships ?? null;
  const immigration = facts.status?.immigration ?? null;
  if (country && citizenships?.includes(country)) {
    note(
      'person.citizenships',
      citizenships,
      tr.t('pathways.status.national', { country: tr.country(country) }),
    );
    return { class: 'national', decidedBy };
  }
  if (options.freeMovement && citizenships?.some((c) => freeMovementStates.includes(c))) {
    note('person.citizenships', citizenships, tr.t('pathways.status.freeMovement'));
    return { class: 'free_movement', decidedBy };
  }
  if (immigration === 'citizen' && !citizenships?.length) {
    note('status.immigration', immigration, tr.t('pathways.status.citizen'));
    return { class: 'national', decidedBy };
  }
  const standing = standingOfStatus(immigration);
  if (standing === 'settled') {
    note('status.immigration', immigration, tr.t('pathways.status.resident'));
    return { class: 'resident', decidedBy };
  }
  if (standing === 'visa') {
    note('status.immigration', immigration, tr.t('pathways.status.temporary'));
    return { class: 'temporary', decidedBy };
  }
  if (standing === 'none') {
    note('status.immigration', immigration, tr.t('pathways.status.irregular'));
    return { class: 'irregular', decidedBy };
  }
  note('status.immigration', immigration, tr.t('pathways.status.unknown'));
  return { class: 'unknown', decidedBy };
}
