// Commander's own words in the reader's language (its headings are in main.ts): the "(default: …)" after an
// option, and the errors it reports for a command line it cannot parse. Commander writes these in
// English; the command line's help and messages are in the language of the run (src/cli/lang.ts).
import { Help, type HelpConfiguration, type Option } from 'commander';
import type { MessageKey } from '../i18n/index.js';
import { cliText as say } from './lang.js';

/** The help's settings that put an option's default value in words and keep no-break spaces unbroken. */
export function helpInWords(): Partial<HelpConfiguration> {
  return {
    // French puts a no-break space before « : ; ? ! »; commander's wrapping would break the line
    // there (a no-break space is white space to a regular expression), so it is hidden meanwhile.
    boxWrap(this: Help, text: string, width: number): string {
      const wrapped = Help.prototype.boxWrap.call(this, text.replaceAll('\u00a0', '\u0000'), width);
      return wrapped.replaceAll('\u0000', '\u00a0');
    },
    optionDescription(this: Help, option: Option): string {
      const extra: string[] = [];
      if (option.argChoices)
        extra.push(
          say('cli.help.choices', {
            values: option.argChoices.map((c) => JSON.stringify(c)).join(', '),
          }),
        );
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault)
        extra.push(
          say('cli.help.default', {
            value: option.defaultValueDescription || JSON.stringify(option.defaultValue),
          }),
        );
      if (extra.length === 0) return option.description;
      return option.description ? `${option.description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
    },
  };
}

/** Commander's error lines, by their English shape, and the message each becomes. */
const errors: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^error: unknown option '(?<name>[^']*)'/, 'cli.error.unknownOption'],
  [/^error: unknown command '(?<name>[^']*)'/, 'cli.error.unknownCommand'],
  [/^error: missing required argument '(?<name>[^']*)'/, 'cli.error.missingArgument'],
  [/^error: option '(?<name>[^']*)' argument missing/, 'cli.error.optionArgumentMissing'],
  [/^error: required option '(?<name>[^']*)' not specified/, 'cli.error.requiredOption'],
  [/^error: too many arguments(?: for '(?<name>[^']*)')?\./, 'cli.error.tooManyArguments'],
];

/**
 * One of commander's error messages in the run's language (English reads as commander writes it);
 * a "did you mean" suggestion keeps its names. A message of another shape is left as it is.
 */
export function commanderErrorInWords(text: string): string {
  for (const [shape, key] of errors) {
    const match = shape.exec(text);
    if (!match) continue;
    const suggestion = /\(Did you mean (?<names>.+?)\?\)/.exec(text)?.groups?.names;
    const line = say(key, { name: match.groups?.name ?? '' });
    return `${line}${suggestion ? `\n${say('cli.error.didYouMean', { names: suggestion })}` : ''}\n`;
  }
  return text;
}
