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
  /**
   * How the dates bind the instrument. `definition` (the default, for international definitions):
   * applied to any events, with a note where they predate entry into force. `in_force` (regional
   * and national law): applies only to events while it is in force; otherwise `not_applicable`.
   */
  temporal?: 'definition' | 'in_force';
};

/** Whether the instrument was in force at the event date; no date → assumed in force, and said. */
export type Applicability = {
  eventDate: string | null;
  inForce: boolean;
  /** True when no event date is known and the instrument is assumed to be in force. */
  assumed: boolean;
  reason: string;
};

export function applicability(instrument: Instrument, facts: CaseFacts): Applicability {
  const date = eventDate(facts) ?? null;
  const { from, until } = instrument.inForce;
  const span = `in force from ${from}${until ? ` until ${until}` : ''}`;
  if (date === null) {
    return {
      eventDate: null,
      inForce: true,
      assumed: true,
      reason: `No event date (events.from or events.to) is known: assumed in force (${span}).`,
    };
  }
  if (date < from || (until !== undefined && date > until)) {
    const when = date < from ? 'predate' : 'postdate';
    const reason =
      instrument.temporal === 'in_force'
        ? `The events (${date}) ${when} this instrument (${span}): it does not apply to them.`
        : `The events (${date}) ${when} this instrument (${span}): it is applied here as a definition only.`;
    return { eventDate: date, inForce: false, assumed: false, reason };
  }
  return {
    eventDate: date,
    inForce: true,
    assumed: false,
    reason: `In force at the event date ${date} (${span}).`,
  };
}

/** The date the events began, if known: selects the law in force. */
export function eventDate(facts: CaseFacts): string | undefined {
  return facts.events?.from ?? facts.events?.to ?? undefined;
}
