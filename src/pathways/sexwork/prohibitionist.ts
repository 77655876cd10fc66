// A generic prohibitionist regime (the essay's typology): the sale itself is an offence, and so,
// usually, are buying and every third-party role. Not a particular country's law.
import { citer } from '../../law/logic/citation.js';
import type { SexworkRegime } from './types.js';

const typology = citer(
  'Anderson & Andrijasevic, "Sex, slaves and citizens" (Soundings 40, 2008): typology',
  '2008-01-01',
  'S',
);

export const prohibitionist: SexworkRegime = {
  id: 'prohibitionist',
  title: 'Prohibitionist (generic): selling is an offence',
  model: 'prohibitionist',
  country: null,
  from: '1900-01-01',
  cite: typology('prohibitionist'),
  parties: {
    seller: [
      {
        criminalised: 'yes',
        summary: 'selling sex is an offence',
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
    buyer: [
      {
        criminalised: 'partly',
        summary: 'often an offence too',
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'yes',
        summary: 'every third-party role is an offence',
        cite: typology('prohibitionist'),
        from: '1900-01-01',
      },
    ],
  },
  person: (_facts, status) => {
    if (status === 'child') {
      return {
        criminal: 'undetermined',
        immigration: 'undetermined',
        lawful: 'no',
        summary: 'A child: whether the child is prosecuted or protected depends on the country.',
        cite: [typology('prohibitionist')],
      };
    }
    const foreign = status !== 'national' && status !== 'resident';
    return {
      criminal: 'offence',
      immigration: foreign ? (status === 'unknown' ? 'undetermined' : 'removal_risk') : 'none',
      lawful: 'no',
      summary: foreign
        ? 'Selling is an offence; a conviction adds removal for a non-national.'
        : 'Selling is an offence.',
      cite: [typology('prohibitionist')],
    };
  },
};
