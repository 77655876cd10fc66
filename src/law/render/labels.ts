// A rule's words in a language: its label (what the node establishes) and its note (why it is read
// that way). The English stays beside the rule in the instrument file, where a lawyer reads it;
// every renderer and the web app ask here for the words in the reader's language.
//
// A node is named by its instrument as well as its id: ids are unique within an instrument only,
// and the same id may be worded differently by two instruments (Palermo's "recruitment" is the
// TVPA's "recruiting").
import type { Translator } from '../../i18n/index.js';

/** What a rule node, a finding or a deciding element says about itself in words. */
export type Worded = { id: string; label: string; note?: string };

/** The node's label in the translator's language. */
export function ruleLabel(_tr: Translator, _instrument: string, rule: Worded): string {
  // For now every language reads the English written in the instrument (issue 17 adds fr/es).
  return rule.label;
}

/** The node's note in the translator's language, if it has one. */
export function ruleNote(_tr: Translator, _instrument: string, rule: Worded): string | undefined {
  return rule.note;
}
