// Every fact as a question in plain words, grouped in the sections a caseworker goes through.
// Used for "questions that would settle it" and by the web form. The words are in the message
// catalogues (src/i18n/messages/<lang>/facts.json: `section.<id>`, `question.<path>`); the order and
// the grouping are here.
import { type Lang, translator } from '../i18n/index.js';
import type { FactPath } from './schema.js';

export type Section = { id: string; title: string; questions: Array<{ path: string; question: string }> };

/**
 * The sections and the fact paths of their questions, in the order a caseworker asks them (typed:
 * a path the vocabulary does not have fails to compile).
 */
const outline: ReadonlyArray<{ id: string; paths: readonly FactPath[] }> = [
  {
    id: 'person',
    paths: [
      'jurisdiction',
      'events.from',
      'events.to',
      'events.identifiedOn',
      'person.ageAtRecruitment',
      'person.ageAtExploitation',
      'person.gender',
      'person.citizenships',
      'person.permanentResidentOfJurisdiction',
      'status.immigration',
      'status.rightToWork',
      'status.visaTiedToEmployer',
      'status.canChangeEmployer',
      'status.accessToHealthcare',
      'status.accessToLabourInspectionOrCourts',
      'status.riskOfRemovalIfReported',
      'status.speaksLocalLanguage',
    ],
  },
  {
    id: 'recruitment',
    paths: [
      'recruitment.recruited',
      'recruitment.recruiter',
      'recruitment.feesCharged',
      'recruitment.paymentToPersonInControl',
      'recruitment.initialConsent',
      'recruitment.country',
      'recruitment.deceivedAbout.natureOfJobLocationOrEmployer',
      'recruitment.deceivedAbout.conditionsOfWork',
      'recruitment.deceivedAbout.contractContentOrLegality',
      'recruitment.deceivedAbout.familyReunification',
      'recruitment.deceivedAbout.housingAndLivingConditions',
      'recruitment.deceivedAbout.legalDocumentationOrMigrationStatus',
      'recruitment.deceivedAbout.travelAndRecruitmentConditions',
      'recruitment.deceivedAbout.wages',
      'recruitment.deceivedAbout.marriageOrAdoptionPromise',
      'recruitment.deceivedAbout.educationOpportunities',
      'recruitment.coercedBy.violence',
      'recruitment.coercedBy.abductionSaleOrForcedMarriage',
      'recruitment.coercedBy.documentsConfiscated',
      'recruitment.coercedBy.debtBondage',
      'recruitment.coercedBy.isolationConfinementOrSurveillance',
      'recruitment.coercedBy.threatOfDenunciationToAuthorities',
      'recruitment.coercedBy.threatsOfViolence',
      'recruitment.coercedBy.threatsToInformFamilyOrCommunity',
      'recruitment.coercedBy.violenceOrThreatsAgainstFamily',
      'recruitment.coercedBy.moneyWithheld',
      'recruitment.vulnerabilityAbused.difficultFamilySituation',
      'recruitment.vulnerabilityAbused.irregularStatus',
      'recruitment.vulnerabilityAbused.lackOfEducationOrLanguage',
      'recruitment.vulnerabilityAbused.lackOfInformation',
      'recruitment.vulnerabilityAbused.controlledByExploiters',
      'recruitment.vulnerabilityAbused.economicNeed',
      'recruitment.vulnerabilityAbused.falseInformationAboutLawOrAuthorities',
      'recruitment.vulnerabilityAbused.falseInformationAboutMigration',
      'recruitment.vulnerabilityAbused.personalSituation',
      'recruitment.vulnerabilityAbused.emotionalDependency',
      'recruitment.vulnerabilityAbused.relationshipWithAuthorities',
      'recruitment.vulnerabilityAbused.pastDifficulties',
      'recruitment.vulnerabilityAbused.travelDifficulty',
      'recruitment.vulnerabilityAbused.culturalOrReligiousBeliefs',
      'recruitment.vulnerabilityAbused.generalContext',
    ],
  },
  {
    id: 'movement',
    paths: [
      'movement.crossedBorder',
      'movement.entry',
      'movement.entryProcuredByAnother',
      'movement.benefitToFacilitator',
      'movement.transported',
      'movement.transferredOrSold',
      'movement.harboured',
      'movement.received',
    ],
  },
  {
    id: 'work',
    paths: [
      'exploitation.kinds',
      'exploitation.sector',
      'exploitation.country',
      'exploitation.intendedOnly',
      'exploitation.stateImposedObligation',
      'exploitation.obligationDisproportionate',
      'exploitation.thirdPartyProfitsFromProstitution',
      'exploitation.hoursPerWeek',
      'exploitation.daysOffPerMonth',
      'exploitation.pay',
      'exploitation.conditions.excessiveHours',
      'exploitation.conditions.badLivingConditions',
      'exploitation.conditions.hazardousWork',
      'exploitation.conditions.lowOrNoSalary',
      'exploitation.conditions.labourLawOrContractDisregarded',
      'exploitation.conditions.noSocialProtection',
      'exploitation.conditions.veryBadWorkingConditions',
      'exploitation.conditions.wageManipulation',
      'exploitation.conditions.noAccessToEducation',
      'exploitation.livesOnEmployersPremises',
      'exploitation.believedSituationPermanent',
      'exploitation.treatedAsProperty',
    ],
  },
  {
    id: 'offenders',
    paths: ['offenders.nationalities', 'offenders.permanentResidences', 'offenders.presentIn'],
  },
  {
    id: 'control',
    paths: [
      'control.freeToLeave',
      'control.documentsConfiscated',
      'control.debtBondage',
      'control.isolationConfinementOrSurveillance',
      'control.physicallyConfined',
      'control.violence',
      'control.sexualViolence',
      'control.forcedIntoIllicitActivities',
      'control.forcedTasksOrClients',
      'control.forcedToActAgainstPeers',
      'control.forcedToLie',
      'control.threatOfDenunciationToAuthorities',
      'control.threatOfWorseConditions',
      'control.threatsOfViolence',
      'control.underStrongInfluence',
      'control.violenceOrThreatsAgainstFamily',
      'control.wagesWithheld',
      'control.threatsToInformFamilyOrCommunity',
      'control.threatOfBeingSentHome',
      'control.threatOfDismissalEndingStatus',
      'control.otherPenaltyForLeaving',
      'vulnerabilityAtDestination.dependencyOnExploiters',
      'vulnerabilityAtDestination.difficultyInUnknownArea',
      'vulnerabilityAtDestination.economicNeed',
      'vulnerabilityAtDestination.familySituation',
      'vulnerabilityAtDestination.relationshipWithAuthorities',
      'vulnerabilityAtDestination.pastDifficulties',
      'vulnerabilityAtDestination.personalCharacteristics',
    ],
  },
  {
    id: 'after',
    paths: [
      'authorities.referredForIdentification',
      'authorities.willingToCooperate',
      'authorities.unableToCooperateDueToTrauma',
      'authorities.renewedContactWithExploiters',
      'authorities.publicOrderConcern',
      'authorities.offencesCommittedUnderCompulsion',
      'authorities.proceedingsOpen',
    ],
  },
];

/** The sections with their questions in one language (English unless another is asked for). */
export function sectionsIn(lang?: Lang): Section[] {
  const tr = translator(lang);
  return outline.map(({ id, paths }) => ({
    id,
    title: tr.dynamic(`facts.section.${id}`),
    questions: paths.map((path) => ({ path, question: tr.dynamic(`facts.question.${path}`) })),
  }));
}

/** The sections in English (the web app's form; see sectionsIn for another language). */
export const sections: Section[] = sectionsIn();

/** The plain-words question for a fact path (the path itself if none is written). */
export function questionFor(path: string, lang?: Lang): string {
  return translator(lang).dynamic(`facts.question.${path}`, undefined, path);
}

export function allQuestionPaths(): string[] {
  return outline.flatMap((section) => section.paths);
}

/** An enum value of the vocabulary in plain words (`tied_work_visa` → "work visa tied to the employer"). */
export function valueLabel(value: string, lang?: Lang): string {
  return translator(lang).dynamic(`facts.value.${value}`, undefined, value.replace(/_/g, ' '));
}

/** A fact's value in plain words: yes, no, unknown, a list, an enum value, a number. */
export function answerLabel(value: unknown, lang?: Lang): string {
  const tr = translator(lang);
  if (value === true) return tr.t('facts.answer.yes');
  if (value === false) return tr.t('facts.answer.no');
  if (value === undefined || value === null) return tr.t('facts.answer.unknown');
  if (Array.isArray(value))
    return value.length === 0
      ? tr.t('facts.answer.none')
      : tr.list(value.map((v) => valueLabel(String(v), lang)));
  if (typeof value === 'string') return valueLabel(value, lang);
  if (typeof value === 'number') return tr.number(value);
  return String(value);
}
