// Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197,
// Warsaw, 16 May 2005; in force 1 Feb 2008 (for the UK, 1 Apr 2009). Art 4 copies the Palermo
// definition; Art 2 extends it to all trafficking, national or transnational, with or without
// organised crime. Regional law: applied only to events while it is in force.
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

const cite = citer('Council of Europe Trafficking Convention (2005)', '2008-02-01', 'S');

// Art 2 — scope: all forms of trafficking, national or transnational, linked or not to organised
// crime.
const nationalOrTransnational = reading(
  'national-or-transnational',
  'The Convention covers trafficking whether national or transnational and whether or not organised crime is involved: no border crossing is needed',
  ['movement.crossedBorder'],
  'not required',
  () => 'met',
  cite('Art 2', { certainty: 'M' }),
);

// Art 4(a) — the act: recruitment, transportation, transfer, harbouring or receipt of persons.
const theAct = act(cite('Art 4(a)'));

// Art 4(a) — the means, as in Palermo Art 3(a).
const theMeans = means(cite('Art 4(a)'));

// Art 4(a) — the purpose: exploitation, at a minimum the exploitation of the prostitution of
// others or other sexual exploitation, forced labour or services, slavery or similar practices,
// servitude, removal of organs.
const thePurpose = purpose({
  purpose: cite('Art 4(a)'),
  slaveryLike: slaveryOrSimilarPractices(cite('Art 4(a)')),
  servitude: servitudeAsTheCourtReadsIt(
    'The Convention does not define servitude; read as the European Court of Human Rights reads it (Siliadin v France, 2005).',
  ),
});

// Art 4(a) — for an adult, the act, a means and the purpose are all needed.
const adultTrafficking = all(
  'adult-trafficking',
  'Trafficking of an adult: an act, done by a means, for the purpose of exploitation',
  [theAct, theMeans, thePurpose],
  cite('Art 4(a)'),
);

// Art 4(b) — consent to the intended exploitation is irrelevant once a means is used.
const consentIrrelevant = all(
  'consent-irrelevant',
  'The person consented, but consent is irrelevant because a means was used',
  [flag('recruitment.initialConsent', 'The person agreed to the job or the journey at first'), theMeans],
  cite('Art 4(b)'),
);

// Art 4(c), (d) — for a child (under 18) the act and the purpose suffice.
const childTrafficking = all(
  'child-trafficking',
  'Trafficking of a child: an act for the purpose of exploitation, without any means',
  [isChild(cite('Art 4(d)')), theAct, thePurpose],
  cite('Art 4(c)'),
);

export const trafficking = unless(
  'trafficking',
  'Trafficking in human beings',
  adultTrafficking,
  childTrafficking,
  'met',
  cite('Art 4(a), (c)'),
);

export const coeTraffickingConvention: Instrument = {
  id: 'coe-trafficking-convention',
  title: 'Council of Europe Convention on Action against Trafficking in Human Beings (2005)',
  level: 'regional',
  citation: cite('Art 4'),
  adopted: '2005-05-16',
  inForce: { from: '2008-02-01' },
  rule: trafficking,
  remarks: [consentIrrelevant, nationalOrTransnational],
  defeasiblePaths: [
    'exploitation.stateImposedObligation',
    'exploitation.obligationDisproportionate',
    'control.freeToLeave',
  ],
  temporal: 'in_force',
};
