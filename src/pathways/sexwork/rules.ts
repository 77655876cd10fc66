// Reading a prostitution regime's tables for one case: the person's row by status and date, the
// buyer's position by date and, where the law asks, whether a third party used force, threats,
// coercion or deception (the trigger of buyer offences such as E&W s53A and StGB § 232a(6)).
import type { CaseFacts } from '../../facts/schema.js';
import { at, holdsOn } from '../../law/dated.js';
import type { Said } from '../words.js';
import type {
  BuyerFinding,
  BuyerQuestion,
  PersonOutcome,
  PersonRow,
  SexworkRegime,
  StatusClass,
} from './types.js';

const exploitativeConduct: Array<(facts: CaseFacts) => boolean | null | undefined> = [
  (f) => f.control?.violence,
  (f) => f.control?.sexualViolence,
  (f) => f.control?.threatsOfViolence,
  (f) => f.control?.violenceOrThreatsAgainstFamily,
  (f) => f.control?.threatOfDenunciationToAuthorities,
  (f) => f.control?.threatsToInformFamilyOrCommunity,
  (f) => f.control?.debtBondage,
  (f) => f.control?.underStrongInfluence,
  (f) => f.control?.forcedTasksOrClients,
  (f) => f.recruitment?.coercedBy?.violence,
  (f) => f.recruitment?.coercedBy?.threatsOfViolence,
  (f) => f.recruitment?.deceivedAbout?.natureOfJobLocationOrEmployer,
  (f) => f.recruitment?.deceivedAbout?.conditionsOfWork,
];

/** Force, threats, other coercion or deception shown (true), all the listed facts known absent (false), or unknown. */
export function coercedOrDeceived(facts: CaseFacts): boolean | null {
  const values = exploitativeConduct.map((read) => read(facts));
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : null;
}

const questions: Record<BuyerQuestion, (facts: CaseFacts) => boolean | null> = {
  coercedOrDeceived,
  /** Exploitative conduct by a third party: shown, or ruled out (none shown, or no third party profits). */
  exploitedByThirdParty: (facts) => {
    const coerced = coercedOrDeceived(facts);
    if (coerced === true) return true;
    return coerced === false || facts.exploitation?.thirdPartyProfitsFromProstitution === false
      ? false
      : null;
  },
};

/** Whether a buyer of this person commits an offence on `date`, under the regime's buyer rules. */
export function buyerFinding(regime: SexworkRegime, facts: CaseFacts, date: string): BuyerFinding | null {
  if (!regime.buyerOfThisPerson) return null;
  const rule = at(regime.buyerOfThisPerson, date);
  if ('finding' in rule) return rule.finding;
  const answer = questions[rule.asks](facts);
  return answer === true ? rule.yes : answer === false ? rule.no : rule.unknown;
}

const readsRightToWork: ReadonlySet<StatusClass> = new Set(['temporary', 'irregular', 'unknown']);

function fits(row: PersonRow, status: StatusClass, date: string): boolean {
  return row.status.includes(status) && holdsOn({ from: row.from ?? date, until: row.until }, date);
}

/** The person's outcome on `date`: the first row of the regime's table that fits their status. */
export function personOutcome(
  regime: SexworkRegime,
  facts: CaseFacts,
  status: StatusClass,
  date: string,
): Omit<PersonOutcome, 'summary'> & { summary: Said } {
  const rightToWork = facts.status?.rightToWork;
  const readAs =
    regime.rightToWorkReadsAs && readsRightToWork.has(status) && typeof rightToWork === 'boolean'
      ? regime.rightToWorkReadsAs[`${rightToWork}`]
      : status;
  const row = regime.person.find((r) => fits(r, readAs, date));
  if (!row) throw new Error(`sexwork regime ${regime.id}: no row for ${readAs} on ${date}`);
  const lawful =
    typeof row.lawful === 'string'
      ? row.lawful
      : rightToWork === true
        ? row.lawful.withRightToWork
        : row.lawful.otherwise;
  return {
    criminal: row.criminal,
    immigration: row.immigration,
    lawful,
    summary: row.summary,
    cite: row.cite,
  };
}
