// Trafficking Victims Protection Act of 2000 (Pub. L. 106-386, div. A, enacted 28 Oct 2000 [M]),
// definitions at 22 USC 7102: "severe forms of trafficking in persons". The means are narrower than
// Palermo's — force, fraud or coercion only, with no abuse of vulnerability and no payments to a
// person in control — and the labour purposes are involuntary servitude, peonage, debt bondage or
// slavery. For sex trafficking, a person under 18 needs no means. National law: applied only to
// events while it is in force. Paragraph numbers of 7102 have shifted across reauthorisations.
import type { FlagPath } from '../../facts/schema.js';
import { anyFlag, isChild, kindIncludes, notFreeToLeave, physicallyConfined } from '../derived.js';
import { deceptionFacts } from '../elements/forced-labour.js';
import { debtBondage, slavery } from '../elements/slavery.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, any, fact, flag, type Rule } from '../logic/rule.js';

const cite = citer('US Trafficking Victims Protection Act 2000, 22 USC 7102', '2000-10-28', 'V');

// The act, common to (A) and (B): recruitment, harboring, transportation, provision or obtaining.
// ("Patronizing" and "soliciting" were added for sex trafficking in 2015; the facts do not record them.)
const theAct = any(
  'act',
  'An act: recruitment, harboring, transportation, provision or obtaining of a person',
  [
    flag('recruitment.recruited', 'Recruitment'),
    flag('movement.harboured', 'Harboring'),
    flag('movement.transported', 'Transportation'),
    flag('movement.transferredOrSold', 'Provision (handed over or sold to another)'),
    flag('movement.received', 'Obtaining (received by the exploiters)'),
  ],
  cite('7102 "sex trafficking"; "severe forms" (B)'),
);

// "Force": physical force used on the person.
const force = anyFlag(
  'force',
  'Force',
  [
    ['recruitment.coercedBy.violence', 'Violence during recruitment or travel'],
    ['recruitment.coercedBy.abductionSaleOrForcedMarriage', 'Abduction'],
    ['control.violence', 'Violence at destination'],
    ['control.sexualViolence', 'Sexual violence'],
  ],
  cite('7102 "severe forms"'),
);

// "Fraud": deception of the person.
const fraud = anyFlag('fraud', 'Fraud', deceptionFacts, cite('7102 "severe forms"'));

// "Coercion" (A): threats of serious harm to, or physical restraint against, any person.
const threatsOrRestraint = anyFlag(
  'coercion-threats-or-restraint',
  'Coercion: threats of serious harm, or physical restraint, against any person',
  [
    ['recruitment.coercedBy.threatsOfViolence', 'Threats of violence during recruitment'],
    ['recruitment.coercedBy.violenceOrThreatsAgainstFamily', 'Threats against family during recruitment'],
    ['recruitment.coercedBy.isolationConfinementOrSurveillance', 'Confined during recruitment or travel'],
    ['control.threatsOfViolence', 'Threats of violence'],
    ['control.violenceOrThreatsAgainstFamily', 'Violence or threats against family'],
    ['control.isolationConfinementOrSurveillance', 'Physical restraint: confinement'],
  ],
  cite('7102 "coercion" (A)'),
  [physicallyConfined('Physical restraint: locked in, or kept in by force or guards')],
);

// "Coercion" (C): abuse or threatened abuse of the legal process — using a law or legal process for
// a purpose it was not designed for, to exert pressure; e.g. threatening a migrant with deportation.
const legalProcess = anyFlag(
  'coercion-legal-process',
  'Coercion: abuse or threatened abuse of the legal process (e.g. threat of deportation or denunciation)',
  [
    ['recruitment.coercedBy.threatOfDenunciationToAuthorities', 'Threat of denunciation during recruitment'],
    ['control.threatOfDenunciationToAuthorities', 'Threat of denunciation to the authorities (deportation)'],
  ],
  cite('7102 "coercion" (C); "abuse or threatened abuse of the legal process"'),
);

// "Coercion" (B): a scheme, plan or pattern intended to make the person believe that not performing
// an act would bring serious harm or restraint. Whether pressure short of threats of violence or
// restraint (confiscated papers, debts, withheld wages, exposure) reaches "serious harm" is a matter
// of degree the facts cannot settle: shown → undetermined; all known absent → not met.
const schemePaths: Array<[FlagPath, string]> = [
  ['control.documentsConfiscated', 'Documents confiscated'],
  ['control.debtBondage', 'Held by a debt'],
  ['control.wagesWithheld', 'Wages withheld'],
  ['control.threatOfBeingSentHome', 'Threat of being sent home'],
  ['control.threatOfWorseConditions', 'Threat of worse conditions'],
  ['control.threatsToInformFamilyOrCommunity', 'Threat of exposure to family or community'],
  ['control.threatOfDismissalEndingStatus', 'Threat of a dismissal ending the right to stay'],
  ['control.underStrongInfluence', 'Kept under strong influence'],
  ['control.otherPenaltyForLeaving', 'Another penalty for leaving'],
  ['recruitment.coercedBy.documentsConfiscated', 'Documents confiscated during recruitment'],
  ['recruitment.coercedBy.debtBondage', 'Debt bondage from recruitment'],
  ['recruitment.coercedBy.moneyWithheld', 'Money withheld during recruitment'],
  ['recruitment.coercedBy.threatsToInformFamilyOrCommunity', 'Threat of exposure during recruitment'],
];
const schemeOfSeriousHarm: Rule = fact(
  'coercion-scheme-of-serious-harm',
  'Coercion: a scheme, plan or pattern making the person believe that refusing would bring serious harm',
  {
    paths: schemePaths.map(([path]) => path),
    test: 'shown pressure is a question of degree (undetermined); all known absent → not met',
    evaluate: (values) => {
      if (values.some((value) => value === true)) return 'undetermined';
      return values.every((value) => value === false) ? 'not_met' : 'undetermined';
    },
    candidates: schemePaths.map(() => [false]),
  },
  {
    cite: cite('7102 "coercion" (B)'),
    note: 'Serious harm includes psychological, financial or reputational harm serious enough to compel a reasonable person of the same background to keep working (18 USC 1589(c)(2), from 2008; M). Whether the pressure shown reaches that level is for the court: left undetermined.',
  },
);

const coercion = any(
  'coercion',
  'Coercion: threats of serious harm or restraint, a scheme of serious harm, or abuse of the legal process',
  [threatsOrRestraint, schemeOfSeriousHarm, legalProcess],
  cite('7102 "coercion"', {
    note: 'Written to reach nonviolent coercion: United States v Kozminski, 487 US 931 (1988), had read "involuntary servitude" in 18 USC 1584 as needing physical or legal coercion, and Congress answered it (22 USC 7101(b)(13)). United States v Calimlim, 538 F.3d 706 (7th Cir 2008): threats of arrest and deportation and a scheme of serious harm sufficed.',
  }),
);

const forceFraudOrCoercion = any(
  'force-fraud-or-coercion',
  'Force, fraud or coercion (the only means US law lists)',
  [force, fraud, coercion],
  {
    cite: cite('7102 "severe forms"'),
    note: 'Narrower than Palermo: abuse of a position of vulnerability and payments to a person in control are not means here.',
  },
);

// (A) — sex trafficking in which the commercial sex act is induced by force, fraud or coercion, or
// in which the person induced to perform it has not attained 18 years of age.
const commercialSex = kindIncludes(
  'commercial-sex-act',
  'For the purpose of a commercial sex act (a sex act for which anything of value is given or received)',
  ['sexual'],
  cite('7102 "commercial sex act"; "sex trafficking"'),
);
const severeSex = all(
  'severe-sex-trafficking',
  '(A) Sex trafficking induced by force, fraud or coercion, or of a person under 18',
  [
    theAct,
    commercialSex,
    any('induced-or-minor', 'Induced by force, fraud or coercion, or the person was under 18', [
      forceFraudOrCoercion,
      isChild(cite('7102 "severe forms" (A)')),
    ]),
  ],
  cite('7102 "severe forms" (A)'),
);

// (B) — labour or services through force, fraud or coercion for the purpose of subjection to
// involuntary servitude, peonage, debt bondage or slavery.
const labourOrServices = kindIncludes(
  'labor-or-services',
  'For labor or services',
  ['labour', 'domestic_servitude', 'begging', 'forced_criminality', 'military', 'sexual'],
  cite('7102 "severe forms" (B)'),
);
const couldNotLeave = notFreeToLeave('The person could not leave');
const involuntaryServitude = all(
  'involuntary-servitude',
  'Involuntary servitude: a condition of servitude induced by force, coercion or abuse of the legal process',
  [couldNotLeave, any('induced-by', 'Induced by force or coercion', [force, coercion])],
  cite('7102 "involuntary servitude"'),
);
const peonage = all(
  'peonage',
  'Peonage: involuntary servitude based on a real or alleged debt',
  [
    couldNotLeave,
    any('debt', 'A real or alleged debt', [
      flag('control.debtBondage', 'Held by a debt'),
      flag('recruitment.coercedBy.debtBondage', 'Debt from recruitment'),
    ]),
  ],
  cite('7102 "severe forms" (B); 18 USC 1581', { certainty: 'S' }),
);
const servilePurpose = any(
  'servile-purpose',
  'For the purpose of subjection to involuntary servitude, peonage, debt bondage or slavery (happened or intended)',
  [
    involuntaryServitude,
    peonage,
    debtBondage(cite('7102 "debt bondage"')),
    slavery(cite('7102 "severe forms" (B)')),
  ],
  cite('7102 "severe forms" (B)'),
);
const severeLabour = all(
  'severe-labor-trafficking',
  '(B) Labor or services obtained by force, fraud or coercion for involuntary servitude, peonage, debt bondage or slavery',
  [theAct, labourOrServices, forceFraudOrCoercion, servilePurpose],
  cite('7102 "severe forms" (B)'),
);

export const severeForms = any(
  'severe-forms',
  'Severe forms of trafficking in persons',
  [severeSex, severeLabour],
  cite('7102 "severe forms of trafficking in persons"'),
);

// "Sex trafficking" alone — an act for the purpose of a commercial sex act — needs no means, but is
// not a severe form unless induced by force, fraud or coercion or the person is under 18.
const sexTraffickingAlone = all(
  'sex-trafficking',
  'Sex trafficking as defined (an act for a commercial sex act, no means needed); only a severe form with force, fraud, coercion or a minor',
  [theAct, commercialSex],
  cite('7102 "sex trafficking"'),
);

// Means Palermo lists and US law does not: shown here so the contrast is visible.
const palermoOnlyMeans = anyFlag(
  'palermo-only-means',
  'Abuse of vulnerability or payment to a person in control was shown: Palermo means that are not force, fraud or coercion under US law',
  [
    ['recruitment.vulnerabilityAbused.irregularStatus', 'Irregular status abused'],
    ['recruitment.vulnerabilityAbused.economicNeed', 'Economic need abused'],
    ['recruitment.vulnerabilityAbused.personalSituation', 'Personal situation abused'],
    ['recruitment.vulnerabilityAbused.emotionalDependency', 'Emotional dependency abused'],
    ['vulnerabilityAtDestination.dependencyOnExploiters', 'Dependency on the exploiters abused'],
    ['recruitment.paymentToPersonInControl', 'Payment to a person in control'],
  ],
  cite('7102 "severe forms"'),
);

export const usTvpa: Instrument = {
  id: 'us-tvpa',
  title: 'US Trafficking Victims Protection Act 2000: severe forms of trafficking (22 USC 7102)',
  level: 'national',
  citation: cite('7102 "severe forms of trafficking in persons"'),
  adopted: '2000-10-28',
  inForce: { from: '2000-10-28' },
  rule: severeForms,
  remarks: [sexTraffickingAlone, palermoOnlyMeans],
  temporal: 'in_force',
};
