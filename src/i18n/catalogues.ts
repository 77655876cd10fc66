// The message catalogues: one JSON file per domain and language under messages/<lang>/, imported
// statically so that the pure core carries them as data (no file reading at run time). The web
// app's build puts browser-catalogues.ts in this module's place (French and Spanish fetched when
// chosen), the command line's bundle scripts/bundle/catalogues.js (read per language when needed).
// Keys are `<domain>.<key in the file>`; values are ICU messages. English is the reference: every other language has exactly its keys (test/i18n/catalogues.test.ts).
// To add a domain: a file per language, imported and listed below.

import type { Lang, languages } from './languages.js';
import enCli from './messages/en/cli.json' with { type: 'json' };
import enCommon from './messages/en/common.json' with { type: 'json' };
import enContinuum from './messages/en/continuum.json' with { type: 'json' };
import enData from './messages/en/data.json' with { type: 'json' };
import enEstimate from './messages/en/estimate.json' with { type: 'json' };
import enFacts from './messages/en/facts.json' with { type: 'json' };
import enLaw from './messages/en/law.json' with { type: 'json' };
import enPathways from './messages/en/pathways.json' with { type: 'json' };
import enProblems from './messages/en/problems.json' with { type: 'json' };
import enRegimes from './messages/en/regimes.json' with { type: 'json' };
import enServer from './messages/en/server.json' with { type: 'json' };
import esCli from './messages/es/cli.json' with { type: 'json' };
import esCommon from './messages/es/common.json' with { type: 'json' };
import esContinuum from './messages/es/continuum.json' with { type: 'json' };
import esData from './messages/es/data.json' with { type: 'json' };
import esEstimate from './messages/es/estimate.json' with { type: 'json' };
import esFacts from './messages/es/facts.json' with { type: 'json' };
import esLaw from './messages/es/law.json' with { type: 'json' };
import esPathways from './messages/es/pathways.json' with { type: 'json' };
import esProblems from './messages/es/problems.json' with { type: 'json' };
import esRegimes from './messages/es/regimes.json' with { type: 'json' };
import esServer from './messages/es/server.json' with { type: 'json' };
import frCli from './messages/fr/cli.json' with { type: 'json' };
import frCommon from './messages/fr/common.json' with { type: 'json' };
import frContinuum from './messages/fr/continuum.json' with { type: 'json' };
import frData from './messages/fr/data.json' with { type: 'json' };
import frEstimate from './messages/fr/estimate.json' with { type: 'json' };
import frFacts from './messages/fr/facts.json' with { type: 'json' };
import frLaw from './messages/fr/law.json' with { type: 'json' };
import frPathways from './messages/fr/pathways.json' with { type: 'json' };
import frProblems from './messages/fr/problems.json' with { type: 'json' };
import frRegimes from './messages/fr/regimes.json' with { type: 'json' };
import frServer from './messages/fr/server.json' with { type: 'json' };

const english = {
  cli: enCli,
  common: enCommon,
  continuum: enContinuum,
  data: enData,
  estimate: enEstimate,
  facts: enFacts,
  law: enLaw,
  pathways: enPathways,
  problems: enProblems,
  regimes: enRegimes,
  server: enServer,
};

type Domains = typeof english;
export type Domain = keyof Domains;
/** Every message key, from the English catalogues: a literal key with a typo fails the type check. */
export type MessageKey = { [D in Domain]: `${D}.${keyof Domains[D] & string}` }[Domain];

type Catalogue = { [D in Domain]: Record<string, string> };

/** A language whose catalogues are written (every one but the pseudo-locale, made from English). */
export type WrittenLang = (typeof languages)[number];

/** The catalogues as written, by language and domain (the key-completeness test reads these). */
export const cataloguesByDomain: Record<WrittenLang, Catalogue> = {
  en: english,
  fr: {
    cli: frCli,
    common: frCommon,
    continuum: frContinuum,
    data: frData,
    estimate: frEstimate,
    facts: frFacts,
    law: frLaw,
    pathways: frPathways,
    problems: frProblems,
    regimes: frRegimes,
    server: frServer,
  },
  es: {
    cli: esCli,
    common: esCommon,
    continuum: esContinuum,
    data: esData,
    estimate: esEstimate,
    facts: esFacts,
    law: esLaw,
    pathways: esPathways,
    problems: esProblems,
    regimes: esRegimes,
    server: esServer,
  },
};

/** One language's messages, flat: `facts.question.control.violence` → its text. */
export function flatCatalogue(lang: WrittenLang): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [domain, messages] of Object.entries(cataloguesByDomain[lang])) {
    for (const [key, message] of Object.entries(messages)) flat[`${domain}.${key}`] = message;
  }
  return flat;
}

/**
 * Every language is here already (imported above): resolves at once. The web app's build puts
 * src/i18n/browser-catalogues.ts in this module's place, where French and Spanish are fetched by it.
 */
export async function loadCatalogues(_lang: Lang): Promise<void> {}
