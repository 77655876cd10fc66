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
} from './languages.js';
export { type MessageValues, type Translator, translator } from './translate.js';
