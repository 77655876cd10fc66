// The pseudo-locale (src/i18n/pseudo.ts) for the bundled command line, loaded the first time a
// text in it is asked for: scripts/bundle.mjs resolves src/i18n/translate.ts's `./pseudo.js` here
// and builds the real module alone into dist/bundle/pseudo.cjs, so that the ICU parser it needs is
// not parsed at every start-up (the command line never offers the pseudo-locale).
import { createRequire } from 'node:module';

let pseudo;
const load = () => {
  pseudo ??= createRequire(import.meta.url)('./pseudo.cjs');
  return pseudo;
};

export const pseudoText = (text) => load().pseudoText(text);
export const pseudoCatalogue = (messages) => load().pseudoCatalogue(messages);
