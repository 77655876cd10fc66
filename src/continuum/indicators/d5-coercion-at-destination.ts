// D5 — Coercion at destination (Palermo means: force and other coercion, after arrival; for
// C029 the menace of a penalty). Grades: law.md §4.3 [S]. Facts: `control`.
// Not every control fact is a Delphi indicator: threats of being sent home, of a dismissal that
// ends the right to stay, other penalties for leaving and freedom to leave have no row in the
// brochure; they count for forced labour (menace of penalty) and for structural vulnerability.
import type { FlagsUnder } from '../../facts/schema.js';
import { any, flag } from '../../law/logic/rule.js';
import { row } from './define.js';

type Letter = 'S' | 'M' | 'W';
const d = (key: FlagsUnder<'control'>, adult: Letter, child: Letter) =>
  row('D5', 'control', key, adult, child);

export const d5Indicators = [
  d('documentsConfiscated', 'S', 'S'),
  d('debtBondage', 'S', 'S'),
  d('isolationConfinementOrSurveillance', 'S', 'S'),
  row('D5', 'control', 'violence', 'S', 'S', {
    // The vocabulary records sexual violence apart; the brochure's "violence on victims" covers it.
    rule: any('control.violence|control.sexualViolence', 'Violence on victims', [
      flag('control.violence', 'Violence on victims'),
      flag('control.sexualViolence', 'Sexual violence on victims'),
    ]),
  }),
  d('forcedIntoIllicitActivities', 'M', 'S'),
  // §4.4: strong on both sexual-exploitation lists.
  row('D5', 'control', 'forcedTasksOrClients', 'M', 'S', {
    sexual: { adult: 'S', child: 'S' },
  }),
  d('forcedToActAgainstPeers', 'M', 'M'),
  d('forcedToLie', 'M', 'M'),
  d('threatOfDenunciationToAuthorities', 'M', 'M'),
  d('threatOfWorseConditions', 'M', 'M'),
  d('threatsOfViolence', 'M', 'S'),
  d('underStrongInfluence', 'M', 'S'),
  d('violenceOrThreatsAgainstFamily', 'M', 'M'),
  d('wagesWithheld', 'M', 'M'),
  d('threatsToInformFamilyOrCommunity', 'W', 'M'),
];
