// The closed lists of the case-facts vocabulary (immigration statuses, recruiters, kinds of
// exploitation, sectors…), apart from the zod schema (schema.ts, which builds on them and exports
// them again): the law's rules read some of these lists, and a module that imports them from here
// does not carry zod with it (the web app's settling worker, which only evaluates rules).

export const immigrationStatuses = [
  'citizen',
  'permanent_resident',
  'work_visa',
  'tied_work_visa',
  'domestic_worker_visa',
  'seasonal_worker_visa',
  'student_visa',
  'visitor_visa',
  'family_visa',
  'asylum_seeker',
  'refugee',
  'irregular',
  'stateless',
] as const;

export const recruiters = [
  'employer',
  'agency',
  'intermediary',
  'family',
  'partner',
  'friend_or_acquaintance',
  'stranger',
  'self',
] as const;

export const exploitationKinds = [
  'labour',
  'sexual',
  'domestic_servitude',
  'forced_criminality',
  'begging',
  'forced_marriage',
  'organ_removal',
  'surrogacy',
  'illegal_adoption',
  'military',
] as const;

export const sectors = [
  'agriculture',
  'fishing',
  'construction',
  'manufacturing',
  'domestic_work',
  'hospitality',
  'care',
  'cleaning',
  'mining',
  'sex_industry',
  'begging',
  'illicit_activities',
  'other',
] as const;

export const stateImposedObligations = [
  'military_service',
  'civic_obligation',
  'prison_labour_public',
  'prison_labour_private',
  'emergency',
  'minor_communal_service',
  'professional_duty',
  // v1.1: work required as a condition of a state benefit (e.g. unemployment assistance).
  'benefit_condition',
] as const;

export const payLevels = ['none', 'token', 'below_legal_minimum', 'at_or_above_legal_minimum'] as const;

export const deceivedAboutItems = [
  'natureOfJobLocationOrEmployer',
  'conditionsOfWork',
  'contractContentOrLegality',
  'familyReunification',
  'housingAndLivingConditions',
  'legalDocumentationOrMigrationStatus',
  'travelAndRecruitmentConditions',
  'wages',
  'marriageOrAdoptionPromise',
  'educationOpportunities',
] as const;

export const coercedByItems = [
  'violence',
  'abductionSaleOrForcedMarriage',
  'documentsConfiscated',
  'debtBondage',
  'isolationConfinementOrSurveillance',
  'threatOfDenunciationToAuthorities',
  'threatsOfViolence',
  'threatsToInformFamilyOrCommunity',
  'violenceOrThreatsAgainstFamily',
  'moneyWithheld',
] as const;

export const vulnerabilityAbusedItems = [
  'difficultFamilySituation',
  'irregularStatus',
  'lackOfEducationOrLanguage',
  'lackOfInformation',
  'controlledByExploiters',
  'economicNeed',
  'falseInformationAboutLawOrAuthorities',
  'falseInformationAboutMigration',
  'personalSituation',
  'emotionalDependency',
  'relationshipWithAuthorities',
  'pastDifficulties',
  'travelDifficulty',
  'culturalOrReligiousBeliefs',
  'generalContext',
] as const;

export const conditionItems = [
  'excessiveHours',
  'badLivingConditions',
  'hazardousWork',
  'lowOrNoSalary',
  'labourLawOrContractDisregarded',
  'noSocialProtection',
  'veryBadWorkingConditions',
  'wageManipulation',
  'noAccessToEducation',
] as const;

export const controlItems = [
  'documentsConfiscated',
  'debtBondage',
  'isolationConfinementOrSurveillance',
  // v1.1: locked in or kept in by force or guards. Implies isolationConfinementOrSurveillance and
  // that the person was not free to leave (a contradiction with freeToLeave: true).
  'physicallyConfined',
  'violence',
  'sexualViolence',
  'forcedIntoIllicitActivities',
  'forcedTasksOrClients',
  'forcedToActAgainstPeers',
  'forcedToLie',
  'threatOfDenunciationToAuthorities',
  'threatOfWorseConditions',
  'threatsOfViolence',
  'underStrongInfluence',
  'violenceOrThreatsAgainstFamily',
  'wagesWithheld',
  'threatsToInformFamilyOrCommunity',
  'threatOfBeingSentHome',
  'threatOfDismissalEndingStatus',
  'otherPenaltyForLeaving',
  'freeToLeave',
] as const;

export const vulnerabilityAtDestinationItems = [
  'dependencyOnExploiters',
  'difficultyInUnknownArea',
  'economicNeed',
  'familySituation',
  'relationshipWithAuthorities',
  'pastDifficulties',
  'personalCharacteristics',
] as const;

export const authoritiesItems = [
  'referredForIdentification',
  'willingToCooperate',
  'unableToCooperateDueToTrauma',
  'renewedContactWithExploiters',
  'publicOrderConcern',
  'offencesCommittedUnderCompulsion',
  'proceedingsOpen',
] as const;
