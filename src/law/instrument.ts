// What an instrument is: a legal definition as a rule tree, with its citation and its dates.
import type { CaseFacts } from '../facts/schema.js';
import type { Citation } from './logic/citation.js';
import type { Rule } from './logic/rule.js';

export type InstrumentLevel = 'international' | 'regional' | 'national';

export type Instrument = {
  /** Stable id (the JSON contract), e.g. `un-trafficking-protocol`. */
  id: string;
  title: string;
  level: InstrumentLevel;
  /** The defining provision as a whole. */
  citation: Citation;
  /** Adopted (opened for signature) and in force, ISO dates. */
  adopted: string;
  inForce: { from: string; until?: string };
  /** The definition. Its value is the instrument's verdict. */
  rule: Rule;
  /**
   * Provisions that explain the verdict without deciding it (e.g. Palermo Art 3(b) on consent,
   * Smuggling Protocol Art 5 on the migrant's non-liability). Evaluated and shown, never combined.
   */
  remarks?: Rule[];
  /** Fact paths whose rules are exceptions that apply only when the facts show them (default logic). */
  defeasiblePaths?: string[];
};

/** The date the events began, if known: selects the law in force. */
export function eventDate(facts: CaseFacts): string | undefined {
  return facts.events?.from ?? facts.events?.to ?? undefined;
}
