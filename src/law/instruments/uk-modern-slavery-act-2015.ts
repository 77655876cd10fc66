// Modern Slavery Act 2015 (England and Wales), ss 1–3; in force 31 Jul 2015. s1: holding a person
// in slavery or servitude or requiring forced or compulsory labour; s2: arranging or facilitating
// travel with a view to exploitation (no means element, consent irrelevant); s3: what exploitation
// means. National law: applied only to events while it is in force. Jurisdiction (s2(6), (7)) and
// the defendant's knowledge ("knows or ought to know") are not facts of the vocabulary: the
// assessment says whether the person's situation falls within the offences.
import type { FlagPath } from '../../facts/schema.js';
import { anyExploitation, anyFlag, isChild, kindIncludes, reading } from '../derived.js';
import { deceptionFacts } from '../elements/forced-labour.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, any, fact, flag, type Rule, unless } from '../logic/rule.js';
import { type Article4Citer, article4Reading } from './echr-article-4.js';

const cite = citer('Modern Slavery Act 2015', '2015-07-31', 'V');

// s1(2) — slavery, servitude and forced or compulsory labour are to be construed in accordance
// with Article 4 of the Human Rights Convention: the offence uses Art 4 as the European Court reads
// it (echr-article-4.ts), not ILO C029's text. Its exclusions are therefore Art 4(3)'s — work in the
// ordinary course of detention (for a private firm too), military service, emergencies, normal
// civic obligations — and an obligation that comes with a profession or a state benefit is forced
// labour only where its burden is disproportionate (Van der Mussele v Belgium, 1983, §37;
// Schuitemaker v the Netherlands, dec., 2010). Each node cites the section of the Act and the
// paragraph of Art 4 it is read with.
const readWithArticle4 =
  (section: (article: string) => string): Article4Citer =>
  (article, extra = {}) =>
    cite(`${section(article)}, read with s1(2): ECHR ${article}`, extra);

// s1(1) — D holds a person in slavery or servitude (a), or requires them to perform forced or
// compulsory labour (b). The situation must exist: s1 has no act of movement and no purpose element.
const offenceLimb = (article: string) => (article.startsWith('Art 4(1)') ? 's1(1)(a)' : 's1(1)(b)');
const s1 = article4Reading(readWithArticle4(offenceLimb));
const section1 = any(
  's1',
  's1: the person was held in slavery or servitude, or required to perform forced or compulsory labour',
  [s1.slavery, s1.servitude, s1.forcedLabour],
  cite('s1(1)', {
    note: 's1(2): construed in accordance with Article 4 of the Human Rights Convention, as the Strasbourg court reads it — the reading R v SK [2011] EWCA Crim 1691 required juries to be directed on under the earlier trafficking offence.',
  }),
);

// s1(3), (4) — in deciding whether the person is held or required to work, all the circumstances
// may be weighed: the person's personal circumstances that may make them more vulnerable than
// others (age, family relationships, mental or physical illness), and the work or services they
// provided, including work that is exploitation within s3(3)–(6). They weigh in the finding; they
// are not an element of it (a remark).
const personalVulnerability = anyFlag(
  'personal-vulnerability',
  's1(3)–(4): personal circumstances that may make the person more vulnerable than others (age, family ties, illness) are weighed among all the circumstances',
  [
    [
      'recruitment.vulnerabilityAbused.personalSituation',
      'A personal situation (illness, disability, addiction, youth)',
    ],
    ['recruitment.vulnerabilityAbused.difficultFamilySituation', 'A family relationship or situation'],
    ['vulnerabilityAtDestination.personalCharacteristics', 'Personal characteristics at destination'],
    ['vulnerabilityAtDestination.familySituation', 'The family situation at destination'],
  ],
  cite('s1(3), (4)(a)'),
  [isChild(cite('s1(4)(a)'))],
);

// s2(5) — travel: arriving in or entering any country, departing any country, or travelling within
// any country. Domestic movement counts.
const travel = any(
  'travel',
  'The person travelled: into or out of a country, or within one',
  [
    flag('movement.crossedBorder', 'Crossed an international border (arrival, entry or departure)'),
    flag('movement.transported', 'Moved by others or on their arrangement (within a country counts)'),
  ],
  cite('s2(5)'),
);

// s2(3) — arranging or facilitating travel includes recruiting, transporting or transferring,
// harbouring or receiving, or transferring or exchanging control over V.
const arrangedOrFacilitated = any(
  'arranged-or-facilitated',
  'Someone arranged or facilitated the travel: recruiting, transporting, transferring, harbouring, receiving, or transferring or exchanging control',
  [
    flag('recruitment.recruited', 'Recruiting'),
    flag('movement.transported', 'Transporting'),
    flag('movement.transferredOrSold', 'Transferring, or transferring or exchanging control'),
    flag('movement.harboured', 'Harbouring'),
    flag('movement.received', 'Receiving'),
  ],
  {
    cite: cite('s2(3)'),
    note: 'The facts do not record whether each act served the travel; an act observed together with travel is read as arranging or facilitating it.',
  },
);

// s3(2) — slavery, servitude, forced or compulsory labour: conduct that is (or, were it in England
// and Wales, would be) an s1 offence, so read with Art 4 as s1(2) requires. "With a view to":
// intended exploitation suffices for s2.
const s3 = article4Reading(
  readWithArticle4(() => 's3(2)'),
  { intendedSuffices: true },
);
const s3Slavery = any(
  's3-2',
  's3(2): slavery, servitude, or forced or compulsory labour (happened or intended)',
  [
    s3.slavery,
    s3.servitude,
    all('forced-or-compulsory-labour', 'Forced or compulsory labour', [
      kindIncludes('labour-like', 'Exploited for labour, services or begging', [
        'labour',
        'begging',
        'domestic_servitude',
        'forced_criminality',
        'military',
      ]),
      s3.forcedLabour,
    ]),
  ],
  cite('s3(2)'),
);

// s3(3) — sexual exploitation: conduct that is an offence under Sexual Offences Act 2003 Part 1
// (including causing or controlling prostitution for gain, ss 52–53) or Protection of Children Act
// 1978 s1(1)(a).
const s3Sexual = kindIncludes(
  'sexual-exploitation',
  's3(3): sexual exploitation (conduct that is an offence under the Sexual Offences Act 2003 Part 1)',
  ['sexual'],
  cite('s3(3)', {
    note: 'Read from the exploitation kind: sexual exploitation by another person is an SOA 2003 Part 1 offence (e.g. controlling prostitution for gain, s53).',
  }),
);

// s3(4) — removal of organs etc. (Human Tissue Act 2004 ss 32–33).
const s3Organs = kindIncludes('organ-removal', 's3(4): removal of organs', ['organ_removal'], cite('s3(4)'));

// s3(5) — securing services or benefits of any kind by force, threats (of any kind) or deception.
const forceThreatsOrDeception: Array<[FlagPath, string]> = [
  ['recruitment.coercedBy.violence', 'Force during recruitment or travel'],
  ['recruitment.coercedBy.abductionSaleOrForcedMarriage', 'Abduction (force)'],
  ['recruitment.coercedBy.threatsOfViolence', 'Threats of violence during recruitment'],
  ['recruitment.coercedBy.violenceOrThreatsAgainstFamily', 'Violence or threats against family'],
  ['recruitment.coercedBy.threatOfDenunciationToAuthorities', 'Threat of denunciation during recruitment'],
  ['recruitment.coercedBy.threatsToInformFamilyOrCommunity', 'Threat of exposure during recruitment'],
  ['control.violence', 'Force at destination'],
  ['control.sexualViolence', 'Sexual violence'],
  ['control.threatsOfViolence', 'Threats of violence'],
  ['control.violenceOrThreatsAgainstFamily', 'Violence or threats against family'],
  ['control.threatOfDenunciationToAuthorities', 'Threat of denunciation to the authorities'],
  ['control.threatOfBeingSentHome', 'Threat of being sent home'],
  ['control.threatOfWorseConditions', 'Threat of worse conditions'],
  ['control.threatsToInformFamilyOrCommunity', 'Threat of exposure to family or community'],
  ['control.threatOfDismissalEndingStatus', 'Threat of a dismissal ending the right to stay'],
  ...deceptionFacts,
];
const s3Services = all(
  's3-5',
  's3(5): services or benefits secured by force, threats or deception',
  [
    anyExploitation('services', 'Services or benefits of any kind were (to be) secured from the person'),
    anyFlag(
      'force-threats-or-deception',
      'Force, threats (of any kind) or deception',
      forceThreatsOrDeception,
    ),
  ],
  cite('s3(5)', { note: 'The services need not be unlawful: forced begging and shop theft are covered.' }),
);

// s3(6) — securing services from children and vulnerable persons: V was chosen because of youth,
// illness, disability or a family relationship, where a person without it would likely refuse.
const s3Vulnerable = all(
  's3-6',
  's3(6): services secured from a person chosen for youth, illness, disability or a family relationship',
  [
    anyExploitation('services-from-vulnerable', 'Services of any kind were (to be) secured from the person'),
    anyFlag(
      'chosen-for-vulnerability',
      'The person was chosen for youth, illness, disability or family ties',
      [
        [
          'recruitment.vulnerabilityAbused.personalSituation',
          'A personal situation (illness, disability, addiction, youth) was abused',
        ],
        ['recruitment.vulnerabilityAbused.difficultFamilySituation', 'A family relationship was abused'],
        ['vulnerabilityAtDestination.personalCharacteristics', 'Personal characteristics were abused'],
      ],
    ),
  ],
  {
    cite: cite('s3(6)'),
    note: 'The facts record the abuse of the vulnerability; that a person without it would likely have refused is taken to follow.',
  },
);

const s3Forms = any(
  's3-forms',
  'Exploitation in a form s3 lists (happened or intended)',
  [s3Slavery, s3Sexual, s3Organs, s3Services, s3Vulnerable],
  cite('s3(1)'),
);

// `exploitation.kinds: []` is a summary fact: no exploitation happened or was intended, so there is
// nothing the travel could have been "with a view to".
const noExploitation = fact('no-exploitation', 'No exploitation of the person happened or was intended', {
  paths: ['exploitation.kinds'],
  test: 'is empty',
  evaluate: ([value]) => (!Array.isArray(value) ? 'undetermined' : value.length === 0 ? 'met' : 'not_met'),
  candidates: [[[], ['labour']]],
});

const exploitation: Rule = unless(
  's3',
  'With a view to exploitation as s3 defines it (happened or intended)',
  s3Forms,
  noExploitation,
  'not_met',
  cite('s3(1)'),
);

// s2(1), (4) — arranging or facilitating V's travel with a view to V being exploited. No means:
// force, threats and deception appear only inside s3(5).
const section2 = all(
  's2',
  's2: travel arranged or facilitated with a view to exploitation (no means needed)',
  [travel, arrangedOrFacilitated, exploitation],
  cite('s2(1)'),
);

export const modernSlaveryOffence = any(
  'modern-slavery-offence',
  'Slavery, servitude, forced labour (s1) or human trafficking (s2)',
  [section1, section2],
  cite('ss 1–3'),
);

// s1(5), s2(2) — the person's consent (adult or child) does not prevent a finding.
const consentIrrelevant = all(
  'consent-irrelevant',
  'The person consented, but consent is irrelevant (to the travel under s2, to the situation under s1)',
  [
    flag('recruitment.initialConsent', 'The person agreed to the job or the journey at first'),
    modernSlaveryOffence,
  ],
  cite('s1(5); s2(2)'),
);

// s2(5) — travel within a country counts: domestic trafficking is covered.
const domesticCovered = reading(
  'domestic-travel-covered',
  'Travel within the United Kingdom counts: no border crossing is needed',
  ['movement.crossedBorder'],
  'not required',
  () => 'met',
  cite('s2(5)'),
);

export const ukModernSlaveryAct: Instrument = {
  id: 'uk-modern-slavery-act',
  title: 'UK Modern Slavery Act 2015 (England and Wales), ss 1–3',
  level: 'national',
  citation: cite('ss 1–3'),
  adopted: '2015-03-26',
  inForce: { from: '2015-07-31' },
  rule: modernSlaveryOffence,
  remarks: [personalVulnerability, consentIrrelevant, domesticCovered],
  defeasiblePaths: [
    'exploitation.stateImposedObligation',
    'exploitation.obligationDisproportionate',
    'exploitation.intendedOnly',
    'control.freeToLeave',
  ],
  temporal: 'in_force',
};
