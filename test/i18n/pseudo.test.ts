// The pseudo-locale `xx` is English with every letter accented and about 30% longer, made from the
// English catalogues: its messages keep their ICU arguments, plurals and selects, and no plain ASCII
// letter is left in their text — so a plain letter on the screen is text that skipped the catalogues.
import { readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { translator, translatorWith } from '../../src/i18n/index.js';
import { pseudoMessage, pseudoText } from '../../src/i18n/pseudo.js';
import { englishWebMessages } from '../../src/i18n/web-catalogue.js';

const english = { ...flatCatalogue('en'), ...englishWebMessages };

/** The arguments and the literal text of a parsed message (options' text included). */
function walk(elements: MessageFormatElement[], into = { args: [] as string[], text: '' }) {
  for (const element of elements) {
    if (element.type === TYPE.literal) into.text += element.value;
    else if (element.type === TYPE.pound) continue;
    else {
      into.args.push(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const [keyword, option] of Object.entries(element.options)) {
          into.args.push(`${element.value}:${keyword}`);
          walk(option.value, into);
        }
      if (element.type === TYPE.tag) walk(element.children, into);
    }
  }
  return into;
}

describe('the pseudo-locale', () => {
  it('keeps every message’s arguments, plural and select keywords, and accents all of its text', () => {
    const wrong: string[] = [];
    let before = 0;
    let after = 0;
    for (const [key, message] of Object.entries(english)) {
      const ours = walk(parse(pseudoMessage(message)));
      const theirs = walk(parse(message));
      if (ours.args.sort().join() !== theirs.args.sort().join())
        wrong.push(`${key}: {${ours.args}} ≠ {${theirs.args}}`);
      if (/[A-Za-z]/.test(ours.text)) wrong.push(`${key}: plain letters in “${ours.text}”`);
      before += theirs.text.length;
      after += ours.text.length;
    }
    expect(wrong).toEqual([]);
    // About 30% longer, as French and Spanish often are.
    expect(after / before).toBeGreaterThan(1.25);
    expect(after / before).toBeLessThan(1.6);
  });

  it('changes only the letters of a text: what is left once they are taken out is the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const pseudo = pseudoText(text);
        expect(pseudo).not.toMatch(/[A-Za-z]/);
        expect([...pseudo].filter((char) => char.charCodeAt(0) < 128).join('')).toBe(
          text.replace(/[A-Za-z]/g, ''),
        );
      }),
    );
  });

  it('formats values as given and names countries, dates and lists in the pseudo-locale', () => {
    const xx = translator('xx');
    expect(xx.t('common.cli.problem', { path: 'person.age', message: 'x' })).toBe('person.age: x');
    expect(xx.country('FR')).toBe(pseudoText('France'));
    expect(xx.date('2019-03-11')).not.toMatch(/[A-Za-z]/);
    expect(xx.list(['1', '2', '3'])).not.toMatch(/[A-Za-z]/);
    expect(xx.number(1234.5)).toBe('1,234.5');
  });

  it('includes a domain loaded apart (the web app’s)', () => {
    const key = 'web.shell.language';
    expect(translatorWith('xx', englishWebMessages).dynamic(key)).toBe(pseudoText(english[key]));
    // The English it is made from is the file as written.
    const file = JSON.parse(readFileSync('src/i18n/messages/en/web.json', 'utf8'));
    expect(english[key]).toBe(file['shell.language']);
  });
});
