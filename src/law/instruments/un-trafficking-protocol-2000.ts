// UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children
// (the Palermo Protocol), supplementing the UN Convention against Transnational Organized Crime.
// GA res 55/25, Annex II, adopted 15 Nov 2000; in force 25 Dec 2003.
import { isChild, reading } from '../derived.js';
import {
  act,
  means,
  purpose,
  servitudeAsTheCourtReadsIt,
  slaveryOrSimilarPractices,
} from '../elements/trafficking.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, flag, unless } from '../logic/rule.js';

const cite = citer('UN Trafficking Protocol (2000)', '2003-12-25', 'V');

// Art 3(a) — the act: recruitment, transportation, transfer, harbouring or receipt of persons.
const theAct = act(cite('Art 3(a)'));

// Art 3(a) — the means: threat or use of force or other coercion, abduction, fraud, deception,
// abuse of power or of a position of vulnerability, or payments to a person having control.
const theMeans = means(cite('Art 3(a)'));

// Art 3(a) — the purpose: exploitation, which includes at a minimum the exploitation of the
// prostitution of others or other sexual exploitation, forced labour or services, slavery or
// practices similar to slavery, servitude or the removal of organs.
const thePurpose = purpose({
  purpose: cite('Art 3(a)'),
  slaveryLike: slaveryOrSimilarPractices(cite('Art 3(a)')),
  servitude: servitudeAsTheCourtReadsIt(
    'Palermo does not define servitude; read as the European Court of Human Rights reads it (Siliadin v France, 2005).',
  ),
});

// Art 3(a) — for an adult, all three elements are needed.
const adultTrafficking = all(
  'adult-trafficking',
  'Trafficking of an adult: an act, done by a means, for the purpose of exploitation',
  [theAct, theMeans, thePurpose],
  cite('Art 3(a)'),
);

// Art 3(c), (d) — for a child (under 18) the act and the purpose suffice; no means is required.
const childTrafficking = all(
  'child-trafficking',
  'Trafficking of a child: an act for the purpose of exploitation, without any means',
  [isChild(cite('Art 3(d)')), theAct, thePurpose],
  cite('Art 3(c)'),
);

export const trafficking = unless(
  'trafficking',
  'Trafficking in persons',
  adultTrafficking,
  childTrafficking,
  'met',
  cite('Art 3(a), (c)'),
);

// Art 3(b) — once a means is used, the victim's consent to the intended exploitation is irrelevant.
const consentIrrelevant = all(
  'consent-irrelevant',
  'The person consented, but consent is irrelevant because a means was used',
  [flag('recruitment.initialConsent', 'The person agreed to the job or the journey at first'), theMeans],
  cite('Art 3(b)'),
);

// Art 4 with UNTOC Art 34(2) — the definition has no border-crossing or illegal-entry element.
const noBorderElement = reading(
  'no-border-element',
  'Crossing a border and illegal entry are not elements of trafficking: it may be domestic and entry may be lawful',
  ['movement.crossedBorder', 'movement.entry'],
  'not required',
  () => 'met',
  cite('Art 3(a); Art 4', {
    note: 'Art 4 limits the Protocol’s own scope to transnational offences with an organised criminal group; UNTOC Art 34(2) requires the domestic offence to be created without either condition.',
  }),
);

export const unTraffickingProtocol: Instrument = {
  id: 'un-trafficking-protocol',
  title: 'UN Trafficking in Persons Protocol (Palermo, 2000)',
  level: 'international',
  citation: cite('Art 3'),
  adopted: '2000-11-15',
  inForce: { from: '2003-12-25' },
  rule: trafficking,
  remarks: [consentIrrelevant, noBorderElement],
  // Interception (`exploitation.intendedOnly`) is not read here: the purpose may be intended only.
  defeasiblePaths: [
    'exploitation.stateImposedObligation',
    'exploitation.obligationDisproportionate',
    'control.freeToLeave',
  ],
};
