// The message catalogues as the bundled command line reads them: scripts/bundle.mjs puts this
// module in place of src/i18n/catalogues.ts, whose statically imported JSON would make every
// command evaluate all three languages at start-up. The build writes each language's messages,
// flat (`domain.key` → message, exactly what src/i18n/catalogues.ts's flatCatalogue returns), to
// dist/bundle/messages/<lang>.json; a language is read and parsed only when a text in it is first
// needed (translate.ts asks once per language; English is the fallback of every other).
import { readFileSync } from 'node:fs';

/** One language's messages, flat: `facts.question.control.violence` → its text. */
export function flatCatalogue(lang) {
  if (!/^[a-z]{2}$/.test(lang)) throw new Error(`no message catalogue for language ${JSON.stringify(lang)}`);
  return JSON.parse(readFileSync(new URL(`./messages/${lang}.json`, import.meta.url), 'utf8'));
}
