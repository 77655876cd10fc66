// Messages with nothing for ICU to do are returned as written, without starting FormatJS (start-up
// time): for every message of every language, the translator gives what FormatJS itself gives.
import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { languages } from '../../src/i18n/languages.js';
import { translator } from '../../src/i18n/translate.js';

describe('plain messages', () => {
  it.each(languages.map((lang) => [lang]))('%s: every message reads as FormatJS formats it', (lang) => {
    const messages = { ...flatCatalogue('en'), ...flatCatalogue(lang) };
    const intl = createIntl({ locale: lang, defaultLocale: 'en', messages, onError: () => {} });
    const { dynamic } = translator(lang);
    let plain = 0;
    for (const [key, message] of Object.entries(messages)) {
      if (/[{}#']/.test(message)) continue;
      plain++;
      expect(dynamic(key)).toBe(intl.formatMessage({ id: key }));
    }
    expect(plain).toBeGreaterThan(100);
  });
});
