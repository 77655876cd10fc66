// D2 — Coercive recruitment: coercion during recruitment, transfer and transportation (Palermo
// means: force, other coercion, abduction). Grades: law.md §4.3 [S]. Facts: `recruitment.coercedBy`.
// The same facts weigh more at destination (D5): confiscation of documents, debt bondage and
// confinement are medium here and strong there.
import type { FlagsUnder } from '../../facts/schema.js';
import { row } from './define.js';

const d = (key: FlagsUnder<'recruitment.coercedBy'>, adult: 'S' | 'M' | 'W', child: 'S' | 'M' | 'W') =>
  row('D2', 'recruitment.coercedBy', key, adult, child);

export const d2Indicators = [
  d('violence', 'S', 'S'),
  d('abductionSaleOrForcedMarriage', 'M', 'S'),
  d('documentsConfiscated', 'M', 'M'),
  d('debtBondage', 'M', 'S'),
  d('isolationConfinementOrSurveillance', 'M', 'M'),
  d('threatOfDenunciationToAuthorities', 'M', 'M'),
  d('threatsOfViolence', 'M', 'S'),
  d('threatsToInformFamilyOrCommunity', 'M', 'M'),
  d('violenceOrThreatsAgainstFamily', 'M', 'M'),
  d('moneyWithheld', 'M', 'M'),
];
