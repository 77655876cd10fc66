// A rule's words in a language: its label (what the node establishes) and its note (why it is read
// that way). The English stays beside the rule in the instrument file, where a lawyer reads it;
// French and Spanish are in the law catalogue (src/i18n/messages/<lang>/law.json), and every
// renderer and the web app ask here for the words in the reader's language.
//
// Catalogue keys: `law.rule.<rule id>.<label|note>.<fingerprint of the English>`. Rule ids are
// unique within an instrument only, and a leaf's id is its fact path, worded for its place in the
// tree ("Violence at destination", "Violence was used against the person"): the English text tells
// the variants apart. Its fingerprint in the key also means that a change to the English in an
// instrument file leaves the old translations unused and the new key missing — the completeness
// test (test/law/labels.test.ts) then names the text to translate again.
import { fingerprint } from '../../i18n/fingerprint.js';
import { defaultLang, type Translator } from '../../i18n/index.js';

/** What a rule node, a finding or a deciding element says about itself in words. */
export type Worded = { id: string; label: string; note?: string };

/** The catalogue key of a rule's label or note, written in English as `english`. */
export function ruleTextKey(id: string, part: 'label' | 'note', english: string): string {
  return `law.rule.${id}.${part}.${fingerprint(english)}`;
}

function words(tr: Translator, id: string, part: 'label' | 'note', english: string): string {
  if (tr.lang === defaultLang) return english;
  return tr.dynamic(ruleTextKey(id, part, english), undefined, english);
}

/** The node's label in the translator's language (English where no translation is written). */
export function ruleLabel(tr: Translator, rule: Worded): string {
  return words(tr, rule.id, 'label', rule.label);
}

/** The node's note in the translator's language, if it has one. */
export function ruleNote(tr: Translator, rule: Worded): string | undefined {
  return rule.note === undefined ? undefined : words(tr, rule.id, 'note', rule.note);
}
