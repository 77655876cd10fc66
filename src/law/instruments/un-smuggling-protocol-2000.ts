// UN Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the UN
// Convention against Transnational Organized Crime. GA res 55/25, Annex III, adopted 15 Nov 2000;
// in force 28 Jan 2004.
import { temporaryStatuses } from '../../facts/consistency.js';
import { reading } from '../derived.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, fact, flag, oneOf, type Rule } from '../logic/rule.js';

const cite = citer('UN Smuggling of Migrants Protocol (2000)', '2004-01-28', 'V');

// Art 3(a), (b) — procurement of illegal entry: someone else arranged an entry across a border
// that did not comply with the requirements for legal entry.
const illegalEntryProcured = all(
  'procurement-of-illegal-entry',
  'Someone procured the person’s illegal entry into a state',
  [
    flag('movement.crossedBorder', 'The person crossed an international border'),
    oneOf(
      'movement.entry',
      'The entry was irregular (without complying with the requirements for legal entry)',
      ['irregular'],
      ['regular', 'irregular'],
      cite('Art 3(b)', { certainty: 'M' }),
    ),
    flag('movement.entryProcuredByAnother', 'Another person arranged the entry'),
  ],
  cite('Art 3(a)'),
);

// Art 3(a) — into a State of which the person is neither a national nor a permanent resident.
// The state entered is taken to be the jurisdiction of the case (where the exploitation took place).
const notNational: Rule = fact(
  'not-national-of-destination',
  'The person is not a national of the state entered',
  {
    paths: ['jurisdiction', 'person.citizenships', 'status.immigration'],
    test: 'the jurisdiction is not among the citizenships (and status is not citizen)',
    evaluate: ([jurisdiction, citizenships, immigration]) => {
      if (immigration === 'citizen') return 'not_met';
      if (typeof jurisdiction === 'string' && Array.isArray(citizenships)) {
        return citizenships.includes(jurisdiction) ? 'not_met' : 'met';
      }
      if (typeof immigration === 'string') return 'met';
      return 'undetermined';
    },
    candidates: [['GB'], [['GB'], ['XX']], ['citizen', 'irregular']],
  },
  { cite: cite('Art 3(a)'), note: 'The state entered is taken to be the jurisdiction of the case.' },
);

const notPermanentResident: Rule = fact(
  'not-permanent-resident-of-destination',
  'The person is not a permanent resident of the state entered',
  {
    paths: ['person.permanentResidentOfJurisdiction', 'status.immigration'],
    test: 'is not a permanent resident',
    evaluate: ([permanent, immigration]) => {
      // Facts are consistent (src/facts/consistency.ts), so the two sources never disagree.
      if (permanent === true || immigration === 'permanent_resident') return 'not_met';
      if (permanent === false || (typeof immigration === 'string' && temporaryStatuses.has(immigration)))
        return 'met';
      return 'undetermined';
    },
    candidates: [
      [true, false],
      ['permanent_resident', 'irregular'],
    ],
  },
  cite('Art 3(a)'),
);

// Art 3(a) — for a financial or other material benefit, obtained directly or indirectly.
const benefit = flag(
  'movement.benefitToFacilitator',
  'The person who arranged the entry obtained money or another material benefit',
  cite('Art 3(a)'),
);

export const smuggling = all(
  'smuggling',
  'Smuggling of migrants: procuring illegal entry into a state of which the person is not a national or permanent resident, for a material benefit',
  [illegalEntryProcured, notNational, notPermanentResident, benefit],
  cite('Art 3(a)'),
);

// Art 5 — the migrant does not become criminally liable under this Protocol for having been
// smuggled (Art 6(4) leaves national immigration offences available).
const migrantNotLiable = reading(
  'migrant-not-liable',
  'The smuggled migrant is not criminally liable under this Protocol for having been smuggled; national immigration offences remain possible (Art 6(4))',
  [],
  'always',
  () => 'met',
  cite('Art 5'),
);

export const unSmugglingProtocol: Instrument = {
  id: 'un-smuggling-protocol',
  title: 'UN Smuggling of Migrants Protocol (2000)',
  level: 'international',
  citation: cite('Art 3(a)'),
  adopted: '2000-11-15',
  inForce: { from: '2004-01-28' },
  rule: smuggling,
  remarks: [migrantNotLiable],
};
