// A generic prohibitionist regime (the essay's typology): the sale itself is an offence, and so,
// usually, are buying and every third-party role. Not a particular country's law.
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { SexworkRegime } from './types.js';

const typology = citer(
  'Anderson & Andrijasevic, "Sex, slaves and citizens" (Soundings 40, 2008): typology',
  '2008-01-01',
  'S',
);

export const prohibitionist: SexworkRegime = {
  id: 'prohibitionist',
  title: say('Prohibitionist (generic): selling is an offence'),
  model: say('prohibitionist'),
  country: null,
  from: '1900-01-01',
  cite: typology('prohibitionist'),
  parties: {
    seller: [
      {
        criminalised: 'yes',
        summary: say('selling sex is an offence'),
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
    buyer: [
      {
        criminalised: 'partly',
        summary: say('often an offence too'),
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'yes',
        summary: say('every third-party role is an offence'),
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
  },
  person: [
    {
      status: ['child'],
      criminal: 'undetermined',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say('A child: whether the child is prosecuted or protected depends on the country.'),
      cite: [typology('prohibitionist')],
    },
    {
      status: ['national', 'resident'],
      criminal: 'offence',
      immigration: 'none',
      lawful: 'no',
      summary: say('Selling is an offence.'),
      cite: [typology('prohibitionist')],
    },
    {
      status: ['free_movement', 'temporary', 'irregular'],
      criminal: 'offence',
      immigration: 'removal_risk',
      lawful: 'no',
      summary: say('Selling is an offence; a conviction adds removal for a non-national.'),
      cite: [typology('prohibitionist')],
    },
    {
      status: ['unknown'],
      criminal: 'offence',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say('Selling is an offence; a conviction adds removal for a non-national.'),
      cite: [typology('prohibitionist')],
    },
  ],
};
