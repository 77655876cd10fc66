// From a definition's value and the instrument's applicability to the verdict and its notes.
// International definitions are always evaluated (a verdict is useful where the state is not bound)
// and say plainly when the state was not bound; regional and national law is `not_applicable`
// outside its time in force and outside the states it binds (territory and reach included).
import type { Applicability, Instrument } from '../instrument.js';
import type { Truth } from '../logic/truth.js';

export type Verdict = Truth | 'not_applicable';

function bindsOnlyWhereParty(instrument: Instrument): boolean {
  return instrument.level !== 'international';
}

export function verdictOf(
  instrument: Instrument,
  applies: Applicability,
  value: Truth,
  mode: 'investigation' | 'as_found' = 'investigation',
): Verdict {
  if (instrument.temporal === 'in_force' && !applies.inForce && !applies.assumed && !applies.endUnknown) {
    return 'not_applicable';
  }
  if (bindsOnlyWhereParty(instrument) && applies.binding.status === 'not_party') return 'not_applicable';
  // Began before the law and went on to an unknown end: it applies only if the conduct went on —
  // which, as found, is not established.
  if (instrument.temporal === 'in_force' && applies.endUnknown) {
    if (mode === 'as_found') return 'not_applicable';
    if (value === 'met') return 'undetermined';
  }
  return value;
}

export function notesOf(instrument: Instrument, applies: Applicability): string[] {
  const notes: string[] = [];
  if (instrument.temporal === 'in_force') {
    if (!applies.inForce || applies.assumed || applies.endUnknown || applies.appliesToPart)
      notes.push(applies.reason);
  } else if (
    applies.eventDate !== null &&
    (!applies.inForce || applies.endUnknown || applies.appliesToPart)
  ) {
    notes.push(
      applies.appliesToPart || applies.endUnknown
        ? applies.reason
        : `The events (from ${applies.eventDate}) predate this instrument's entry into force (${instrument.inForce.from}); it is applied here as a definition only.`,
    );
  }
  const { binding } = applies;
  if (binding.status === 'not_party') {
    notes.push(
      bindsOnlyWhereParty(instrument)
        ? `It does not apply here: ${binding.reason}`
        : `Not binding on this state: ${binding.reason} The verdict says what the definition gives on these facts, not that the state was bound by it.`,
    );
  } else if (binding.status === 'unknown' && binding.state !== null) {
    // (With no country given at all, every instrument is in the same position: said once by the renderers.)
    notes.push(`Whether it bound the state of the case is unknown: ${binding.reason}`);
  } else if (
    binding.basis === 'extraterritorial' ||
    binding.until !== null ||
    (binding.since !== null && applies.eventDate !== null && binding.since > applies.eventDate)
  ) {
    notes.push(binding.reason);
  }
  return notes;
}
