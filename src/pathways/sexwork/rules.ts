// Shared readings for the prostitution regimes: the rule in force on a date, and whether a third
// party used force, threats, coercion or deception (the trigger of buyer offences such as E&W s53A).
import type { CaseFacts } from '../../facts/schema.js';
import type { PartyRule } from './types.js';

export function ruleOn(rules: PartyRule[], date: string | null): PartyRule {
  if (date === null) return rules.at(-1)!;
  const inForce = rules.filter((r) => r.from <= date && (r.until === undefined || date <= r.until));
  return inForce.at(-1) ?? rules[0];
}

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
