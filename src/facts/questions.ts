// Every fact as a question in plain words, grouped in the sections a caseworker goes through.
// Used for "questions that would settle it" and by the web form.
export type Section = { id: string; title: string; questions: Array<{ path: string; question: string }> };

const group = (prefix: string, items: Record<string, string>) =>
  Object.entries(items).map(([key, question]) => ({ path: `${prefix}.${key}`, question }));

export const sections: Section[] = [
  {
    id: 'person',
    title: 'Person and status',
    questions: [
      { path: 'jurisdiction', question: 'In which country did the exploitation take place?' },
      { path: 'events.from', question: 'When did the events begin?' },
      { path: 'events.to', question: 'When did they end?' },
      { path: 'events.identifiedOn', question: 'When was the person identified?' },
      { path: 'person.ageAtRecruitment', question: 'How old was the person when recruited?' },
      { path: 'person.ageAtExploitation', question: 'How old was the person during the exploitation?' },
      { path: 'person.gender', question: 'What is the person’s gender?' },
      { path: 'person.citizenships', question: 'Which citizenships does the person hold?' },
      {
        path: 'person.permanentResidentOfJurisdiction',
        question: 'Is the person a permanent resident of that country?',
      },
      { path: 'status.immigration', question: 'What was the person’s immigration status?' },
      ...group('status', {
        rightToWork: 'Was the person lawfully allowed to do paid work?',
        visaTiedToEmployer: 'Would leaving the employer end the right to stay or work?',
        canChangeEmployer: 'Could the person change employer?',
        accessToHealthcare: 'Did the person have access to healthcare?',
        accessToLabourInspectionOrCourts:
          'Could the person complain to a labour inspector or court without risking removal?',
        riskOfRemovalIfReported: 'Would contacting the authorities have exposed the person to removal?',
        speaksLocalLanguage: 'Does the person speak the local language?',
      }),
    ],
  },
  {
    id: 'recruitment',
    title: 'Recruitment',
    questions: [
      { path: 'recruitment.recruited', question: 'Did someone offer, arrange or induce the work?' },
      { path: 'recruitment.recruiter', question: 'Who recruited the person?' },
      { path: 'recruitment.feesCharged', question: 'Was the person charged recruitment or travel fees?' },
      {
        path: 'recruitment.paymentToPersonInControl',
        question: 'Was a parent, guardian or controller paid or given a benefit?',
      },
      {
        path: 'recruitment.initialConsent',
        question: 'Did the person agree to the job or the journey at first?',
      },
      { path: 'recruitment.country', question: 'In which country was the person recruited?' },
      ...group('recruitment.deceivedAbout', {
        natureOfJobLocationOrEmployer:
          'Was the person deceived about the nature of the job, its location or the employer?',
        conditionsOfWork: 'Was the person deceived about the conditions of work?',
        contractContentOrLegality: 'Was the person deceived about the content or legality of the contract?',
        familyReunification: 'Was the person deceived about family reunification?',
        housingAndLivingConditions: 'Was the person deceived about housing and living conditions?',
        legalDocumentationOrMigrationStatus:
          'Was the person deceived about papers or obtaining legal migration status?',
        travelAndRecruitmentConditions: 'Was the person deceived about the travel or recruitment conditions?',
        wages: 'Was the person deceived about wages or earnings?',
        marriageOrAdoptionPromise: 'Was the person deceived by a promise of marriage or adoption?',
        educationOpportunities: 'Was the person deceived about education opportunities?',
      }),
      ...group('recruitment.coercedBy', {
        violence: 'Was violence used to recruit or move the person?',
        abductionSaleOrForcedMarriage: 'Was the person abducted, sold or forced into marriage?',
        documentsConfiscated: 'Were the person’s documents taken during recruitment or travel?',
        debtBondage: 'Was the person put into debt bondage during recruitment?',
        isolationConfinementOrSurveillance:
          'Was the person isolated, confined or watched during recruitment or travel?',
        threatOfDenunciationToAuthorities:
          'Was the person threatened with denunciation to the authorities during recruitment?',
        threatsOfViolence: 'Was the person threatened with violence during recruitment?',
        threatsToInformFamilyOrCommunity:
          'Was the person threatened with exposure to family or community during recruitment?',
        violenceOrThreatsAgainstFamily: 'Was the family subjected to violence or threats during recruitment?',
        moneyWithheld: 'Was the person’s money withheld during recruitment or travel?',
      }),
      ...group('recruitment.vulnerabilityAbused', {
        difficultFamilySituation: 'Did the recruiter abuse a difficult family situation?',
        irregularStatus: 'Did the recruiter abuse the person’s irregular status?',
        lackOfEducationOrLanguage: 'Did the recruiter abuse a lack of education or language?',
        lackOfInformation: 'Did the recruiter abuse a lack of information?',
        controlledByExploiters: 'Was the person already under the exploiters’ control?',
        economicNeed: 'Did the recruiter abuse the person’s economic need?',
        falseInformationAboutLawOrAuthorities:
          'Was the person given false information about the law or the authorities?',
        falseInformationAboutMigration: 'Was the person given false information about successful migration?',
        personalSituation: 'Did the recruiter abuse illness, disability, addiction or youth?',
        emotionalDependency: 'Did the recruiter abuse psychological or emotional dependency?',
        relationshipWithAuthorities:
          'Did the recruiter abuse the person’s relationship with the authorities or legal status?',
        pastDifficulties: 'Did the recruiter abuse past difficulties?',
        travelDifficulty: 'Did the recruiter abuse the difficulty of organising the travel?',
        culturalOrReligiousBeliefs: 'Did the recruiter abuse cultural or religious beliefs?',
        generalContext: 'Did the recruiter abuse a general context (conflict, disaster, discrimination)?',
      }),
    ],
  },
  {
    id: 'movement',
    title: 'Movement',
    questions: [
      { path: 'movement.crossedBorder', question: 'Did the person cross an international border?' },
      { path: 'movement.entry', question: 'Was the entry regular or irregular?' },
      ...group('movement', {
        entryProcuredByAnother: 'Did someone else arrange the entry?',
        benefitToFacilitator: 'Did that person obtain money or another benefit?',
        transported: 'Was the person moved by others or on their arrangement (also within a country)?',
        transferredOrSold: 'Was the person handed over, sold or exchanged between people?',
        harboured: 'Was the person housed or kept by the exploiters?',
        received: 'Was the person received by the exploiters on arrival?',
      }),
    ],
  },
  {
    id: 'work',
    title: 'Work',
    questions: [
      {
        path: 'exploitation.kinds',
        question: 'What kinds of exploitation happened or were intended (none at all)?',
      },
      { path: 'exploitation.sector', question: 'In which sector did the person work?' },
      {
        path: 'exploitation.country',
        question: 'In which country did the exploitation take (or was it to take) place?',
      },
      {
        path: 'exploitation.intendedOnly',
        question: 'Was the person intercepted before the exploitation began?',
      },
      {
        path: 'exploitation.stateImposedObligation',
        question: 'Was the work something the state itself required?',
      },
      {
        path: 'exploitation.thirdPartyProfitsFromProstitution',
        question: 'Did someone else profit from the person’s prostitution?',
      },
      { path: 'exploitation.hoursPerWeek', question: 'How many hours a week did the person work?' },
      { path: 'exploitation.daysOffPerMonth', question: 'How many days off a month did the person have?' },
      { path: 'exploitation.pay', question: 'How was the person paid?' },
      ...group('exploitation.conditions', {
        excessiveHours: 'Did the person work excessive days or hours?',
        badLivingConditions: 'Were the living conditions bad?',
        hazardousWork: 'Was the work hazardous?',
        lowOrNoSalary: 'Was the pay low or nothing?',
        labourLawOrContractDisregarded: 'Were labour law or the contract disregarded?',
        noSocialProtection: 'Was the person without social protection (contract, insurance)?',
        veryBadWorkingConditions: 'Were the working conditions very bad?',
        wageManipulation: 'Were the wages manipulated?',
        noAccessToEducation: 'Was the person denied access to education?',
      }),
      ...group('exploitation', {
        livesOnEmployersPremises: 'Did the person live on the employer’s premises?',
        believedSituationPermanent:
          'Did the person believe the situation was permanent, with no prospect of change?',
        treatedAsProperty: 'Was the person treated as property (bought, sold, lent, inherited, branded)?',
      }),
    ],
  },
  {
    id: 'offenders',
    title: 'Who exploited the person',
    questions: [
      {
        path: 'offenders.nationalities',
        question: 'What nationalities do the people who exploited the person hold?',
      },
      {
        path: 'offenders.permanentResidences',
        question: 'In which countries are they permanent residents?',
      },
      { path: 'offenders.presentIn', question: 'In which countries are they now present?' },
    ],
  },
  {
    id: 'control',
    title: 'Control',
    questions: [
      ...group('control', {
        freeToLeave: 'Could the person stop working and leave without any penalty?',
        documentsConfiscated: 'Were the person’s identity or travel documents taken?',
        debtBondage: 'Was the person held by a debt?',
        isolationConfinementOrSurveillance: 'Was the person isolated, confined or watched?',
        violence: 'Was violence used against the person?',
        sexualViolence: 'Was sexual violence used against the person?',
        forcedIntoIllicitActivities: 'Was the person forced into illicit or criminal activities?',
        forcedTasksOrClients: 'Was the person forced to do tasks or see clients they had not agreed to?',
        forcedToActAgainstPeers: 'Was the person forced to act against other workers?',
        forcedToLie: 'Was the person forced to lie to authorities or family?',
        threatOfDenunciationToAuthorities: 'Was the person threatened with denunciation to the authorities?',
        threatOfWorseConditions: 'Was the person threatened with even worse conditions?',
        threatsOfViolence: 'Was the person threatened with violence?',
        underStrongInfluence:
          'Was the person under strong influence (drugs, ritual oaths, emotional control)?',
        violenceOrThreatsAgainstFamily: 'Was the person’s family subjected to violence or threats?',
        wagesWithheld: 'Were wages withheld?',
        threatsToInformFamilyOrCommunity: 'Was the person threatened with exposure to family or community?',
        threatOfBeingSentHome: 'Was the person threatened with being sent home?',
        threatOfDismissalEndingStatus:
          'Was the person threatened with a dismissal that would end their right to stay?',
        otherPenaltyForLeaving: 'Was any other penalty menaced for refusing the work or leaving?',
      }),
      ...group('vulnerabilityAtDestination', {
        dependencyOnExploiters: 'Did the person depend on the exploiters for housing, food or papers?',
        difficultyInUnknownArea: 'Was it hard for the person to live in an unknown area?',
        economicNeed: 'Did economic need keep the person there?',
        familySituation: 'Did the family situation keep the person there?',
        relationshipWithAuthorities: 'Was the person’s status used as leverage against them?',
        pastDifficulties: 'Were past difficulties used against the person?',
        personalCharacteristics: 'Were personal characteristics used against the person?',
      }),
    ],
  },
  {
    id: 'after',
    title: 'After the fact',
    questions: group('authorities', {
      referredForIdentification: 'Was the person referred for identification as a victim?',
      willingToCooperate: 'Is the person willing to cooperate with police or prosecution?',
      unableToCooperateDueToTrauma: 'Is the person unable to cooperate because of trauma?',
      renewedContactWithExploiters: 'Has the person renewed contact with the exploiters?',
      publicOrderConcern: 'Is there a public-order concern (e.g. a serious criminal record)?',
      offencesCommittedUnderCompulsion: 'Did the person commit offences under compulsion?',
      proceedingsOpen: 'Are criminal proceedings open?',
    }),
  },
];

const byPath = new Map(
  sections.flatMap((section) => section.questions.map((q) => [q.path, q.question] as const)),
);

/** The plain-words question for a fact path (the path itself if none is written). */
export function questionFor(path: string): string {
  return byPath.get(path) ?? path;
}

export function allQuestionPaths(): string[] {
  return [...byPath.keys()];
}
