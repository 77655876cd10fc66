// Germany: Prostitutionsgesetz (ProstG, 2002) — agreements enforceable, social insurance; the
// Prostituiertenschutzgesetz (ProstSchG, in force 1 Jul 2017) — registration with counselling,
// valid 2 years (1 year under 21); foreign nationals without free movement must prove a right to
// work (§4(2)); businesses need a permit. Buyers: StGB §232a(6) since Oct 2016, sex with a victim of
// trafficking or forced prostitution when the buyer knows; since 2021 also when reckless.
import { citer } from '../../law/logic/citation.js';
import { say } from '../words.js';
import type { BuyerFinding, SexworkRegime } from './types.js';

const prostg = citer('Prostitutionsgesetz (ProstG)', '2002-01-01', 'V');
const prostschg = citer('Prostituiertenschutzgesetz (ProstSchG)', '2017-07-01', 'V');
const stgb = citer('German Criminal Code (StGB)', '2016-10-15', 'V');

const notShownVictim: BuyerFinding = {
  criminalised: 'no',
  reason: say('no sign that the person is a victim of trafficking or forced prostitution'),
  cite: stgb('§ 232a(6)'),
};
const coercionUnknown: BuyerFinding = {
  criminalised: 'undetermined',
  reason: say('whether the person was coerced is unknown'),
  cite: stgb('§ 232a(6)'),
};

export const de: SexworkRegime = {
  id: 'de',
  title: say('Germany: regulated (ProstG 2002, ProstSchG 2017)'),
  model: say('regulation'),
  country: 'DE',
  from: '2002-01-01',
  cite: prostschg('§§ 3–4'),
  parties: {
    seller: [
      {
        criminalised: 'no',
        summary: say('lawful; agreements enforceable'),
        cite: prostg('§ 1'),
        from: '2002-01-01',
        until: '2017-06-30',
      },
      {
        criminalised: 'no',
        summary: say('lawful; must register, with health counselling'),
        cite: prostschg('§ 3'),
        from: '2017-07-01',
      },
    ],
    buyer: [
      {
        criminalised: 'no',
        summary: say('lawful'),
        cite: prostg('§ 1'),
        from: '2002-01-01',
        until: '2016-10-14',
      },
      {
        criminalised: 'partly',
        summary: say('an offence knowingly to use a victim of trafficking or forced prostitution'),
        cite: stgb('§ 232a(6)'),
        from: '2016-10-15',
        until: '2021-06-30',
      },
      {
        criminalised: 'partly',
        summary: say('an offence also where reckless (Leichtfertigkeit) as to the person being a victim'),
        cite: stgb('§ 232a(6)', { from: '2021-07-01', certainty: 'S' }),
        from: '2021-07-01',
      },
    ],
    thirdParty: [
      {
        criminalised: 'partly',
        summary: say('permitted businesses lawful (permit from 2017); exploitation and pimping criminal'),
        cite: prostschg('§ 12'),
        from: '2002-01-01',
      },
    ],
  },
  person: [
    {
      status: ['child'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'no',
      summary: say('A child cannot register; under-18s are protected by the criminal law.'),
      cite: [prostschg('§ 5')],
    },
    {
      status: ['national', 'free_movement'],
      until: '2017-06-30',
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful (ProstG).'),
      cite: [prostg('§ 1')],
    },
    {
      status: ['national', 'free_movement'],
      from: '2017-07-01',
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful once registered (2 years; 1 year under 21).'),
      cite: [prostschg('§§ 3, 5')],
    },
    {
      status: ['resident'],
      criminal: 'none',
      immigration: 'none',
      lawful: 'yes',
      summary: say('Lawful with proof of a right to work.'),
      cite: [prostschg('§ 4(2)')],
    },
    {
      status: ['temporary', 'irregular'],
      until: '2017-06-30',
      criminal: 'none',
      immigration: 'removal_risk',
      lawful: 'no',
      summary: say('No residence title for sex work: unlawful work, with removal [M].'),
      cite: [prostschg('§ 4(2)')],
    },
    {
      status: ['temporary', 'irregular'],
      from: '2017-07-01',
      criminal: 'none',
      immigration: 'removal_risk',
      lawful: 'no',
      summary: say(
        'Cannot register without proof of a right to work: unlawful work, with removal; residence titles for sex work are in practice not issued [M].',
      ),
      cite: [prostschg('§ 4(2)')],
    },
    {
      status: ['unknown'],
      criminal: 'none',
      immigration: 'undetermined',
      lawful: 'undetermined',
      summary: say('Depends on proof of a right to work.'),
      cite: [prostschg('§ 4(2)')],
    },
  ],
  // ProstSchG § 4(2): a person without free movement registers only with proof of a right to work.
  rightToWorkReadsAs: { true: 'resident', false: 'irregular' },
  buyerOfThisPerson: [
    {
      from: '2002-01-01',
      until: '2016-10-14',
      finding: {
        criminalised: 'no',
        reason: say('no buyer offence before Oct 2016'),
        cite: stgb('§ 232a(6)'),
      },
    },
    {
      from: '2016-10-15',
      until: '2021-06-30',
      asks: 'coercedOrDeceived',
      yes: {
        criminalised: 'yes',
        reason: say('the person was coerced or deceived: an offence for a buyer who knows'),
        cite: stgb('§ 232a(6)'),
      },
      no: notShownVictim,
      unknown: coercionUnknown,
    },
    {
      from: '2021-07-01',
      asks: 'coercedOrDeceived',
      yes: {
        criminalised: 'yes',
        reason: say('the person was coerced or deceived: an offence for a buyer who knows or is reckless'),
        cite: stgb('§ 232a(6)'),
      },
      no: notShownVictim,
      unknown: coercionUnknown,
    },
  ],
};
