// Languages, message catalogues and formatting for everything a person reads (see docs/extending.md).
export type { Domain, MessageKey } from './catalogues.js';
export {
  defaultLang,
  firstLang,
  isLang,
  type Lang,
  langOfAcceptLanguage,
  langOfPosixLocale,
  langOfTag,
  languages,
  pseudoLang,
} from './languages.js';
export { type MessageValues, type Translator, translator, translatorWith } from './translate.js';
