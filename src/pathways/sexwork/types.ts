// Prostitution regimes: who the law criminalises (the seller, the buyer, third parties) and what
// that means for this person given their status. A regime is data in one form: each party's
// position over time, a table of the person's outcome by status (and period), and the buyer's
// position by period — each row with its citation.
import type { Period } from '../../law/dated.js';
import type { Citation } from '../../law/logic/citation.js';
import type { Decision } from '../types.js';
import type { Said } from '../words.js';

export type Criminalised = 'yes' | 'no' | 'partly';

/** One party's position under a regime, for a period. */
export type PartyRule = Period & {
  criminalised: Criminalised;
  summary: Said;
  cite: Citation;
};

/** A party's position on the day, its summary in the reader's language. */
export type PartyPosition = Omit<PartyRule, 'summary'> & { summary: string };

/** Each party's positions in date order. */
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

export type Lawful = 'yes' | 'no' | 'undetermined';

export type PersonOutcome = {
  /** Is selling sex, for this person, an offence? */
  criminal: 'none' | 'offence' | 'possible_offence' | 'undetermined';
  /** The immigration consequence of doing sex work. */
  immigration: 'none' | 'deportation_liability' | 'removal_risk' | 'refusal_of_entry' | 'undetermined';
  /** Whether this person may lawfully do sex work here. */
  lawful: Lawful;
  /** In the reader's language. */
  summary: string;
  cite: Citation[];
};

/**
 * One row of a regime's table for the person: the outcome for the statuses it lists, within its
 * period where it has one. The first row that fits the person's status and the date decides.
 * `lawful` may turn on the person's recorded right to work (status.rightToWork true, or not).
 */
export type PersonRow = Partial<Period> &
  Omit<PersonOutcome, 'lawful' | 'summary'> & {
    summary: Said;
    status: readonly StatusClass[];
    lawful: Lawful | { withRightToWork: Lawful; otherwise: Lawful };
  };

/** A finding as the regime writes it; `BuyerVerdict` has its reason in the reader's language. */
export type BuyerFinding = { criminalised: 'yes' | 'no' | 'undetermined'; reason: Said; cite: Citation };
export type BuyerVerdict = Omit<BuyerFinding, 'reason'> & { reason: string };

/** The question about the case a buyer offence turns on (answered in rules.ts). */
export type BuyerQuestion = 'coercedOrDeceived' | 'exploitedByThirdParty';

/** Whether a buyer of this person commits an offence, for a period: one finding, or one per answer. */
export type BuyerRule = Period &
  (
    | { finding: BuyerFinding }
    | { asks: BuyerQuestion; yes: BuyerFinding; no: BuyerFinding; unknown: BuyerFinding }
  );

export type SexworkRegime = Period & {
  id: string;
  title: Said;
  /** The essay's typology: prohibitionist, neo-abolitionist, regulation, decriminalisation, abolitionist. */
  model: Said;
  country: string | null;
  cite: Citation;
  parties: Parties;
  /** The consequence for this person by status: rows in order, every status covered on every date. */
  person: readonly PersonRow[];
  /**
   * Where proof of a right to work is what the law asks (Germany, ProstSchG § 4(2)): for a person
   * on a visa, irregular or of unknown status, a recorded right to work reads as the first status,
   * its recorded absence as the second.
   */
  rightToWorkReadsAs?: { true: StatusClass; false: StatusClass };
  /** Whether a buyer of this person's services commits an offence (e.g. where a third party coerced them), by period. */
  buyerOfThisPerson?: readonly BuyerRule[];
  notes?: Said[];
};

/** Texts (title, model, summaries, reasons, effects, notes) are in the language it was asked in. */
export type SexworkResult = {
  regime: { id: string; title: string; model: string; country: string | null; from: string; cite: Citation };
  date: string | null;
  inForce: boolean;
  inSexIndustry: 'yes' | 'no' | 'unknown';
  parties: { seller: PartyPosition; buyer: PartyPosition; thirdParty: PartyPosition };
  status: { class: StatusClass; decidedBy: Decision[] };
  person: PersonOutcome;
  buyerOfThisPerson: BuyerVerdict | null;
  notes: string[];
};
