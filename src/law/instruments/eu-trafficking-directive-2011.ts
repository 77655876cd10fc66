// Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its
// victims (OJ L 101, 15.4.2011), as amended by Directive (EU) 2024/1712. Art 2 defines the offence
// Member States must create. Regional law: applied only to events while it is in force; the
// purposes added in 2024 count only for events from the amendment's entry into force.
import type { ExploitationKind } from '../../facts/schema.js';
import { dayBefore, type Version } from '../dated.js';
import { isChild, kindIncludes } from '../derived.js';
import {
  means,
  purpose,
  servitudeAsTheCourtReadsIt,
  slaveryOrSimilarPractices,
} from '../elements/trafficking.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, any, fact, flag, type Rule, unless } from '../logic/rule.js';

// Art 2(2), (3) and recital 11 are checked against the text [V]; the wording of Art 2(1), (4)–(6)
// and the entry-into-force date (publication day, 15 Apr 2011) are from memory [M].
const cite = citer('EU Trafficking Directive 2011/36/EU', '2011-04-15', 'M');

/**
 * Directive (EU) 2024/1712 adds surrogacy, forced marriage and illegal adoption to the forms of
 * exploitation from its entry into force. Member States have until 15 Jul 2026 to transpose it, so
 * a national court may not yet apply the new forms before then.
 */
export const purposesAdded2024: Version<readonly ExploitationKind[]> = {
  value: ['surrogacy', 'forced_marriage', 'illegal_adoption'],
  from: '2024-07-14',
  cite: {
    instrument: 'Directive (EU) 2024/1712 amending Directive 2011/36/EU',
    article: 'Art 2(3) as amended; entry into force',
    from: '2024-07-14',
    certainty: 'V',
    note: 'In force 14 Jul 2024; transposition due by 15 Jul 2026.',
  },
};

/**
 * The events began on or after the day a version of the law took effect. The start of the events
 * decides; where only the end is known and it falls before that day, so does the start. Otherwise
 * the date is an open question.
 */
function eventsOnOrAfter(id: string, label: string, version: Version<unknown>): Rule {
  const { from, cite } = version;
  const before = dayBefore(from);
  return fact(
    id,
    label,
    {
      paths: ['events.from', 'events.to'],
      test: `the events began on or after ${from}`,
      evaluate: ([start, end]) => {
        if (typeof start === 'string') return start >= from ? 'met' : 'not_met';
        if (typeof end === 'string' && end < from) return 'not_met';
        return 'undetermined';
      },
      candidates: [[from, before], [before]],
    },
    cite,
  );
}

// Art 2(1) — the act: recruitment, transportation, transfer, harbouring or reception of persons,
// including the exchange or transfer of control over those persons.
const theAct = any(
  'act',
  'An act: recruitment, transportation, transfer, harbouring or reception, including the exchange or transfer of control over the person',
  [
    flag('recruitment.recruited', 'Recruitment: someone offered, arranged or induced the work'),
    flag('movement.transported', 'Transportation: moved by others or on their arrangement'),
    flag('movement.transferredOrSold', 'Exchange or transfer of control: handed over, sold or exchanged'),
    flag('movement.harboured', 'Harbouring: housed or kept by the exploiters'),
    flag('movement.received', 'Reception: received by the exploiters'),
  ],
  cite('Art 2(1)'),
);

// Art 2(1), (2) — the means, as in Palermo; a position of vulnerability is one in which the
// person has no real or acceptable alternative but to submit to the abuse involved.
const theMeans: Rule = {
  ...means(cite('Art 2(1), (2)', { certainty: 'V' })),
  note: 'Art 2(2): a position of vulnerability means a situation in which the person has no real or acceptable alternative but to submit to the abuse involved. The facts record that a vulnerability was abused, not merely present.',
};

// Art 2(3) — exploitation includes, as a minimum: the prostitution of others or other sexual
// exploitation, forced labour or services including begging, slavery or similar practices,
// servitude, the exploitation of criminal activities, the removal of organs. Recital 11: forced
// begging counts only where all the elements of forced labour are present; criminal activities
// are pick-pocketing, shop-lifting, drug trafficking and similar punishable activities with gain.
const purposeAsAdopted = purpose({
  purpose: cite('Art 2(3); recital 11', {
    certainty: 'V',
    note: 'Begging counts only with the elements of forced labour (recital 11); forced criminality is the exploitation of criminal activities.',
  }),
  slaveryLike: slaveryOrSimilarPractices(cite('Art 2(3)')),
  servitude: servitudeAsTheCourtReadsIt(
    'The Directive does not define servitude; read as the European Court of Human Rights reads it.',
  ),
});

// Art 2(3) as amended by Directive (EU) 2024/1712 — also the exploitation of surrogacy, of forced
// marriage and of illegal adoption, for events from the amendment's entry into force.
const addedIn2024 = all(
  'purposes-added-2024',
  'Exploitation of surrogacy, forced marriage or illegal adoption (added in 2024)',
  [
    eventsOnOrAfter(
      'amendment-2024-in-force',
      `The events began on or after ${purposesAdded2024.from}, when Directive 2024/1712 entered into force`,
      purposesAdded2024,
    ),
    kindIncludes(
      'surrogacy-forced-marriage-or-illegal-adoption',
      'Exploitation of surrogacy, forced marriage or illegal adoption',
      purposesAdded2024.value,
    ),
  ],
  purposesAdded2024.cite,
);

// Art 2(3) — the purposes as adopted, and those added in 2024.
const thePurpose = any(
  'eu-purpose',
  'A purpose of exploitation in a form the Directive lists (happened or intended)',
  [purposeAsAdopted, addedIn2024],
  cite('Art 2(3)'),
);

// Art 2(1) — for an adult: act, means and purpose.
const adultTrafficking = all(
  'adult-trafficking',
  'Trafficking of an adult: an act, done by a means, for the purpose of exploitation',
  [theAct, theMeans, thePurpose],
  cite('Art 2(1)'),
);

// Art 2(4) — consent to the intended or actual exploitation is irrelevant where a means was used.
const consentIrrelevant = all(
  'consent-irrelevant',
  'The person consented, but consent is irrelevant because a means was used',
  [flag('recruitment.initialConsent', 'The person agreed to the job or the journey at first'), theMeans],
  cite('Art 2(4)'),
);

// Art 2(5), (6) — for a child (under 18) the act and the purpose suffice.
const childTrafficking = all(
  'child-trafficking',
  'Trafficking of a child: an act for the purpose of exploitation, without any means',
  [isChild(cite('Art 2(6)')), theAct, thePurpose],
  cite('Art 2(5)'),
);

export const trafficking = unless(
  'trafficking',
  'Trafficking in human beings',
  adultTrafficking,
  childTrafficking,
  'met',
  cite('Art 2(1), (5)'),
);

export const euTraffickingDirective: Instrument = {
  id: 'eu-trafficking-directive',
  title: 'EU Anti-Trafficking Directive 2011/36/EU (as amended by 2024/1712)',
  level: 'regional',
  citation: cite('Art 2'),
  adopted: '2011-04-05',
  inForce: { from: '2011-04-15' },
  rule: trafficking,
  remarks: [consentIrrelevant],
  defeasiblePaths: [
    'exploitation.stateImposedObligation',
    'exploitation.obligationDisproportionate',
    'control.freeToLeave',
  ],
  temporal: 'in_force',
};
