// D1 — Deceptive recruitment: deception during recruitment, transfer and transportation (a Palermo
// means, fraud or deception, at the recruitment phase). Grades: law.md §4.3, adult (A) and child (C)
// labour lists [S]. The vocabulary has one flag per indicator under `recruitment.deceivedAbout`.
import type { FlagsUnder } from '../../facts/schema.js';
import { row } from './define.js';

const d = (key: FlagsUnder<'recruitment.deceivedAbout'>, adult: 'S' | 'M' | 'W', child: 'S' | 'M' | 'W') =>
  row('D1', 'recruitment.deceivedAbout', key, adult, child);

export const d1Indicators = [
  d('natureOfJobLocationOrEmployer', 'S', 'S'),
  d('conditionsOfWork', 'M', 'M'),
  d('contractContentOrLegality', 'M', 'M'),
  d('familyReunification', 'M', 'M'),
  d('housingAndLivingConditions', 'M', 'M'),
  d('legalDocumentationOrMigrationStatus', 'M', 'M'),
  d('travelAndRecruitmentConditions', 'M', 'M'),
  d('wages', 'M', 'M'),
  d('marriageOrAdoptionPromise', 'M', 'M'),
  // Weak for adults, strong for children: education matters more when the person is a child.
  d('educationOpportunities', 'W', 'S'),
];
