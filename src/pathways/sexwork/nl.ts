// Netherlands: the general ban on brothels was lifted in 2000 (Criminal Code art 250bis deleted;
// exploitation punished under art 250a, now 273f); municipalities license sex businesses. EU/EEA
// nationals may do sex work as Dutch nationals do, but no work permit (Wav) is issued for sexual
// services, and residence as a self-employed sex worker is refused: a non-EU national can do sex
// work lawfully only on a residence permit without work restriction.
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { SexworkRegime } from './types.js';

const code = citer('Dutch Criminal Code', '2000-10-01', 'S');
const wav = citer('Dutch Foreign Nationals Employment Act (Wav) practice', '2000-10-01', 'V');

export const nl: SexworkRegime = {
  id: 'nl',
  title: say('Netherlands: licensed sex businesses since 2000'),
  model: say('regulation / legalisation'),
  country: 'NL',
  from: '2000-10-01',
  cite: code('art 273f (formerly 250a); municipal licensing'),
  parties: {
    seller: [
      {
        criminalised: 'no',
        summary: say('lawful within the licensing rules (18+; 21 in some cities)'),
        cite: code('municipal licensing', { certainty: 'S' }),
        from: '2000-10-01',
      },
    ],
    buyer: [
      {
        criminalised: 'partly',
        summary: say('lawful, except with a minor or a coerced person'),
        cite: code('art 273f', { certainty: 'M' }),
        from: '2000-10-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'yes',
        summary: say('brothel-keeping banned (art 250bis)'),
        cite: code('art 250bis (deleted 2000)', { certainty: 'S' }),
        from: '1900-01-01',
        until: '2000-09-30',
      },
      {
        criminalised: 'partly',
        summary: say('licensed businesses lawful; exploitation and trafficking criminal'),
        cite: code('art 273f'),
        from: '2000-10-01',
      },
    ],
  },
  person: [
    {
      status: ['child'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say('A child: underage prostitution is exploitation, a crime of the third parties.'),
      cite: [code('art 273f')],
    },
    {
      status: ['national', 'free_movement'],
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful within the licensing rules, as for Dutch nationals.'),
      cite: [wav('EU/EEA nationals')],
    },
    {
      status: ['resident'],
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful on a residence permit without work restriction.'),
      cite: [wav('permit without work restriction')],
    },
    {
      status: ['temporary', 'irregular'],
      criminal: 'none',
      immigration: 'removal_risk',
      lawful: 'no',
      summary: say(
        'No work permit can be issued for sexual services and self-employed residence is refused: unlawful work, with removal.',
      ),
      cite: [wav('no Wav permit for sexual services')],
    },
    {
      status: ['unknown'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: { withRightToWork: 'yes', otherwise: 'undetermined' },
      summary: say('Lawful only with a permit that carries no work restriction.'),
      cite: [wav('no Wav permit for sexual services')],
    },
  ],
  notes: [say('Victim residence (the B8/3 scheme, 3-month reflection) is not modelled here [M].')],
};
