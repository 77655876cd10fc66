// Slavery (1926), the practices similar to slavery (1956) and servitude (ECHR Art 4 as the European
// Court reads it) as element builders, shared by their own instruments and by Palermo's purpose.

import { recruiters, sectors } from '../../facts/schema.js';
import { anyExploitation, isChild, kindIncludes } from '../derived.js';
import type { Citation } from '../logic/citation.js';
import { all, any, flag, flagFalse, oneOf, type Rule } from '../logic/rule.js';

/**
 * 1926 Art 1(1): powers attaching to ownership exercised over a person. De facto exercise suffices.
 * Beyond being treated as property or sold, "control tantamount to possession" (Bellagio–Harvard
 * Guidelines 2012, Guideline 3) is read here as confinement, no freedom to leave, and violence or
 * threats together.
 */
export function slavery(cite: Citation): Rule {
  return any(
    'slavery',
    'Powers attaching to the right of ownership were exercised over the person',
    [
      flag('exploitation.treatedAsProperty', 'Treated as property: bought, sold, lent, inherited or branded'),
      flag('movement.transferredOrSold', 'Sold, exchanged or handed over between people'),
      all(
        'control-tantamount-to-possession',
        'Control tantamount to possession',
        [
          flag('control.isolationConfinementOrSurveillance', 'Confined, isolated or kept under surveillance'),
          flagFalse('control.freeToLeave', 'Not free to leave'),
          any('violence-or-threats', 'Violence or threats of violence', [
            flag('control.violence', 'Violence'),
            flag('control.sexualViolence', 'Sexual violence'),
            flag('control.threatsOfViolence', 'Threats of violence'),
            flag('control.violenceOrThreatsAgainstFamily', 'Violence or threats against family'),
          ]),
        ],
        {
          note: 'A reading of the Bellagio–Harvard Guidelines (2012) and Prosecutor v Kunarac (ICTY 2002, §117–119): control that significantly deprives the person of liberty, kept up by force or threat. The reach of "powers attaching to ownership" beyond de jure ownership is contested; Siliadin v France (ECtHR 2005, §122) read it narrowly.',
        },
      ),
    ],
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
      flagFalse('control.freeToLeave', 'Not free to leave'),
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
