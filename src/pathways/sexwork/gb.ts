// England and Wales: buying and selling sex are not offences in themselves. Loitering or soliciting
// persistently in a street is (Street Offences Act 1959 s1); so is kerb-crawling (SOA 2003 s51A) and,
// from 1 Apr 2010, paying for the sexual services of a person subjected to exploitative conduct —
// force, threats, other coercion or deception — by a third party, whether or not the buyer knew
// (SOA 2003 s53A, strict liability). Causing, inciting or controlling prostitution for gain (ss 52,
// 53) and brothel-keeping (SOA 1956 s33A) are offences. No immigration statute is specific to sex work.
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { SexworkRegime } from './types.js';

const soa2003 = citer('Sexual Offences Act 2003', '2004-05-01', 'V');
const pca = citer('Policing and Crime Act 2009 (inserting SOA 2003 s53A)', '2010-04-01', 'V');
const street = citer('Street Offences Act 1959', '1959-08-16', 'V');

// Soliciting is an offence only where persistent and in a public place, which the facts do not record.
const soliciting = {
  ...street('s 1'),
  note: 'Only where soliciting persistently in a public place; the facts do not record where the person worked.',
};

export const gb: SexworkRegime = {
  id: 'gb',
  title: say('England and Wales: selling and buying lawful; soliciting, exploitation and brothels not'),
  model: say('abolitionist (third parties and public soliciting criminalised)'),
  country: 'GB',
  from: '1959-08-16',
  cite: soa2003('ss 51A–54'),
  parties: {
    seller: [
      {
        criminalised: 'partly',
        summary: say('selling lawful; persistent loitering or soliciting in a street is an offence'),
        cite: street('s 1'),
        from: '1959-08-16',
      },
    ],
    buyer: [
      {
        criminalised: 'partly',
        summary: say('buying lawful; kerb-crawling an offence'),
        cite: soa2003('ss 51A (from 2010), formerly SOA 1985'),
        from: '1959-08-16',
        until: '2010-03-31',
      },
      {
        criminalised: 'partly',
        summary: say(
          'buying lawful, except paying for a person subjected to exploitative conduct — strict liability (s53A)',
        ),
        cite: pca('s 14; SOA 2003 s53A'),
        from: '2010-04-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'yes',
        summary: say('causing, inciting or controlling prostitution for gain; brothel-keeping'),
        cite: soa2003('ss 52–53; SOA 1956 s33A'),
        from: '2004-05-01',
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
        'A child: a victim of child sexual exploitation (s1 Street Offences Act applies to 18+ only).',
      ),
      cite: [street('s 1')],
    },
    {
      status: ['national', 'resident'],
      criminal: 'possible_offence',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Selling is lawful; soliciting in the street is an offence.'),
      cite: [soliciting],
    },
    {
      status: ['free_movement'],
      criminal: 'possible_offence',
      immigration: 'undetermined',
      lawful: 'yes',
      summary: say('Selling is lawful; soliciting in the street is an offence.'),
      cite: [soliciting],
    },
    {
      status: ['temporary', 'irregular'],
      criminal: 'possible_offence',
      immigration: 'removal_risk',
      lawful: { withRightToWork: 'yes', otherwise: 'no' },
      summary: say(
        'Selling is lawful, but working in breach of visa conditions or without status exposes the person to removal [M].',
      ),
      cite: [soliciting],
    },
    {
      status: ['unknown'],
      criminal: 'possible_offence',
      immigration: 'undetermined',
      lawful: 'undetermined',
      summary: say('Selling is lawful; the immigration consequence depends on status [M].'),
      cite: [soliciting],
    },
  ],
  buyerOfThisPerson: [
    {
      from: '1959-08-16',
      until: '2010-03-31',
      finding: { criminalised: 'no', reason: say('s53A applies from 1 Apr 2010'), cite: pca('s 14') },
    },
    {
      from: '2010-04-01',
      asks: 'exploitedByThirdParty',
      yes: {
        criminalised: 'yes',
        reason: say(
          'a third party used force, threats, coercion or deception: s53A, whether or not the buyer knew',
        ),
        cite: soa2003('s 53A'),
      },
      no: {
        criminalised: 'no',
        reason: say('no exploitative conduct by a third party shown'),
        cite: soa2003('s 53A'),
      },
      unknown: {
        criminalised: 'undetermined',
        reason: say('whether a third party used exploitative conduct is unknown'),
        cite: soa2003('s 53A'),
      },
    },
  ],
  notes: [say('Northern Ireland criminalised purchase from 1 Jun 2015; Scotland differs: not modelled.')],
};
