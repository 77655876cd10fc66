// The three elements of trafficking as Palermo Art 3(a) sets them — an act, a means, an
// exploitative purpose — written once, to be cited by each instrument that copies the definition.
// Each instrument assembles them itself, article by article, into its adult and child rules.

import type { FlagPath } from '../../facts/schema.js';
import { anyFlag, kindIncludes, physicallyConfined } from '../derived.js';
import { type Citation, citer } from '../logic/citation.js';
import { all, any, fact, flag, type Rule, unless } from '../logic/rule.js';
import { deceptionFacts, forcedLabour } from './forced-labour.js';
import { practicesSimilarToSlavery, servitude, slavery } from './slavery.js';

/** The act: recruitment, transportation, transfer, harbouring or receipt of a person. */
export function act(cite: Citation): Rule {
  return any(
    'act',
    'An act: the person was recruited, transported, transferred, harboured or received',
    [
      flag('recruitment.recruited', 'Recruitment: someone offered, arranged or induced the work'),
      flag('movement.transported', 'Transportation: moved by others or on their arrangement'),
      flag('movement.transferredOrSold', 'Transfer: handed over, sold or exchanged between people'),
      flag('movement.harboured', 'Harbouring: housed or kept by the exploiters'),
      flag('movement.received', 'Receipt: received by the exploiters'),
    ],
    cite,
  );
}

const forceFacts: Array<[FlagPath, string]> = [
  ['recruitment.coercedBy.violence', 'Violence during recruitment or travel'],
  ['recruitment.coercedBy.threatsOfViolence', 'Threats of violence during recruitment or travel'],
  [
    'recruitment.coercedBy.violenceOrThreatsAgainstFamily',
    'Violence or threats against family during recruitment',
  ],
  ['control.violence', 'Violence at destination'],
  ['control.sexualViolence', 'Sexual violence at destination'],
  ['control.threatsOfViolence', 'Threats of violence at destination'],
  ['control.violenceOrThreatsAgainstFamily', 'Violence or threats against family at destination'],
];

const otherCoercionFacts: Array<[FlagPath, string]> = [
  ['recruitment.coercedBy.documentsConfiscated', 'Documents confiscated during recruitment'],
  ['recruitment.coercedBy.debtBondage', 'Debt bondage from recruitment'],
  [
    'recruitment.coercedBy.isolationConfinementOrSurveillance',
    'Isolation, confinement or surveillance during recruitment',
  ],
  ['recruitment.coercedBy.threatOfDenunciationToAuthorities', 'Threat of denunciation during recruitment'],
  [
    'recruitment.coercedBy.threatsToInformFamilyOrCommunity',
    'Threat of exposure to family or community during recruitment',
  ],
  ['recruitment.coercedBy.moneyWithheld', 'Money withheld during recruitment'],
  ['control.documentsConfiscated', 'Documents confiscated at destination'],
  ['control.debtBondage', 'Debt bondage at destination'],
  ['control.isolationConfinementOrSurveillance', 'Isolation, confinement or surveillance at destination'],
  ['control.threatOfDenunciationToAuthorities', 'Threat of denunciation to the authorities'],
  ['control.threatOfBeingSentHome', 'Threat of being sent home'],
  ['control.threatOfDismissalEndingStatus', 'Threat of a dismissal that would end the right to stay'],
  ['control.threatOfWorseConditions', 'Threat of even worse conditions'],
  ['control.threatsToInformFamilyOrCommunity', 'Threat of exposure to family or community'],
  ['control.wagesWithheld', 'Wages withheld'],
  ['control.underStrongInfluence', 'Kept under strong influence (drugs, ritual oaths, emotional control)'],
  ['control.forcedTasksOrClients', 'Forced tasks or clients'],
  ['control.otherPenaltyForLeaving', 'Another penalty menaced for leaving'],
];

const vulnerabilityFacts: Array<[FlagPath, string]> = [
  ['recruitment.vulnerabilityAbused.difficultFamilySituation', 'A difficult family situation was abused'],
  ['recruitment.vulnerabilityAbused.irregularStatus', 'Irregular immigration status was abused'],
  ['recruitment.vulnerabilityAbused.lackOfEducationOrLanguage', 'Lack of education or language was abused'],
  ['recruitment.vulnerabilityAbused.lackOfInformation', 'Lack of information was abused'],
  ['recruitment.vulnerabilityAbused.controlledByExploiters', 'The exploiters already controlled the person'],
  ['recruitment.vulnerabilityAbused.economicNeed', 'Economic need was abused'],
  [
    'recruitment.vulnerabilityAbused.falseInformationAboutLawOrAuthorities',
    'False information about the law or the authorities',
  ],
  [
    'recruitment.vulnerabilityAbused.falseInformationAboutMigration',
    'False information about successful migration',
  ],
  [
    'recruitment.vulnerabilityAbused.personalSituation',
    'A personal situation (illness, disability, addiction, youth) was abused',
  ],
  ['recruitment.vulnerabilityAbused.emotionalDependency', 'Psychological or emotional dependency was abused'],
  [
    'recruitment.vulnerabilityAbused.relationshipWithAuthorities',
    'The relationship with the authorities or legal status was abused',
  ],
  ['recruitment.vulnerabilityAbused.pastDifficulties', 'Past difficulties were abused'],
  ['recruitment.vulnerabilityAbused.travelDifficulty', 'Difficulty in organising the travel was abused'],
  ['recruitment.vulnerabilityAbused.culturalOrReligiousBeliefs', 'Cultural or religious beliefs were abused'],
  [
    'recruitment.vulnerabilityAbused.generalContext',
    'A general context (conflict, disaster, discrimination) was abused',
  ],
  [
    'vulnerabilityAtDestination.dependencyOnExploiters',
    'Dependency on the exploiters for housing, food or papers was abused',
  ],
  [
    'vulnerabilityAtDestination.difficultyInUnknownArea',
    'The difficulty of living in an unknown area was abused',
  ],
  ['vulnerabilityAtDestination.economicNeed', 'Economic need was abused at destination'],
  ['vulnerabilityAtDestination.familySituation', 'The family situation was abused at destination'],
  [
    'vulnerabilityAtDestination.relationshipWithAuthorities',
    'Irregular status or the relationship with authorities was used as leverage',
  ],
  ['vulnerabilityAtDestination.pastDifficulties', 'Past difficulties were abused at destination'],
  [
    'vulnerabilityAtDestination.personalCharacteristics',
    'Personal characteristics were abused at destination',
  ],
];

/** The means: how the act was done. Any one suffices. */
export function means(cite: Citation): Rule {
  return any(
    'means',
    'A means: force, coercion, abduction, fraud, deception, abuse of power or vulnerability, or payment to a person in control',
    [
      anyFlag('threat-or-use-of-force', 'Threat or use of force', forceFacts),
      anyFlag('other-coercion', 'Other forms of coercion', otherCoercionFacts, undefined, [
        physicallyConfined('Locked in, or kept in by force or guards, at destination'),
      ]),
      flag('recruitment.coercedBy.abductionSaleOrForcedMarriage', 'Abduction (or sale, or forced marriage)'),
      anyFlag('fraud-or-deception', 'Fraud or deception', deceptionFacts),
      anyFlag(
        'abuse-of-vulnerability',
        'Abuse of power or of a position of vulnerability',
        vulnerabilityFacts,
      ),
      flag(
        'recruitment.paymentToPersonInControl',
        'Payments or benefits given to a person having control over the victim',
      ),
    ],
    {
      cite,
      note: 'Means observed at destination count because harbouring and receipt are acts too. A position of vulnerability is one where the person has no real and acceptable alternative but to submit (interpretative note to Art 3; UNODC Issue Paper 2012); the facts record that the vulnerability was abused, not merely present.',
    },
  );
}

/**
 * The exploitative purpose: exploitation that happened or was intended, in one of the forms listed.
 * Labour (and begging, military use) counts only where it reaches forced labour or services,
 * slavery, servitude or a practice similar to slavery; mere bad conditions do not.
 */
export function purpose(cites: { purpose: Citation; slaveryLike: Rule; servitude: Rule }): Rule {
  const forms = any(
    'exploitation-forms',
    'A form of exploitation the definition lists (happened or intended)',
    [
      kindIncludes(
        'sexual-exploitation',
        'Exploitation of the prostitution of others or other sexual exploitation',
        ['sexual'],
      ),
      kindIncludes('organ-removal', 'Removal of organs', ['organ_removal']),
      kindIncludes('domestic-servitude', 'Domestic servitude', ['domestic_servitude']),
      kindIncludes('forced-criminality', 'Forced criminal activities (forced services)', [
        'forced_criminality',
      ]),
      all('forced-labour-or-services', 'Forced labour or services', [
        kindIncludes('labour-like-exploitation', 'Exploited for labour, begging or military use', [
          'labour',
          'begging',
          'military',
        ]),
        // Intended forced labour suffices: the purpose is a specific intent.
        forcedLabour(forcedLabourCites, { intendedSuffices: true }),
      ]),
      cites.slaveryLike,
      cites.servitude,
    ],
    {
      cite: cites.purpose,
      note: 'The list is a minimum: states may go further. Exploitation need only be intended: the purpose is a specific intent, and the person may have been intercepted before it began.',
    },
  );
  // `exploitation.kinds: []` is a summary fact (facts vocabulary): no exploitation happened or was
  // intended, so every exploitative purpose is absent, even where a finding on slavery-like control
  // or debt is still open.
  const noExploitation = fact('no-exploitation', 'No exploitation of the person happened or was intended', {
    paths: ['exploitation.kinds'],
    test: 'is empty',
    evaluate: ([value]) => (!Array.isArray(value) ? 'undetermined' : value.length === 0 ? 'met' : 'not_met'),
    candidates: [[[], ['labour']]],
  });
  return unless(
    'purpose',
    'A purpose of exploitation (happened or intended)',
    forms,
    noExploitation,
    'not_met',
    cites.purpose,
  );
}

// The instruments the Palermo-type definitions borrow from: forced labour (ILO C029), slavery (1926),
// the practices similar to slavery (1956) and servitude (ECHR Art 4, none of the three defines it).
const c029 = citer('ILO Forced Labour Convention, 1930 (No. 29)', '1932-05-01', 'V');
const c1926 = citer('Slavery Convention (1926)', '1927-03-09', 'V');
const c1956 = citer('Supplementary Slavery Convention (1956)', '1957-04-30', 'V');
const echr = citer('European Convention on Human Rights', '1953-09-03', 'S');
const forcedLabourCites = { definition: c029('Art 2(1)'), exclusions: c029('Art 2(2)') };

/** The words "slavery or practices similar to slavery" of a purpose, read through the 1926 and 1956 Conventions. */
export function slaveryOrSimilarPractices(cite: Citation): Rule {
  return any(
    'slavery-or-similar-practices',
    'Slavery or practices similar to slavery',
    [
      slavery(c1926('Art 1(1)')),
      practicesSimilarToSlavery({
        all: c1956('Art 1'),
        a: c1956('Art 1(a)'),
        b: c1956('Art 1(b)'),
        c: c1956('Art 1(c)'),
        d: c1956('Art 1(d)'),
      }),
    ],
    cite,
  );
}

/**
 * The word "servitude" of a purpose, which the instrument does not define: read as the European
 * Court of Human Rights reads ECHR Art 4(1), `note` saying so. Intended servitude suffices, as for
 * forced labour: the purpose is a specific intent.
 */
export function servitudeAsTheCourtReadsIt(note: string): Rule {
  return servitude({
    servitude: echr('Art 4(1)', { note }),
    forcedLabour: forcedLabour(forcedLabourCites, { intendedSuffices: true }),
  });
}
