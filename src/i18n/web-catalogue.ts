// The web app's own messages (domain `web`: src/i18n/messages/<lang>/web.json), kept apart from the
// core's catalogues: only the web app imports this file, and it fetches French and Spanish when a
// person chooses them, so the page ships English alone (and the CLI and the worker ship none).
// The completeness test (test/i18n/catalogues.test.ts) checks this domain as it checks the others.
import type { Lang } from './languages.js';
import english from './messages/en/web.json' with { type: 'json' };

/** Every key of the web domain, from the English catalogue: a literal key with a typo fails to compile. */
export type WebMessageKey = `web.${keyof typeof english & string}`;

const prefixed = (messages: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [`web.${key}`, message]));

/** The English web messages, with their full keys. */
export const englishWebMessages = prefixed(english);

/**
 * The web messages of a language, with their full keys, over the English ones (a key missing in a
 * language shows in English; the completeness test keeps this from happening). The pseudo-locale is
 * made from English by the translator.
 */
export async function webMessages(lang: Lang): Promise<Record<string, string>> {
  switch (lang) {
    case 'fr':
      return { ...englishWebMessages, ...prefixed((await import('./messages/fr/web.json')).default) };
    case 'es':
      return { ...englishWebMessages, ...prefixed((await import('./messages/es/web.json')).default) };
    default:
      return englishWebMessages;
  }
}
