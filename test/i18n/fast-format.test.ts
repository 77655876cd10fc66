// Numbers and plural messages written without Intl.NumberFormat and FormatJS (start-up time) read
// exactly as those write them, or are left to them.
import { createIntl } from '@formatjs/intl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { fastMessage, fastNumber } from '../../src/i18n/fast-format.js';
import { languages } from '../../src/i18n/languages.js';
import { translator } from '../../src/i18n/translate.js';
import { webMessages } from '../../src/i18n/web-catalogue.js';

// Values as the code formats them: counts, estimates, BIC values, proportions — and halves, where
// rounding is decided, and any double at all.
const decimal = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, k]) => n / 10 ** k);
const half = fc
  .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, k]) => (n + 0.5) / 10 ** k);
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: 0, max: 20_000 }),
  decimal,
  half,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 1e-6, max: 1e21, noNaN: true }),
);
const digits = fc.integer({ min: 0, max: 8 });
const options = fc.record(
  { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: fc.boolean() },
  { requiredKeys: [] },
);

function intlFormat(lang: string, x: number, given: object): string | Error {
  try {
    return new Intl.NumberFormat(lang, given).format(x);
  } catch (error) {
    return error as Error;
  }
}

describe('fastNumber', () => {
  it.each(languages.map((lang) => [lang]))('%s: writes numbers as Intl.NumberFormat does', (lang) => {
    fc.assert(
      fc.property(value, options, (x, given) => {
        const fast = fastNumber(lang, x, given);
        const expected = intlFormat(lang, x, given);
        if (fast !== undefined) expect(fast).toBe(expected);
        // Left to Intl only where Intl refuses the options or the number is written with an exponent.
        else expect(expected instanceof Error || /e/.test(String(Math.abs(x)))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the examples people read as each language writes them', () => {
    expect(fastNumber('en', 25311.29)).toBe('25,311.29');
    expect(fastNumber('en', 25311.29, { maximumFractionDigits: 0 })).toBe('25,311');
    expect(fastNumber('fr', 1234.5)).toBe('1\u202f234,5');
    expect(fastNumber('es', 1234)).toBe('1234');
    expect(fastNumber('es', 12345)).toBe('12.345');
    expect(fastNumber('en', 1.005, { maximumFractionDigits: 2 })).toBe('1.01');
    expect(fastNumber('en', 999.9996)).toBe('1,000');
    expect(fastNumber('en', -0.0001, { maximumFractionDigits: 2 })).toBe('-0');
    expect(
      fastNumber('en', 195.8, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
    ).toBe('195.80');
  });

  it('leaves to Intl what it does not know', () => {
    expect(fastNumber('de', 1)).toBeUndefined();
    expect(fastNumber('en', 0.5, { style: 'percent' })).toBeUndefined();
    expect(fastNumber('en', 1e-7)).toBeUndefined();
    expect(fastNumber('en', Number.NaN)).toBeUndefined();
    expect(fastNumber('en', 1, { minimumFractionDigits: 3, maximumFractionDigits: 1 })).toBeUndefined();
  });
});

describe('fastMessage', () => {
  // Every argument of a message, with whether it is a plural's (a number) or a simple one.
  function argumentsOf(message: string): Map<string, 'plural' | 'simple'> {
    const found = new Map<string, 'plural' | 'simple'>();
    for (const m of message.matchAll(/\{(\w+)\s*(,\s*(\w+))?/g)) {
      if (m[3] === 'plural') found.set(m[1], 'plural');
      else if (!found.has(m[1])) found.set(m[1], 'simple');
    }
    return found;
  }
  const count = fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    decimal,
    half,
  );
  const simple = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.double());

  it.each(languages.map((lang) => [lang]))('%s: every message reads as FormatJS formats it', async (lang) => {
    // The core's domains and the web app's.
    const messages = {
      ...flatCatalogue('en'),
      ...flatCatalogue(lang),
      ...(await webMessages('en')),
      ...(await webMessages(lang)),
    };
    const intl = createIntl({ locale: lang, defaultLocale: 'en', messages, onError: () => {} });
    let handled = 0;
    for (const [key, message] of Object.entries(messages)) {
      if (!/[{}#'<]/.test(message)) continue;
      const names = [...argumentsOf(message)];
      let filled = false;
      fc.assert(
        fc.property(fc.tuple(...names.map(([, kind]) => (kind === 'plural' ? count : simple))), (drawn) => {
          const values = Object.fromEntries(names.map(([name], i) => [name, drawn[i]]));
          const fast = fastMessage(lang, message, values);
          if (fast === undefined) return;
          filled = true;
          expect(fast).toBe(intl.formatMessage({ id: key }, values));
        }),
        { numRuns: 20 },
      );
      // Only quotes, tags and other arguments than plurals and simple ones are left to FormatJS.
      const supported = !/'|<[A-Za-z/]|\{\s*\w+\s*,\s*(?!plural)\w+/.test(message);
      expect({ key, filled }).toEqual({ key, filled: supported });
      if (filled) handled++;
    }
    expect(handled).toBeGreaterThan(100);
  });

  it('leaves to FormatJS quotes, select, styles, offsets, tags and missing or wrong values', () => {
    const plural = '{n, plural, one {# case} other {# cases}}';
    expect(fastMessage('en', plural, { n: 1 })).toBe('1 case');
    expect(fastMessage('en', plural, { n: 2_500 })).toBe('2,500 cases');
    expect(fastMessage('fr', plural, { n: 1.5 })).toBe('1,5 case');
    expect(fastMessage('en', '{n, plural, =0 {none} other {#}}', { n: 0 })).toBe('none');
    expect(fastMessage('en', plural, { n: '2' })).toBeUndefined();
    expect(fastMessage('en', plural, {})).toBeUndefined();
    expect(fastMessage('en', '{n, plural, one {# case}}', { n: 1 })).toBeUndefined();
    expect(fastMessage('en', '{n, plural, offset:1 one {#} other {#}}', { n: 1 })).toBeUndefined();
    expect(fastMessage('en', '{g, select, a {x} other {y}}', { g: 'a' })).toBeUndefined();
    expect(fastMessage('en', '{n, number, percent}', { n: 1 })).toBeUndefined();
    expect(fastMessage('en', "l'{n, plural, one {#} other {#}}", { n: 1 })).toBeUndefined();
    expect(fastMessage('en', '<b>{n, plural, one {#} other {#}}</b>', { n: 1 })).toBeUndefined();
    expect(fastMessage('en', 'p < {p}, q <{q}', { p: 0.02, q: 1 })).toBe('p < 0.02, q <1');
    expect(fastMessage('xx', plural, { n: 1 })).toBeUndefined();
  });
});

describe('lists', () => {
  it.each(languages.map((lang) => [lang]))('%s: joined as FormatJS joins them', (lang) => {
    const intl = createIntl({ locale: lang, defaultLocale: 'en', messages: {}, onError: () => {} });
    const { list } = translator(lang);
    fc.assert(
      fc.property(
        // FormatJS mistakes an item named like a property of every object ("toString") for a
        // rich-text element it was given, and returns that property: such names are left out.
        fc.array(
          fc.string({ unit: 'grapheme' }).filter((item) => !(item in Object.prototype)),
          { maxLength: 5 },
        ),
        fc.constantFrom('conjunction' as const, 'disjunction' as const),
        (items, type) => {
          expect(list(items, type)).toBe(intl.formatList(items, { type }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
