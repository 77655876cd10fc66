// The elements of forced labour as ILO C029 Art 2(1) defines them — work or service, exacted under
// the menace of a penalty, not offered voluntarily — written once and used by every instrument that
// refers to forced labour (C029 itself, Palermo's purpose, ECHR servitude).
import type { FlagPath } from '../../facts/schema.js';
import { anyExploitation, anyFlag, notFreeToLeave, physicallyConfined } from '../derived.js';
import type { Citation } from '../logic/citation.js';
import {
  all,
  any,
  contested,
  defeasible,
  fact,
  flag,
  flagFalse,
  type Rule,
  shown,
  unless,
} from '../logic/rule.js';

/** Each fact that shows a penalty menaced for refusing the work or leaving it. */
export const penaltyFacts: Array<[FlagPath, string]> = [
  ['control.violence', 'Violence was used against the person'],
  ['control.sexualViolence', 'Sexual violence was used against the person'],
  ['control.threatsOfViolence', 'The person was threatened with violence'],
  ['control.violenceOrThreatsAgainstFamily', 'The family was subjected to violence or threats'],
  [
    'control.threatOfDenunciationToAuthorities',
    'The person was threatened with denunciation to the authorities',
  ],
  ['control.threatOfBeingSentHome', 'The person was threatened with being sent back home'],
  [
    'control.threatOfDismissalEndingStatus',
    'Dismissal would have ended the right to stay, and was held over the person',
  ],
  ['control.threatOfWorseConditions', 'The person was threatened with even worse conditions'],
  [
    'control.threatsToInformFamilyOrCommunity',
    'The person was threatened with exposure to family or community',
  ],
  ['control.documentsConfiscated', 'Identity or travel documents were confiscated'],
  ['control.debtBondage', 'The person was held by a debt'],
  ['control.wagesWithheld', 'Wages were withheld'],
  ['control.isolationConfinementOrSurveillance', 'The person was isolated, confined or watched'],
  [
    'control.underStrongInfluence',
    'The person was kept under strong influence (drugs, oaths, emotional control)',
  ],
  ['control.otherPenaltyForLeaving', 'Another penalty was menaced for refusing or leaving'],
];

/** Each fact that shows the person did not offer themselves voluntarily. */
export const involuntarinessFacts: Array<[FlagPath, string]> = [
  ['recruitment.coercedBy.violence', 'Recruited by violence'],
  ['recruitment.coercedBy.abductionSaleOrForcedMarriage', 'Abducted, sold or forced into marriage'],
  ['recruitment.coercedBy.threatsOfViolence', 'Recruited under threats of violence'],
  [
    'recruitment.coercedBy.violenceOrThreatsAgainstFamily',
    'Recruited under violence or threats against family',
  ],
  ['recruitment.coercedBy.documentsConfiscated', 'Documents confiscated during recruitment'],
  ['recruitment.coercedBy.debtBondage', 'Recruited into debt bondage'],
  [
    'recruitment.coercedBy.isolationConfinementOrSurveillance',
    'Isolated, confined or watched during recruitment',
  ],
  ['recruitment.coercedBy.threatOfDenunciationToAuthorities', 'Recruited under threat of denunciation'],
  [
    'recruitment.coercedBy.threatsToInformFamilyOrCommunity',
    'Recruited under threat of exposure to family or community',
  ],
  ['recruitment.coercedBy.moneyWithheld', 'Money withheld during recruitment'],
  ['control.forcedTasksOrClients', 'Forced to do tasks or see clients they had not agreed to'],
  ['control.forcedIntoIllicitActivities', 'Forced into illicit or criminal activities'],
];

export const deceptionFacts: Array<[FlagPath, string]> = [
  [
    'recruitment.deceivedAbout.natureOfJobLocationOrEmployer',
    'Deceived about the nature of the job, its location or the employer',
  ],
  ['recruitment.deceivedAbout.conditionsOfWork', 'Deceived about the conditions of work'],
  [
    'recruitment.deceivedAbout.contractContentOrLegality',
    'Deceived about the content or legality of the contract',
  ],
  ['recruitment.deceivedAbout.familyReunification', 'Deceived about family reunification'],
  ['recruitment.deceivedAbout.housingAndLivingConditions', 'Deceived about housing and living conditions'],
  [
    'recruitment.deceivedAbout.legalDocumentationOrMigrationStatus',
    'Deceived about papers or migration status',
  ],
  [
    'recruitment.deceivedAbout.travelAndRecruitmentConditions',
    'Deceived about the travel or recruitment conditions',
  ],
  ['recruitment.deceivedAbout.wages', 'Deceived about wages or earnings'],
  ['recruitment.deceivedAbout.marriageOrAdoptionPromise', 'Deceived by a promise of marriage or adoption'],
  ['recruitment.deceivedAbout.educationOpportunities', 'Deceived about education opportunities'],
];

/**
 * Work or service of any kind, legal or not, actually exacted. Where the person was intercepted
 * before the exploitation began, no work has yet been exacted: an exception applied where shown.
 *
 * Where forced labour is only the *purpose* of another offence (Palermo Art 3(a): "for the purpose
 * of exploitation", a specific intent), intended work suffices and interception does not defeat it:
 * `intendedSuffices` drops the exception.
 */
export function workOrService(cite: Citation, options: { intendedSuffices?: boolean } = {}): Rule {
  if (options.intendedSuffices) {
    return anyExploitation(
      'work-or-service-intended',
      'The person performed, or was meant to perform, work or services of some kind',
      cite,
    );
  }
  return unless(
    'work-or-service',
    'The person performed work or services of some kind',
    anyExploitation(
      'exploitation-happened-or-intended',
      'Some exploitation of the person happened or was intended',
    ),
    shown('exploitation.intendedOnly', 'The person was intercepted before any work began'),
    'not_met',
    cite,
  );
}

/**
 * Each fact at destination that shows the person could not leave the employer, per the ILO's
 * indicators of involuntariness ("impossibility of leaving the employer": ILO, Hard to see, harder to
 * count, 2nd ed. 2012; CEACR General Survey 2007 §39–43): locked in, bound by a debt, papers or
 * wages kept, a penalty menaced for leaving.
 */
export const cannotLeaveFacts: Array<[FlagPath, string]> = [
  ['control.debtBondage', 'Bound to the employer by a debt'],
  ['control.documentsConfiscated', 'Identity or travel papers kept by the employer'],
  ['control.wagesWithheld', 'Wages kept back by the employer'],
  ['control.otherPenaltyForLeaving', 'A penalty was menaced for leaving'],
];

/**
 * The menace of a penalty. A penalty that is shown (force, threats, confinement, confiscated papers,
 * withheld wages, a debt…) establishes it. `control.freeToLeave: true` is a summary finding that the
 * person could stop and leave without any penalty: it defeats the menace where it is shown (default
 * logic, as the Art 2(2) exclusions are read), so an unknown `freeToLeave` does not keep a proven
 * menace open. `false` alone does not prove a menace. Being an exception raised where shown,
 * `control.freeToLeave` is listed among the instruments' `defeasiblePaths` (exempt from monotonicity).
 */
export function menaceOfPenalty(cite: Citation): Rule {
  return unless(
    'menace-of-penalty',
    'The work was exacted under the menace of a penalty',
    anyFlag(
      'penalty-shown',
      'A penalty (force, threats, or loss of rights or privileges) was menaced',
      penaltyFacts,
      undefined,
      [physicallyConfined('The person was locked in, or kept in by force or guards')],
    ),
    shown('control.freeToLeave', 'The person was found free to stop and leave without any penalty'),
    'not_met',
    {
      cite,
      note: 'The penalty may be physical, psychological, financial or the loss of rights or status (ILO Committee of Experts, General Survey 2007 §37–39); a person found free to leave faced none.',
    },
  );
}

/**
 * Not offered voluntarily: the person did not consent freely and knowingly, or could not withdraw
 * consent. Initial consent matters only where no deception or coercion is shown. What happens at
 * destination counts too: a person who cannot leave the employer (locked in, bound by a debt, papers
 * or wages kept, a penalty for leaving) has not offered the work voluntarily, whatever they agreed to
 * at first.
 */
export function involuntariness(cite: Citation): Rule {
  return any(
    'involuntariness',
    'The person did not offer themselves voluntarily',
    [
      anyFlag('deceptive-recruitment', 'Consent was obtained by deception', deceptionFacts),
      anyFlag('coercive-recruitment', 'The person was coerced into the work', involuntarinessFacts),
      any(
        'impossibility-of-leaving',
        'The person could not leave the employer (held at destination)',
        [
          ...cannotLeaveFacts.map(([path, label]) => flag(path, label)),
          physicallyConfined('Locked in, or kept in by force or guards'),
        ],
        {
          cite,
          note: 'The ILO counts the impossibility of leaving the employer among the signs of involuntary work (ILO, Hard to see, harder to count, 2nd ed. 2012): consent given at the start can be withdrawn, and confinement, a debt, or papers or wages kept hold a worker who wants to go (ILO Committee of Experts, General Survey 2007 §39–43).',
        },
      ),
      notFreeToLeave('The person could not stop and leave (consent could not be withdrawn)'),
      flagFalse('recruitment.initialConsent', 'The person never agreed to the work'),
    ],
    {
      cite,
      note: 'Consent must be free and informed and can be withdrawn; initial consent is irrelevant where it was obtained by deception or coercion or the person could not later leave (ILO Committee of Experts, General Survey 2007 §39–43).',
    },
  );
}

/** C029 Art 2(2): what the state itself requires and the Convention does not count as forced labour. */
export const excludedStateObligations = [
  'military_service',
  'civic_obligation',
  'prison_labour_public',
  'emergency',
  'minor_communal_service',
] as const;

/**
 * An Art 2(2) exclusion applies. Exceptions apply only where the facts show them (default logic):
 * an unknown `stateImposedObligation` does not raise an exclusion. Prison labour for private
 * parties and professional duties are not excluded.
 */
export function stateExclusion(cite: Citation): Rule {
  return fact(
    'state-exclusion',
    'The work is one the state may require (military service, civic duty, supervised prison labour, emergency, minor communal service)',
    {
      paths: ['exploitation.stateImposedObligation'],
      test: `is one of ${excludedStateObligations.join(', ')}`,
      evaluate: ([value]) =>
        typeof value === 'string' && (excludedStateObligations as readonly string[]).includes(value)
          ? 'met'
          : 'not_met',
      candidates: [['military_service', 'prison_labour_private']],
    },
    {
      cite,
      note: 'Applied only where the facts show a state-imposed obligation; military service counts only for work of a purely military character and prison labour only under public supervision, not hired to private parties (Art 2(2)(a),(c)).',
    },
  );
}

/**
 * An obligation that comes with a profession the person chose, or with a state benefit, and is not
 * shown to be disproportionate. Art 2(2) does not list it, and whether such work is "offered
 * voluntarily" (Art 2(1)) is not settled: the European Court, reading C029's definition as its
 * starting point, holds that it is, unless the burden is excessive or out of proportion to the
 * advantages (Van der Mussele v Belgium, 1983, §37; Schuitemaker v the Netherlands (dec.), 2010);
 * the Convention's text admits no exception beyond Art 2(2). Where the other elements are met, the
 * verdict is open because the law is contested — never met, never not met on this ground alone.
 * Read only where shown (both paths are `defeasiblePaths`).
 */
export function acceptedObligationContested(cite: Citation): Rule {
  return contested(
    'accepted-obligation-contested',
    'A professional obligation or a condition of a state benefit, not shown to be disproportionate: whether it was offered voluntarily is contested',
    defeasible(
      fact(
        'professional-or-benefit-obligation',
        'The work was an obligation of a profession the person chose, or a condition of a state benefit, not shown to be disproportionate',
        {
          paths: ['exploitation.stateImposedObligation', 'exploitation.obligationDisproportionate'],
          test: 'is professional_duty or benefit_condition, and not shown to be disproportionate',
          evaluate: ([obligation, disproportionate]) =>
            (obligation === 'professional_duty' || obligation === 'benefit_condition') &&
            disproportionate !== true
              ? 'met'
              : 'not_met',
          candidates: [
            ['professional_duty', 'benefit_condition'],
            [true, false],
          ],
        },
      ),
    ),
    {
      cite,
      note: 'C029 excludes only the five kinds of work in Art 2(2). The European Court, which reads the definition of Art 2(1) as its starting point, holds that an obligation accepted with a chosen profession or with a benefit is not forced labour unless its burden is disproportionate to the advantages; the Convention itself admits no further exception. Where the burden is shown to be disproportionate, nothing is contested.',
      citations: [
        {
          instrument: 'Van der Mussele v Belgium (ECtHR, no. 8919/80)',
          article: '§32–40',
          from: '1983-11-23',
          certainty: 'S',
        },
        {
          instrument: 'Schuitemaker v the Netherlands (ECtHR (dec.), no. 15906/08)',
          article: 'decision of 4 May 2010',
          from: '2010-05-04',
          certainty: 'S',
        },
        {
          instrument: 'ILO Forced Labour Convention, 1930 (No. 29)',
          article: 'Art 2(2)(a)–(e)',
          from: '1932-05-01',
          certainty: 'V',
        },
      ],
    },
  );
}

/**
 * What keeps work that meets Art 2(1) from being forced labour: an Art 2(2) exclusion (then not met),
 * or an accepted professional or benefit obligation (then open in law: see above).
 */
export function exclusions(cite: Citation): Rule {
  return any(
    'exclusions',
    'Excluded by Art 2(2), or an accepted professional or benefit obligation (contested)',
    [stateExclusion(cite), acceptedObligationContested(cite)],
    cite,
  );
}

/**
 * Forced labour as a whole: work, under menace, involuntary, unless excluded. With
 * `intendedSuffices`, forced labour as an intended purpose (see `workOrService`).
 */
export function forcedLabour(
  cites: { definition: Citation; exclusions: Citation },
  options: { intendedSuffices?: boolean } = {},
): Rule {
  return unless(
    'forced-labour',
    'Forced or compulsory labour',
    all(
      'forced-labour-elements',
      'Work exacted under menace of a penalty and not offered voluntarily',
      [
        workOrService(cites.definition, options),
        menaceOfPenalty(cites.definition),
        involuntariness(cites.definition),
      ],
      cites.definition,
    ),
    exclusions(cites.exclusions),
    'not_met',
    cites.exclusions,
  );
}
