// D5 — Coercion at destination (Palermo means: force and other coercion, after arrival; for
// C029 the menace of a penalty). Grades: law.md §4.3 [S]. Facts: `control`.
// Not every control fact is a Delphi indicator: threats of being sent home, of a dismissal that
// ends the right to stay, other penalties for leaving and freedom to leave have no row in the
// brochure; they count for forced labour (menace of penalty) and for structural vulnerability.
import { any, flag } from '../../law/logic/rule.js';
import { row } from './define.js';

type Letter = 'S' | 'M' | 'W';
const d = (key: string, name: string, adult: Letter, child: Letter) =>
  row('D5', 'control', key, name, adult, child);

export const d5Indicators = [
  d('documentsConfiscated', 'Confiscation of documents', 'S', 'S'),
  d('debtBondage', 'Debt bondage', 'S', 'S'),
  d('isolationConfinementOrSurveillance', 'Isolation, confinement or surveillance', 'S', 'S'),
  row('D5', 'control', 'violence', 'Violence on victims', 'S', 'S', {
    // The vocabulary records sexual violence apart; the brochure's "violence on victims" covers it.
    rule: any('control.violence|control.sexualViolence', 'Violence on victims', [
      flag('control.violence', 'Violence on victims'),
      flag('control.sexualViolence', 'Sexual violence on victims'),
    ]),
  }),
  d('forcedIntoIllicitActivities', 'Forced into illicit/criminal activities', 'M', 'S'),
  // §4.4: strong on both sexual-exploitation lists.
  row('D5', 'control', 'forcedTasksOrClients', 'Forced tasks or clients', 'M', 'S', {
    sexual: { adult: 'S', child: 'S' },
  }),
  d('forcedToActAgainstPeers', 'Forced to act against peers', 'M', 'M'),
  d('forcedToLie', 'Forced to lie to authorities, family, etc.', 'M', 'M'),
  d('threatOfDenunciationToAuthorities', 'Threat of denunciation to authorities', 'M', 'M'),
  d('threatOfWorseConditions', 'Threat to impose even worse working conditions', 'M', 'M'),
  d('threatsOfViolence', 'Threats of violence against victim', 'M', 'S'),
  d('underStrongInfluence', 'Under strong influence', 'M', 'S'),
  d('violenceOrThreatsAgainstFamily', 'Violence on family (threats or effective)', 'M', 'M'),
  d('wagesWithheld', 'Withholding of wages', 'M', 'M'),
  d('threatsToInformFamilyOrCommunity', 'Threats to inform family, community or public', 'W', 'M'),
];
