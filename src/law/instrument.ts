// What an instrument is: a legal definition as a rule tree, with its citation and its dates.
import type { CaseFacts } from '../facts/schema.js';
import { type Binding, bindingOf, eventSpan } from './binding/binding.js';
import type { Period } from './dated.js';
import type { Citation } from './logic/citation.js';
import type { Rule } from './logic/rule.js';
import { date, type LawMessage, type LawValue, lawText, nested } from './messages.js';
import type { ParticipationLists } from './participation/lookup.js';

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
  /** Why it was (not) applied, in English (see `message` for any language). */
  reason: string;
  /** The same as a message: a law-catalogue key and its values (ISO dates, codes), for any language. */
  message: LawMessage;
  /** Whether the instrument bound the state of the case during the events, since when, on what source. */
  binding: Binding;
};

/** "in force from … (until …)" as a message. */
function inForceMessage(from: string, until?: string): LawMessage {
  return until
    ? { id: 'law.applicability.inForceFromUntil', values: { from: date(from), until: date(until) } }
    : { id: 'law.applicability.inForceFrom', values: { from: date(from) } };
}

/** `participation`: the lists the binding of a treaty is read from; null where not at hand (yet). */
export function applicability(
  instrument: Instrument,
  facts: CaseFacts,
  participation: ParticipationLists | null,
): Applicability {
  const span = eventSpan(facts);
  const binding = bindingOf(instrument.id, instrument.inForce.from, facts, participation);
  const { from, until } = instrument.inForce;
  const inForce = nested(inForceMessage(from, until));
  if (span === null) {
    const message: LawMessage = { id: 'law.applicability.noDate', values: { inForce } };
    return {
      eventDate: null,
      eventEnd: null,
      inForce: true,
      assumed: true,
      endUnknown: false,
      appliesToPart: null,
      binding,
      message,
      reason: lawText(message),
    };
  }
  const start = span.from;
  const end = span.to;
  // Every dated answer has its fields in one order (that of the JSON contract), written once here.
  const dated = (
    applies: boolean,
    endUnknown: boolean,
    appliesToPart: Applicability['appliesToPart'],
    message: LawMessage,
  ): Applicability => ({
    eventDate: start,
    eventEnd: end,
    assumed: false,
    binding,
    inForce: applies,
    endUnknown,
    appliesToPart,
    message,
    reason: lawText(message),
  });
  const definitionOnly = instrument.temporal !== 'in_force';
  const outside = (when: LawValue): Applicability =>
    dated(false, false, null, {
      id: definitionOnly ? 'law.applicability.outsideDefinition' : 'law.applicability.outside',
      values: { when, inForce },
    });
  const when: LawValue =
    end && end !== start
      ? nested({ id: 'law.applicability.span', values: { from: date(start), to: date(end) } })
      : date(start);
  if (until !== undefined && start > until) return outside(when);
  if (start >= from) {
    // Began in force; ended (or may have ended) after the instrument was replaced.
    if (until !== undefined && end !== null && end > until) {
      return dated(
        true,
        false,
        { from: start, until },
        { id: 'law.applicability.untilPart', values: { until: date(until), inForce } },
      );
    }
    return dated(true, false, null, {
      id: 'law.applicability.inForce',
      values: { date: date(start), inForce },
    });
  }
  // The events began before the instrument.
  if (end === null) {
    return dated(false, true, null, {
      id: definitionOnly ? 'law.applicability.endUnknownDefinition' : 'law.applicability.endUnknown',
      values: { start: date(start), inForce, from: date(from) },
    });
  }
  if (end < from) return outside(when);
  return dated(
    true,
    false,
    { from, until: until !== undefined && end > until ? until : null },
    { id: 'law.applicability.spans', values: { when, inForce, from: date(from) } },
  );
}

/** The date the events began, if known: selects the law in force. */
export function eventDate(facts: CaseFacts): string | undefined {
  return facts.events?.from ?? facts.events?.to ?? undefined;
}
