// FormatJS for the bundled command line, loaded on the first message that needs it (an argument,
// a plural or select): scripts/bundle.mjs resolves src/i18n/translate.ts's `@formatjs/intl` here
// and builds the package alone into dist/bundle/formatjs.cjs, so that its ~100 kB of code is
// neither parsed nor run by `--version`, `--help` or a command whose messages are plain text.
import { createRequire } from 'node:module';

let formatjs;

export function createIntl(config, cache) {
  formatjs ??= createRequire(import.meta.url)('./formatjs.cjs');
  return formatjs.createIntl(config, cache);
}
