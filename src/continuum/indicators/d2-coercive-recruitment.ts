// D2 — Coercive recruitment: coercion during recruitment, transfer and transportation (Palermo
// means: force, other coercion, abduction). Grades: law.md §4.3 [S]. Facts: `recruitment.coercedBy`.
// The same facts weigh more at destination (D5): confiscation of documents, debt bondage and
// confinement are medium here and strong there.
import { row } from './define.js';

const d = (key: string, name: string, adult: 'S' | 'M' | 'W', child: 'S' | 'M' | 'W') =>
  row('D2', 'recruitment.coercedBy', key, name, adult, child);

export const d2Indicators = [
  d('violence', 'Violence on victims', 'S', 'S'),
  d(
    'abductionSaleOrForcedMarriage',
    'Abduction, forced marriage, forced adoption or selling of victim',
    'M',
    'S',
  ),
  d('documentsConfiscated', 'Confiscation of documents', 'M', 'M'),
  d('debtBondage', 'Debt bondage', 'M', 'S'),
  d('isolationConfinementOrSurveillance', 'Isolation, confinement or surveillance', 'M', 'M'),
  d('threatOfDenunciationToAuthorities', 'Threat of denunciation to authorities', 'M', 'M'),
  d('threatsOfViolence', 'Threats of violence against victim', 'M', 'S'),
  d('threatsToInformFamilyOrCommunity', 'Threats to inform family, community or public', 'M', 'M'),
  d('violenceOrThreatsAgainstFamily', 'Violence on family (threats or effective)', 'M', 'M'),
  d('moneyWithheld', 'Withholding of money', 'M', 'M'),
];
