// An instrument's title in a language: the official title of the French and Spanish texts where
// the instrument has one (UN and ILO: English, French, Spanish; EU: all three; Council of Europe:
// English and French, with the title of Spain's official publication), otherwise the English name
// of the act with its country in words of the language (UK and US law). Catalogue: law.json.
import { type Lang, translator } from '../i18n/index.js';

export function instrumentTitle(instrument: { id: string; title: string }, lang?: Lang): string {
  return translator(lang).dynamic(`law.instrument.${instrument.id}.title`, undefined, instrument.title);
}
