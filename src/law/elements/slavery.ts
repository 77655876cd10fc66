// Slavery (1926), the practices similar to slavery (1956) and servitude (ECHR Art 4 as the European
// Court reads it) as element builders, shared by their own instruments and by Palermo's purpose.

import { recruiters, sectors } from '../../facts/values.js';
import { anyExploitation, isChild, kindIncludes, notFreeToLeave, physicallyConfined } from '../derived.js';
import type { Citation } from '../logic/citation.js';
import { all, any, contested, flag, flagFalse, oneOf, type Rule, unless } from '../logic/rule.js';

/**
 * 1926 Art 1(1): slavery is the status or condition of a person over whom any or all of the powers
 * attaching to the right of ownership are exercised; de facto exercise suffices. Read element by
 * element per the Bellagio–Harvard Guidelines on the Legal Parameters of Slavery (2012):
 * possession — control that significantly deprives the person of liberty — is necessary, and is
 * slavery only with the exercise of a power attaching to ownership (buying, selling or exchanging
 * for value, lending or pledging for payment, using and profiting from the person as a thing,
 * disposing). `exploitation.treatedAsProperty` records that power (true meets the definition; false
 * is a finding that none was exercised, which defeats it). Control alone, however harsh, is at most
 * undetermined: courts divide on it. A handing-over without value is not an ownership power.
 */
export function slavery(cite: Citation): Rule {
  // Guidelines 3–4: a power attaching to ownership exercised over a person the holder possesses.
  const ownershipPower = flag(
    'exploitation.treatedAsProperty',
    'A power attaching to ownership was exercised: bought, sold or exchanged for value, lent or pledged for payment, given, inherited or branded',
    {
      note: 'Bellagio–Harvard Guidelines (2012), Guidelines 3–4: each such power presupposes possession, control that significantly deprives the person of liberty. A handing-over without value is the act of transfer, not a power of ownership.',
    },
  );
  // Guideline 3: possession without a power of ownership shown — the branch on which courts divide
  // (the law is contested: at most undetermined).
  const controlAlone = contested(
    'control-alone',
    'Control over the person alone, without a power of ownership shown, however harsh',
    any('harsh-control', 'Locked in, or not free to leave and kept there by force or threats', [
      physicallyConfined('Locked in, or kept in by force or guards'),
      all('deprived-of-liberty-by-force', 'Not free to leave, and kept there by force or threats', [
        notFreeToLeave('Not free to leave'),
        any('violence-or-threats', 'Violence or threats of violence', [
          flag('control.violence', 'Violence'),
          flag('control.sexualViolence', 'Sexual violence'),
          flag('control.threatsOfViolence', 'Threats of violence'),
          flag('control.violenceOrThreatsAgainstFamily', 'Violence or threats against family'),
        ]),
      ]),
    ]),
    {
      note: 'Courts divide on whether control alone, without a power of ownership, is slavery. The European Court of Human Rights reads slavery narrowly, as the exercise of a genuine right of ownership reducing the person to an object (Siliadin v France, §122); the ICTY Appeals Chamber read enslavement from indicia of control over the person (Prosecutor v Kunarac, §117–119), and the Inter-American Court followed a broad reading (Hacienda Brasil Verde Workers v Brazil). At most undetermined, never met.',
      citations: [
        {
          instrument: 'Siliadin v France (ECtHR, no. 73316/01)',
          article: '§122',
          from: '2005-07-26',
          certainty: 'S',
        },
        {
          instrument: 'Prosecutor v Kunarac, Kovač and Vuković (ICTY Appeals Chamber, IT-96-23 & 23/1-A)',
          article: '§117–119',
          from: '2002-06-12',
          certainty: 'S',
        },
        {
          instrument: 'Workers of the Hacienda Brasil Verde v Brazil (IACtHR, Series C No. 318)',
          article: 'judgment of 20 Oct 2016',
          from: '2016-10-20',
          certainty: 'S',
        },
      ],
      cite,
    },
  );
  return unless(
    'slavery',
    'Slavery: powers attaching to the right of ownership were exercised over the person',
    any('powers-of-ownership', 'A power attaching to ownership, or control that may amount to it', [
      ownershipPower,
      controlAlone,
    ]),
    flagFalse(
      'exploitation.treatedAsProperty',
      'Found that no power attaching to ownership was exercised (a summary finding)',
    ),
    'not_met',
    cite,
  );
}

/** 1956 Art 1(a): debt bondage. The facts record the pledge of services for a debt that is not discharged by them. */
export function debtBondage(cite: Citation): Rule {
  return any(
    'debt-bondage',
    'Debt bondage: services pledged against a debt, not fairly applied to it or not limited',
    [
      flag('control.debtBondage', 'Held by a debt at destination'),
      flag('recruitment.coercedBy.debtBondage', 'Bound by a debt from recruitment'),
    ],
    cite,
  );
}

/**
 * 1956 Art 1(b): serfdom. The vocabulary has no tenancy facts: read as living and working on
 * another's agricultural land, with no freedom to leave and no prospect of change.
 */
export function serfdom(cite: Citation): Rule {
  return all(
    'serfdom',
    'Serfdom: bound to live and labour on land belonging to another, not free to change that status',
    [
      oneOf('exploitation.sector', 'The work was on the land (agriculture)', ['agriculture'], sectors),
      flag('exploitation.livesOnEmployersPremises', "Lives on the other's land or premises"),
      notFreeToLeave('Not free to leave'),
      flag('exploitation.believedSituationPermanent', 'No prospect of the situation changing'),
    ],
    {
      cite,
      note: 'Approximation: the facts vocabulary has no tenancy fact, so land-bound status is read from agricultural work, residence on the land and no freedom to change.',
    },
  );
}

/** 1956 Art 1(c): servile marriage, (i) given in marriage for payment or (ii) transferred by the husband's side. */
export function servileMarriage(cite: Citation): Rule {
  return all(
    'servile-marriage',
    'Servile marriage: a woman given in marriage without the right to refuse, for payment, or transferred',
    [
      oneOf(
        'person.gender',
        'The person is a woman (as the 1956 text is written)',
        ['female'],
        ['female', 'male', 'other'],
      ),
      kindIncludes('forced-marriage', 'Married without the right to refuse (forced marriage)', [
        'forced_marriage',
      ]),
      any('payment-or-transfer', 'Payment to her family or guardian, or transfer to another person', [
        flag(
          'recruitment.paymentToPersonInControl',
          'Money or goods were given to her family, guardian or controller',
        ),
        flag('movement.transferredOrSold', 'She was transferred to another person'),
      ]),
    ],
    { cite, note: 'Art 1(c)(iii) (inheritance of a widow) has no fact in the vocabulary.' },
  );
}

/** The recruiter was family: the person was handed over by a parent or guardian. */
export const familyRecruiter = (cite?: Citation) =>
  oneOf(
    'recruitment.recruiter',
    'The person was handed over by family (a parent or guardian)',
    ['family'],
    recruiters,
    cite,
  );

/** 1956 Art 1(d): a child delivered by a parent or guardian to another, with or without reward, for exploitation. */
export function childDelivery(cites: { provision: Citation; child: Citation }): Rule {
  return all(
    'child-delivery',
    'A child delivered by a parent or guardian to another person for exploitation',
    [
      isChild(cites.child),
      familyRecruiter(),
      anyExploitation('exploitation-intended', 'With a view to exploiting the child or their labour'),
    ],
    cites.provision,
  );
}

export function practicesSimilarToSlavery(cites: {
  all: Citation;
  a: Citation;
  b: Citation;
  c: Citation;
  d: Citation;
}): Rule {
  return any(
    'practices-similar-to-slavery',
    'An institution or practice similar to slavery',
    [
      debtBondage(cites.a),
      serfdom(cites.b),
      servileMarriage(cites.c),
      childDelivery({ provision: cites.d, child: cites.d }),
    ],
    cites.all,
  );
}

/**
 * Servitude under ECHR Art 4(1) as read in Siliadin v France (2005) §123–124 and C.N. and V. v
 * France (2012) §91: "aggravated" forced labour — the obligation to live on the other's premises and
 * the belief that the situation is permanent and cannot change.
 */
export function servitude(cites: { servitude: Citation; forcedLabour: Rule }): Rule {
  return all(
    'servitude',
    'Servitude: forced labour aggravated by living on the premises and a situation felt to be permanent',
    [
      cites.forcedLabour,
      flag('exploitation.livesOnEmployersPremises', "Obliged to live on the other's premises"),
      flag(
        'exploitation.believedSituationPermanent',
        'Believed the situation was permanent and could not change',
      ),
    ],
    cites.servitude,
  );
}
