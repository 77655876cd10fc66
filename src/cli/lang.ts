// The language of the command line's text for people: `--lang` where given, else the POSIX
// locale (LC_ALL, LC_MESSAGES, LANG), else English. Read from argv before commander parses it,
// so that every message — the problems of a bad option included — is in that language.
import { unknownName } from '../facts/problems.js';
import {
  defaultLang,
  isLang,
  type Lang,
  langOfPosixLocale,
  languages,
  type MessageKey,
  type MessageValues,
  translator,
} from '../i18n/index.js';
import { InputError } from './io.js';

let current: Lang = defaultLang;

/** The language chosen for this run (English until chooseCliLang has run). */
export function cliLang(): Lang {
  return current;
}

/** A text of the command line (its help included) in the run's language. */
export function cliText(key: MessageKey, values?: MessageValues): string {
  return translator(current).t(key, values);
}

/** The value of `--lang X` or `--lang=X` in argv (the last one given), if any. */
function langOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') value = argv[i + 1] ?? '';
    else if (argv[i].startsWith('--lang=')) value = argv[i].slice('--lang='.length);
  }
  return value;
}

/** Choose the run's language from argv and the environment; an unknown `--lang` is bad input. */
export function chooseCliLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const asked = langOption(argv);
  const fromEnv = langOfPosixLocale(env) ?? defaultLang;
  if (asked !== undefined && !isLang(asked)) {
    current = fromEnv;
    throw new InputError('--lang', [
      unknownName(
        '',
        'unknown_language',
        'language',
        asked,
        languages.map((id) => ({ id })),
        fromEnv,
      ),
    ]);
  }
  current = asked ?? fromEnv;
  return current;
}
