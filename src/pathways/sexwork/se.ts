// Sweden: the Sex Purchase Act, in force 1 Jan 1999, moved in 2005 to the Penal Code (Brottsbalken)
// ch 6 s 11: obtaining a casual sexual relation for payment is an offence; selling is not.
// Procuring (ch 6 s 12) is an offence. Aliens Act (2005:716) ch 8 s 2: refusal of entry where the
// person can be assumed not to support themselves "in an honest manner" — prostitution, per the
// preparatory works; the Parliamentary Ombudsman accepted this for an EU citizen (2012).
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { SexworkRegime } from './types.js';

const penal = citer('Swedish Penal Code (Brottsbalken)', '2005-04-01', 'V');
const act1998 = citer('Swedish Sex Purchase Act (1998:408)', '1999-01-01', 'V');
const aliens = citer('Swedish Aliens Act (2005:716)', '2006-03-31', 'V');

export const se: SexworkRegime = {
  id: 'se',
  title: say('Sweden: purchase criminalised (Sex Purchase Act 1999; Penal Code ch 6 s 11)'),
  model: say('neo-abolitionist (buyer criminalised)'),
  country: 'SE',
  from: '1999-01-01',
  cite: penal('ch 6 s 11'),
  parties: {
    seller: [
      {
        criminalised: 'no',
        summary: say('selling sex is not an offence'),
        cite: act1998('Sex Purchase Act'),
        from: '1999-01-01',
      },
    ],
    buyer: [
      {
        criminalised: 'no',
        summary: say('buying sex from an adult was not an offence'),
        cite: act1998('(before entry into force)', { certainty: 'S' }),
        from: '1900-01-01',
        until: '1998-12-31',
      },
      {
        criminalised: 'yes',
        summary: say('obtaining a casual sexual relation for payment: fine or up to 6 months'),
        cite: act1998('s 1'),
        from: '1999-01-01',
        until: '2005-03-31',
      },
      {
        criminalised: 'yes',
        summary: say('purchase of a sexual service: up to 1 year (fines removed in 2022 [S])'),
        cite: penal('ch 6 s 11'),
        from: '2005-04-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'yes',
        summary: say('procuring (koppleri) and brothel-keeping'),
        cite: penal('ch 6 s 12', { certainty: 'M' }),
        from: '1999-01-01',
      },
    ],
  },
  person: [
    {
      status: ['child'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say(
        'A child: buying sex from a child is a separate offence (ch 6 s 9); the child commits none.',
      ),
      cite: [penal('ch 6 s 9')],
    },
    {
      status: ['national', 'resident'],
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Selling is not an offence; the buyers are criminalised.'),
      cite: [penal('ch 6 s 11')],
    },
    {
      status: ['free_movement'],
      criminal: 'none',
      immigration: 'refusal_of_entry',
      lawful: 'yes',
      summary: say(
        'Not an offence, but entry may be refused for not supporting oneself "in an honest manner" (accepted for an EU citizen, JO 2012).',
      ),
      cite: [aliens('ch 8 s 2')],
    },
    {
      status: ['temporary', 'irregular'],
      criminal: 'none',
      immigration: 'removal_risk',
      lawful: 'no',
      summary: say(
        'Not an offence, but prostitution is treated as not living "in an honest manner": refusal of entry or removal.',
      ),
      cite: [aliens('ch 8 s 2')],
    },
    {
      status: ['unknown'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'undetermined',
      summary: say('Not an offence; the immigration consequence depends on the person’s status.'),
      cite: [aliens('ch 8 s 2')],
    },
  ],
  buyerOfThisPerson: [
    {
      from: '1900-01-01',
      until: '1998-12-31',
      finding: {
        criminalised: 'no',
        reason: say('before 1 Jan 1999, buying sex from an adult was lawful'),
        cite: act1998('s 1'),
      },
    },
    {
      from: '1999-01-01',
      until: '2005-03-31',
      finding: {
        criminalised: 'yes',
        reason: say('every purchase of a sexual service is an offence'),
        cite: act1998('s 1'),
      },
    },
    {
      from: '2005-04-01',
      finding: {
        criminalised: 'yes',
        reason: say('every purchase of a sexual service is an offence'),
        cite: penal('ch 6 s 11'),
      },
    },
  ],
};
