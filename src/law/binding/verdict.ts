// From a definition's value and the instrument's applicability to the verdict and its notes.
// International definitions are always evaluated (a verdict is useful where the state is not bound)
// and say plainly when the state was not bound; regional and national law is `not_applicable`
// outside its time in force and outside the states it binds (territory and reach included).
import type { Lang } from '../../i18n/index.js';
import type { Applicability, Instrument } from '../instrument.js';
import type { Truth } from '../logic/truth.js';
import { date, type LawMessage, lawText, nested } from '../messages.js';

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

/** The notes about time and binding that qualify a verdict, as messages (keys and codes). */
export function noteMessagesOf(instrument: Instrument, applies: Applicability): LawMessage[] {
  const notes: LawMessage[] = [];
  if (instrument.temporal === 'in_force') {
    if (!applies.inForce || applies.assumed || applies.endUnknown || applies.appliesToPart)
      notes.push(applies.message);
  } else if (
    applies.eventDate !== null &&
    (!applies.inForce || applies.endUnknown || applies.appliesToPart)
  ) {
    notes.push(
      applies.appliesToPart || applies.endUnknown
        ? applies.message
        : {
            id: 'law.note.predates',
            values: { date: date(applies.eventDate), inForce: date(instrument.inForce.from) },
          },
    );
  }
  const { binding } = applies;
  const reason = nested(binding.message);
  if (binding.status === 'not_party') {
    notes.push({
      id: bindsOnlyWhereParty(instrument) ? 'law.note.doesNotApply' : 'law.note.notBinding',
      values: { reason },
    });
  } else if (binding.status === 'unknown' && binding.state !== null) {
    // (With no country given at all, every instrument is in the same position: said once by the renderers.)
    notes.push({ id: 'law.note.bindingUnknown', values: { reason } });
  } else if (
    binding.basis === 'extraterritorial' ||
    binding.until !== null ||
    (binding.since !== null && applies.eventDate !== null && binding.since > applies.eventDate)
  ) {
    notes.push(binding.message);
  }
  return notes;
}

/** The same notes in words, in `lang` (English by default). */
export function notesOf(instrument: Instrument, applies: Applicability, lang?: Lang): string[] {
  return noteMessagesOf(instrument, applies).map((note) => lawText(note, lang));
}
