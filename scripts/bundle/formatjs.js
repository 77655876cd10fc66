// FormatJS's message formatter for the bundled command line, loaded on the first message that needs
// it (a select, or a plural src/i18n/fast-format.ts leaves to it): scripts/bundle.mjs resolves
// src/i18n/translate.ts's `intl-messageformat` here and builds the package alone into
// dist/bundle/formatjs.cjs, so that its code is neither parsed nor run by `--version`, `--help` or
// a command whose messages need no ICU formatter.
import { createRequire } from 'node:module';

let formatjs;

/** Constructs the real IntlMessageFormat (a constructor may return another object). */
export function IntlMessageFormat(...args) {
  formatjs ??= createRequire(import.meta.url)('./formatjs.cjs');
  return new formatjs.IntlMessageFormat(...args);
}
