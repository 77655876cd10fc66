// Messages with nothing for ICU to do are returned as written, without starting FormatJS (start-up
// time): for every message of every language, the translator gives what FormatJS itself gives.
import { createIntl } from '@formatjs/intl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { fastMessage } from '../../src/i18n/fast-format.js';
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

describe('messages with simple arguments only', () => {
  // Values as people's data and the code give them: any text (braces, quotes, tags, other scripts)
  // and any number.
  const value = fc.oneof(fc.string({ unit: 'grapheme' }), fc.double(), fc.integer());
  it.each(languages.map((lang) => [lang]))('%s: filled in as FormatJS fills them', (lang) => {
    const messages = { ...flatCatalogue('en'), ...flatCatalogue(lang) };
    const intl = createIntl({ locale: lang, defaultLocale: 'en', messages, onError: () => {} });
    const { dynamic } = translator(lang);
    const simple = Object.entries(messages).filter(
      ([, message]) => message.includes('{') && /^(?:[^{}#'<]|\{\w+\})*$/.test(message),
    );
    expect(simple.length).toBeGreaterThan(50);
    for (const [key, message] of simple) {
      const names = [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
      fc.assert(
        fc.property(fc.tuple(...names.map(() => value)), (drawn) => {
          const values = Object.fromEntries(names.map((name, i) => [name, drawn[i]]));
          expect(dynamic(key, values)).toBe(intl.formatMessage({ id: key }, values));
        }),
        { numRuns: 5 },
      );
    }
  });

  it('leaves to FormatJS a message with a missing value, quotes, tags or a value not text or a number', () => {
    expect(fastMessage('en', 'from {low} to {high}', { low: 1 })).toBeUndefined();
    // Plurals are filled too (test/i18n/fast-format.test.ts compares them with FormatJS).
    expect(fastMessage('en', '{n, plural, one {# case} other {# cases}}', { n: 2 })).toBe('2 cases');
    expect(fastMessage('en', "l'{x}", { x: 'a' })).toBeUndefined();
    expect(fastMessage('en', '<b>{x}</b>', { x: 'a' })).toBeUndefined();
    expect(fastMessage('en', '{x}', { x: true })).toBeUndefined();
    expect(fastMessage('en', 'from {low} to {high}', { low: 1, high: 'b' })).toBe('from 1 to b');
  });
});
