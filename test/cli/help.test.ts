// The command line's help follows the run's language (--lang, else LC_ALL, LC_MESSAGES, LANG):
// every description of a command or an option, and commander's own headings, come from the catalogue.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUT_LIMITS, formatSize } from '../../src/cli/io.js';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { runCli } from '../support/cli.js';

const english = flatCatalogue('en');
/** Help text with commander's line wrapping undone (the no-break spaces of French kept). */
const unwrapped = (text: string) => text.replace(/[ \n]+/g, ' ');

/** The messages of the command line's help under a key prefix, without arguments (those are filled in). */
const helpTexts = (lang: 'en' | 'fr' | 'es', prefix: string) =>
  Object.entries(flatCatalogue(lang))
    .filter(([key, message]) => key.startsWith(prefix) && !message.includes('{'))
    .map(([key, message]) => ({ key, message }));

afterEach(() => vi.unstubAllEnvs());

describe('continuum --help in the run’s language', () => {
  for (const lang of ['fr', 'es'] as const) {
    it(`--help --lang ${lang}: every command and option described in ${lang}, none in English`, async () => {
      const { code, stdout } = await runCli(['--help', '--lang', lang]);
      expect(code).toBe(0);
      const help = unwrapped(stdout);
      const shown = [
        ...helpTexts(lang, 'cli.command.'),
        // The top-level help has no arguments and no global options of its own (estimate's has).
        ...helpTexts(lang, 'cli.help.').filter(
          ({ key }) => !key.endsWith('.arguments') && !key.endsWith('.globalOptions'),
        ),
        ...helpTexts(lang, 'cli.option.lang'),
        ...helpTexts(lang, 'cli.option.maxInput'),
        ...helpTexts(lang, 'cli.program'),
      ];
      expect(shown.length).toBeGreaterThan(20);
      for (const { message } of shown) expect(help).toContain(message);
      for (const { key } of shown) {
        if (english[key] !== flatCatalogue(lang)[key]) expect(help).not.toContain(english[key]);
      }
    });

    it(`estimate --help --lang ${lang}: the command's own options in ${lang}`, async () => {
      const { code, stdout } = await runCli(['estimate', '--help', '--lang', lang]);
      expect(code).toBe(0);
      const help = unwrapped(stdout);
      const own = [
        ...helpTexts(lang, 'cli.estimate.'),
        ...helpTexts(lang, 'cli.help.arguments'),
        ...helpTexts(lang, 'cli.help.globalOptions'),
        ...helpTexts(lang, 'cli.command.estimate'),
      ];
      expect(own.length).toBeGreaterThan(5);
      for (const { key, message } of own) {
        expect(help).toContain(message);
        expect(help).not.toContain(english[key]);
      }
      // A message with an argument: the list of methods is filled in, the words around it translated.
      const method = flatCatalogue(lang)['cli.estimate.method'].split('{')[0];
      expect(help).toContain(`${method}stepwise`);
      expect(help).not.toContain('model selection');
    });
  }

  it('LANG=es_ES.UTF-8 chooses Spanish, LC_ALL=fr_FR.UTF-8 over it French, --lang over both', async () => {
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    vi.stubEnv('LANG', 'es_ES.UTF-8');
    const es = flatCatalogue('es')['cli.command.parties'];
    expect(unwrapped((await runCli(['--help'])).stdout)).toContain(es);
    vi.stubEnv('LC_ALL', 'fr_FR.UTF-8');
    const fr = flatCatalogue('fr')['cli.command.parties'];
    expect(unwrapped((await runCli(['parties', '--help'])).stdout)).toContain(fr);
    expect(unwrapped((await runCli(['parties', '--help', '--lang', 'en'])).stdout)).toContain(
      english['cli.command.parties'],
    );
  });

  it('English help is unchanged in substance: every summary and the headings', async () => {
    const help = unwrapped((await runCli(['--help', '--lang', 'en'])).stdout);
    for (const { message } of helpTexts('en', 'cli.command.')) expect(help).toContain(message);
    expect(help).toMatch(/^Usage: continuum/);
  });

  it('the default input limits written in --max-input’s description are the program’s', () => {
    // Written in the message, not passed as arguments: the top-level help prints without FormatJS.
    expect(english['cli.option.maxInput']).toContain(formatSize(DEFAULT_INPUT_LIMITS.caseFile));
    expect(english['cli.option.maxInput']).toContain(formatSize(DEFAULT_INPUT_LIMITS.table));
    const kb = String(DEFAULT_INPUT_LIMITS.caseFile / 1024);
    const mb = String(DEFAULT_INPUT_LIMITS.table / 1024 / 1024);
    for (const lang of ['fr', 'es'] as const) {
      const message = flatCatalogue(lang)['cli.option.maxInput'];
      expect(message).toMatch(new RegExp(`\\b${kb} K`));
      expect(message).toMatch(new RegExp(`\\b${mb} M`));
    }
  });
});
