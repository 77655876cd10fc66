// The message catalogues as the web app's build reads them: vite.config.ts puts this module in place
// of src/i18n/catalogues.ts (as scripts/bundle/catalogues.js stands in for it in the command line's
// bundle), so that the page and its worker do not carry every language. English is in the bundle:
// it is the first render's language for most people, the fallback of every other, and modules read
// it as they load (the form's sections). French and Spanish are fetched when chosen, every domain of
// the language at once: `loadCatalogues(lang)` must have resolved before a translator of that
// language is asked for (src/web/i18n.ts awaits it before the language is shown, so nothing is ever
// shown in the wrong language first); asked for sooner, `flatCatalogue` throws rather than answer
// in English. The web domain is not here: src/i18n/web-catalogue.ts loads it apart; nor are the
// server's, the import's and the command line's (`server`, `data`, `cli`), whose texts the page never makes (the API sends its
// refusals in the page's language). The settling worker has its own, smaller stand-in:
// worker-catalogues.ts.
import { type Lang, pseudoLang } from './languages.js';

type Messages = Record<string, string>;

/** `./messages/<lang>/<domain>.json` → `[lang, domain]`. */
const place = (file: string): [string, string] => {
  const [, lang, domain] = /\/messages\/(\w+)\/(\w+)\.json$/.exec(file) ?? [];
  return [lang, domain];
};

// The regimes' English is their own (src/pathways/words.ts falls back to it): not bundled twice.
const english = import.meta.glob<Messages>(
  ['./messages/en/*.json', '!./messages/*/{web,server,data,cli}.json', '!./messages/en/regimes.json'],
  {
    eager: true,
    import: 'default',
  },
);
// One chunk per language and domain, fetched in parallel when the language is chosen.
const others = import.meta.glob<Messages>(
  ['./messages/*/*.json', '!./messages/en/*.json', '!./messages/*/{web,server,data,cli}.json'],
  { import: 'default' },
);

function flatten(files: ReadonlyArray<[string, Messages]>): Messages {
  const flat: Messages = {};
  for (const [file, messages] of files) {
    const [, domain] = place(file);
    for (const [key, message] of Object.entries(messages)) flat[`${domain}.${key}`] = message;
  }
  return flat;
}

const loaded = new Map<string, Messages>([['en', flatten(Object.entries(english))]]);
const loading = new Map<string, Promise<void>>();

/** One language's messages, flat (`facts.question.control.violence` → its text), once loaded. */
export function flatCatalogue(lang: string): Messages {
  const messages = loaded.get(lang);
  if (!messages) throw new Error(`the ${lang} message catalogues are not loaded yet (loadCatalogues first)`);
  return { ...messages };
}

/**
 * Fetch a language's catalogues (every domain of the core); resolves at once for English and for
 * the pseudo-locale, which is made from English. Rejects if a file cannot be fetched (offline after
 * an update): the caller keeps the language it has.
 */
export function loadCatalogues(lang: Lang): Promise<void> {
  if (loaded.has(lang) || lang === pseudoLang) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const files = Object.entries(others).filter(([file]) => place(file)[0] === lang);
    if (files.length === 0) return Promise.reject(new Error(`no message catalogues for ${lang}`));
    pending = Promise.all(files.map(async ([file, load]) => [file, await load()] as [string, Messages]))
      .then((fetched) => {
        loaded.set(lang, flatten(fetched));
      })
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}
