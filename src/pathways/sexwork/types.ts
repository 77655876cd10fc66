// Prostitution regimes: who the law criminalises (the seller, the buyer, third parties) and what
// that means for this person given their status.
import type { CaseFacts } from '../../facts/schema.js';
import type { Citation } from '../../law/logic/citation.js';
import type { Decision } from '../types.js';

export type Criminalised = 'yes' | 'no' | 'partly';

/** One party's position under a regime, from a date. */
export type PartyRule = {
  criminalised: Criminalised;
  summary: string;
  cite: Citation;
  from: string;
  until?: string;
};

export type Parties = { seller: PartyRule[]; buyer: PartyRule[]; thirdParty: PartyRule[] };

/** How the person stands: a child, a national, free movement, resident without work limits, temporary visa, irregular. */
export type StatusClass =
  | 'child'
  | 'national'
  | 'free_movement'
  | 'resident'
  | 'temporary'
  | 'irregular'
  | 'unknown';

export type PersonOutcome = {
  /** Is selling sex, for this person, an offence? */
  criminal: 'none' | 'offence' | 'possible_offence' | 'undetermined';
  /** The immigration consequence of doing sex work. */
  immigration: 'none' | 'deportation_liability' | 'removal_risk' | 'refusal_of_entry' | 'undetermined';
  /** Whether this person may lawfully do sex work here. */
  lawful: 'yes' | 'no' | 'undetermined';
  summary: string;
  cite: Citation[];
};

export type SexworkRegime = {
  id: string;
  title: string;
  /** The essay's typology: prohibitionist, neo-abolitionist, regulation, decriminalisation, abolitionist. */
  model: string;
  country: string | null;
  from: string;
  cite: Citation;
  parties: Parties;
  /** The consequence for this person, given their status on `date`. */
  person: (facts: CaseFacts, status: StatusClass, date: string) => PersonOutcome;
  /** Whether a buyer of this person's services commits an offence (e.g. where a third party coerced them). */
  buyerOfThisPerson?: (
    facts: CaseFacts,
    date: string,
  ) => { criminalised: 'yes' | 'no' | 'undetermined'; reason: string; cite: Citation };
  notes?: string[];
};

export type SexworkResult = {
  regime: { id: string; title: string; model: string; country: string | null; from: string; cite: Citation };
  date: string | null;
  inForce: boolean;
  inSexIndustry: 'yes' | 'no' | 'unknown';
  parties: { seller: PartyRule; buyer: PartyRule; thirdParty: PartyRule };
  status: { class: StatusClass; decidedBy: Decision[] };
  person: PersonOutcome;
  buyerOfThisPerson: { criminalised: 'yes' | 'no' | 'undetermined'; reason: string; cite: Citation } | null;
  notes: string[];
};
