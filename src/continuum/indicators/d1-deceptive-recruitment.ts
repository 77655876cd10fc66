// D1 — Deceptive recruitment: deception during recruitment, transfer and transportation (a Palermo
// means, fraud or deception, at the recruitment phase). Grades: law.md §4.3, adult (A) and child (C)
// labour lists [S]. The vocabulary has one flag per indicator under `recruitment.deceivedAbout`.
import { row } from './define.js';

const d = (key: string, name: string, adult: 'S' | 'M' | 'W', child: 'S' | 'M' | 'W') =>
  row('D1', 'recruitment.deceivedAbout', key, name, adult, child);

export const d1Indicators = [
  d('natureOfJobLocationOrEmployer', 'Deceived about the nature of the job, location or employer', 'S', 'S'),
  d('conditionsOfWork', 'Deceived about conditions of work', 'M', 'M'),
  d('contractContentOrLegality', 'Deceived about content or legality of work contract', 'M', 'M'),
  d('familyReunification', 'Deceived about family reunification', 'M', 'M'),
  d('housingAndLivingConditions', 'Deceived about housing and living conditions', 'M', 'M'),
  d(
    'legalDocumentationOrMigrationStatus',
    'Deceived about legal documentation or obtaining legal migration status',
    'M',
    'M',
  ),
  d('travelAndRecruitmentConditions', 'Deceived about travel and recruitment conditions', 'M', 'M'),
  d('wages', 'Deceived about wages/earnings', 'M', 'M'),
  d('marriageOrAdoptionPromise', 'Deceived through promises of marriage or adoption', 'M', 'M'),
  // Weak for adults, strong for children: education matters more when the person is a child.
  d('educationOpportunities', 'Deceived about access to education opportunities', 'W', 'S'),
];
