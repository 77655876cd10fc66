// Cross-field consistency: facts that cannot all be true at once. A contradiction is reported as
// a problem (with the path of the second field), never resolved silently by picking one side —
// the rules can then rely on consistent facts, and a verdict never flips when a fact is added.
import { type Lang, translator } from '../i18n/index.js';
import { statusesWith } from './immigration.js';
import type { Problem } from './problems.js';
import type { CaseFacts } from './schema.js';

/** Immigration statuses that are neither citizenship nor permanent residence. */
export const temporaryStatuses = statusesWith('visa', 'conditional', 'none');

export function consistencyProblems(facts: CaseFacts, lang?: Lang): Problem[] {
  const { t } = translator(lang);
  const problems: Problem[] = [];
  const { person, status, events, jurisdiction } = facts;
  const immigration = status?.immigration;
  const national =
    typeof jurisdiction === 'string' && Array.isArray(person?.citizenships)
      ? person.citizenships.includes(jurisdiction)
      : undefined;

  if (events?.from && events?.to && events.from > events.to) {
    problems.push({
      path: 'events.to',
      code: 'inconsistent',
      message: t('problems.inconsistent.eventsEndBeforeStart', { to: events.to, from: events.from }),
    });
  }
  const atRecruitment = person?.ageAtRecruitment;
  const atExploitation = person?.ageAtExploitation;
  if (
    typeof atRecruitment === 'number' &&
    typeof atExploitation === 'number' &&
    atRecruitment > atExploitation
  ) {
    problems.push({
      path: 'person.ageAtExploitation',
      code: 'inconsistent',
      message: t('problems.inconsistent.agesReversed', { atExploitation, atRecruitment }),
    });
  }
  if (immigration === 'citizen' && national === false) {
    problems.push({
      path: 'person.citizenships',
      code: 'inconsistent',
      message: t('problems.inconsistent.citizenNotNational', { jurisdiction }),
    });
  }
  if (immigration && immigration !== 'citizen' && national === true) {
    problems.push({
      path: 'status.immigration',
      code: 'inconsistent',
      message: t('problems.inconsistent.nationalWithStatus', { jurisdiction, status: immigration }),
    });
  }
  if (immigration === 'permanent_resident' && person?.permanentResidentOfJurisdiction === false) {
    problems.push({
      path: 'person.permanentResidentOfJurisdiction',
      code: 'inconsistent',
      message: t('problems.inconsistent.permanentResidentFalse'),
    });
  }
  if (immigration && temporaryStatuses.has(immigration) && person?.permanentResidentOfJurisdiction === true) {
    problems.push({
      path: 'person.permanentResidentOfJurisdiction',
      code: 'inconsistent',
      message: t('problems.inconsistent.temporaryAndPermanent', { status: immigration }),
    });
  }
  // Facts v1.1: physically confined (locked in, or kept in by force or guards) implies not free to
  // leave and confined. Both fields of a contradiction are reported, each naming the other.
  const { control } = facts;
  if (control?.physicallyConfined === true) {
    if (control.freeToLeave === true) {
      const message = t('problems.inconsistent.confinedButFreeToLeave');
      problems.push({ path: 'control.freeToLeave', code: 'inconsistent', message });
      problems.push({ path: 'control.physicallyConfined', code: 'inconsistent', message });
    }
    if (control.isolationConfinementOrSurveillance === false) {
      const message = t('problems.inconsistent.confinedButNotConfined');
      problems.push({ path: 'control.isolationConfinementOrSurveillance', code: 'inconsistent', message });
      problems.push({ path: 'control.physicallyConfined', code: 'inconsistent', message });
    }
  }
  return problems;
}
