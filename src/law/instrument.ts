// What an instrument is: a legal definition as a rule tree, with its citation and its dates.
import type { CaseFacts } from '../facts/schema.js';
import { type Binding, bindingOf, eventSpan } from './binding/binding.js';
import type { Period } from './dated.js';
import type { Citation } from './logic/citation.js';
import type { Rule } from './logic/rule.js';
import { humanDate } from './participation/standing.js';

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
  inForce: Period;
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

/**
 * Whether the instrument was in force during the events and bound their state. Conduct that began
 * before the instrument and went on after it falls under it for the part from its entry into force.
 */
export type Applicability = {
  /** The date the events began (events.from, else events.to); null when no date is known. */
  eventDate: string | null;
  /** The date the events ended (events.to), when known. */
  eventEnd: string | null;
  /** True when some part of the events falls while the instrument is in force. */
  inForce: boolean;
  /** True when no event date is known and the instrument is assumed to be in force. */
  assumed: boolean;
  /** The events began before the instrument and their end is not known: whether any part falls under it is unknown. */
  endUnknown: boolean;
  /** The part of the events the instrument applies to, when not all of them (e.g. from its commencement onwards). */
  appliesToPart: { from: string; until: string | null } | null;
  reason: string;
  /** Whether the instrument bound the state of the case during the events, since when, on what source. */
  binding: Binding;
};

function spanWords(from: string, until?: string): string {
  return `in force from ${humanDate(from)}${until ? ` until ${humanDate(until)}` : ''}`;
}

export function applicability(instrument: Instrument, facts: CaseFacts): Applicability {
  const span = eventSpan(facts);
  const binding = bindingOf(instrument.id, instrument.inForce.from, facts);
  const { from, until } = instrument.inForce;
  const inForceWords = spanWords(from, until);
  const none = { endUnknown: false, appliesToPart: null, binding };
  if (span === null) {
    return {
      eventDate: null,
      eventEnd: null,
      inForce: true,
      assumed: true,
      ...none,
      reason: `No date of the events (when they began or ended) is known: assumed in force (${inForceWords}).`,
    };
  }
  const start = span.from;
  const end = span.to;
  const base = { eventDate: start, eventEnd: end, assumed: false, binding };
  const definitionOnly = instrument.temporal !== 'in_force';
  const outside = (when: string): Applicability => ({
    ...base,
    inForce: false,
    endUnknown: false,
    appliesToPart: null,
    reason: definitionOnly
      ? `The events (${when}) fall outside this instrument's time in force (${inForceWords}): it is applied here as a definition only.`
      : `The events (${when}) fall outside this instrument's time in force (${inForceWords}): it does not apply to them.`,
  });
  const when = end && end !== start ? `${humanDate(start)} to ${humanDate(end)}` : humanDate(start);
  if (until !== undefined && start > until) return outside(when);
  if (start >= from) {
    // Began in force; ended (or may have ended) after the instrument was replaced.
    if (until !== undefined && end !== null && end > until) {
      return {
        ...base,
        inForce: true,
        endUnknown: false,
        appliesToPart: { from: start, until },
        reason: `In force for the conduct until ${humanDate(until)} (${inForceWords}); the rest of the events fall after it.`,
      };
    }
    return {
      ...base,
      inForce: true,
      ...none,
      reason: `In force at the event date ${humanDate(start)} (${inForceWords}).`,
    };
  }
  // The events began before the instrument.
  if (end === null) {
    return {
      ...base,
      inForce: false,
      endUnknown: true,
      appliesToPart: null,
      reason: definitionOnly
        ? `The events began on ${humanDate(start)}, before this instrument (${inForceWords}), and when they ended is not known: it is applied here as a definition only (it would govern any conduct from ${humanDate(from)} on).`
        : `The events began on ${humanDate(start)}, before this instrument (${inForceWords}), and when they ended is not known: if the conduct went on to ${humanDate(from)} or later, it applies to that part.`,
    };
  }
  if (end < from) return outside(when);
  return {
    ...base,
    inForce: true,
    endUnknown: false,
    appliesToPart: { from, until: until !== undefined && end > until ? until : null },
    reason: `The events (${when}) began before this instrument (${inForceWords}) and went on after it: it applies to the conduct from ${humanDate(from)} onwards.`,
  };
}

/** The date the events began, if known: selects the law in force. */
export function eventDate(facts: CaseFacts): string | undefined {
  return facts.events?.from ?? facts.events?.to ?? undefined;
}
