// The message catalogues as the web app's settling worker reads them (vite.config.ts puts this
// module in place of src/i18n/catalogues.ts in the worker's build; the page has
// browser-catalogues.ts). The worker only works out which facts would settle each verdict, and
// names each by its English question (assess's `questions[].question`, which the page does not
// show: it words them in its own language from the path). So it carries English's `facts` domain,
// with `common` and `problems`, which the facts' modules it loads read, and no other language.
import type { Lang } from './languages.js';
import common from './messages/en/common.json' with { type: 'json' };
import facts from './messages/en/facts.json' with { type: 'json' };
import problems from './messages/en/problems.json' with { type: 'json' };

const english: Record<string, string> = {};
for (const [domain, messages] of Object.entries({ common, facts, problems })) {
  for (const [key, message] of Object.entries(messages)) english[`${domain}.${key}`] = message;
}

/** English's messages of the domains above, flat; any other language is refused. */
export function flatCatalogue(lang: string): Record<string, string> {
  if (lang !== 'en') throw new Error(`the settling worker has no ${lang} message catalogues`);
  return { ...english };
}

export function loadCatalogues(lang: Lang): Promise<void> {
  return lang === 'en' ? Promise.resolve() : Promise.reject(new Error(`no ${lang} catalogues in the worker`));
}
