// The protection a regime gives a person identified as a victim, as a timeline: stages with their
// entitlements and conditions, and the end state each branch leads to.
import type { Citation } from '../law/logic/citation.js';
import type { Truth } from '../law/logic/truth.js';

export const entitlements = [
  'no_removal',
  'accommodation',
  'subsistence',
  'medical_care',
  'right_to_work',
  'residence',
] as const;
export type Entitlement = (typeof entitlements)[number];

export const endStates = [
  'removal',
  'asylum_claim_or_removal',
  'residence_permit',
  'permanent_residence',
  'discretionary',
] as const;
export type EndState = (typeof endStates)[number];

export type Condition = { text: string; cite: Citation };

/** A fact that decided a branch, with its value (null = unknown) and what it did. */
export type Decision = { path: string; value: unknown; effect: string; cite?: Citation };

export type Stage = {
  /** The regime's name for the state (stable: `name` is in the reader's language). */
  id: string;
  name: string;
  /** Days from identification (day 0). */
  startDay: number;
  /** null: open-ended (the regime fixes no end). */
  endDay: number | null;
  startDate: string;
  endDate: string | null;
  /** The regime fixes only a minimum: the stage may last longer. */
  minimumOnly: boolean;
  entitlements: Entitlement[];
  conditions: Condition[];
  requiresCooperation: boolean;
};

export type Branch = {
  /** The scenario: the person cooperates with police or prosecution, or not. */
  cooperating: boolean;
  stages: Stage[];
  endState: EndState;
  /** The day the end state is reached (null when the last stage is open-ended). */
  endDay: number | null;
  decidedBy: Decision[];
  notes: string[];
};

/** Texts (stage names, conditions, effects, notes, the title) are in the language it was asked in. */
export type PathwayResult = {
  regime: {
    id: string;
    title: string;
    jurisdiction: string;
    from: string;
    until: string | null;
    cite: Citation;
    requiresCooperation: boolean;
  };
  startDate: string;
  inForce: boolean;
  /** Whether the person falls within the regime (the definition it protects, its own criteria). */
  eligibility: { value: Truth; basis: string; decidedBy: Decision[] };
  /** What the case's own facts say about cooperation. */
  actual: 'cooperating' | 'not_cooperating' | 'unknown';
  branches: { cooperating: Branch; notCooperating: Branch };
  notes: string[];
};
