// The regimes' own words — stage conditions, what a deciding fact does, notes, summaries, titles —
// in the reader's language. The English stays in the regime file beside the law it describes,
// marked with `say`; French and Spanish are in the regimes catalogue
// (src/i18n/messages/<lang>/regimes.json), keyed by the fingerprint of the English, and so is the
// English (the catalogues hold the same keys; the web app leaves the English file out of its bundle,
// where the text falls back to the regime's own English). A reworded English has a new key: the test
// (test/pathways/words.test.ts) then names the text to translate again.
import { fingerprint } from '../i18n/fingerprint.js';
import { pseudoLang, type Translator } from '../i18n/index.js';
import { pseudoText } from '../i18n/pseudo.js';

/** English written in a regime file for people to read: translated through `words`. */
export type Said = string & { readonly said: true };

/** Mark a regime's English text (a literal: the test finds every one in the source). */
export function say(english: string): Said {
  return english as Said;
}

/** The catalogue key of a regime's text. */
export function saidKey(english: string): string {
  return `regimes.${fingerprint(english)}`;
}

/** The text in the translator's language (its English where no translation is written). */
export function words(tr: Translator, said: Said): string {
  // The fallback is for the web app's English, whose bundle leaves the regimes' English file out.
  return tr.dynamic(saidKey(said), undefined, tr.lang === pseudoLang ? pseudoText(said) : said);
}
