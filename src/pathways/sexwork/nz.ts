// New Zealand: Prostitution Reform Act 2003 — sex work decriminalised for adult citizens and
// residents (s7 contracts valid; s17 consent may be withdrawn at any time). s19: no visa is granted
// for providing commercial sexual services, and every temporary entry class visa is granted on the
// condition that its holder does not provide them: a breach makes the holder liable for deportation.
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { SexworkRegime } from './types.js';

const pra = citer('Prostitution Reform Act 2003 (NZ)', '2003-06-28', 'V');

export const nz: SexworkRegime = {
  id: 'nz',
  title: say('New Zealand: decriminalised (Prostitution Reform Act 2003)'),
  model: say('decriminalisation'),
  country: 'NZ',
  from: '2003-06-28',
  cite: pra('ss 7, 17, 19'),
  parties: {
    seller: [
      {
        criminalised: 'no',
        summary: say('lawful for adult citizens and residents'),
        cite: pra('s 7'),
        from: '2003-06-28',
      },
    ],
    buyer: [
      {
        criminalised: 'partly',
        summary: say('lawful, except with a person under 18'),
        cite: pra('ss 20–22', { certainty: 'M' }),
        from: '2003-06-28',
      },
    ],
    thirdParty: [
      {
        criminalised: 'partly',
        summary: say('operators lawful (certificate needed); inducing or compelling is an offence'),
        cite: pra('ss 16, 34–35', { certainty: 'M' }),
        from: '2003-06-28',
      },
    ],
  },
  person: [
    {
      status: ['child'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say('Under 18: clients and operators commit offences; the young person commits none (s 23).'),
      cite: [pra('ss 20–23')],
    },
    {
      status: ['national', 'resident'],
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful work, with employment rights and the right to refuse any client.'),
      cite: [pra('ss 7, 17')],
    },
    {
      status: ['temporary'],
      criminal: 'none',
      immigration: 'deportation_liability',
      lawful: 'no',
      summary: say(
        'A temporary visa forbids commercial sexual services: doing sex work makes the holder liable for deportation.',
      ),
      cite: [pra('s 19(2)'), pra('s 19 (deportation liability)', { certainty: 'S' })],
    },
    {
      status: ['irregular'],
      criminal: 'none',
      immigration: 'deportation_liability',
      lawful: 'no',
      summary: say('No visa: already liable for deportation.'),
      cite: [pra('s 19')],
    },
    {
      status: ['free_movement', 'unknown'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'undetermined',
      summary: say('Lawful for residents; deportation liability on a temporary visa.'),
      cite: [pra('s 19')],
    },
  ],
  notes: [
    say(
      'Immigration NZ issued 38 deportation liability notices to suspected sex workers (Jul 2015–Oct 2018) [S].',
    ),
  ],
};
