// The pseudo-locale `xx`, made from the English catalogues rather than kept by hand: every ASCII
// letter of a message's text becomes an accented one ("Assess" → "Ååššéééšš") and every vowel is
// doubled, which makes English about 30% longer — as French and Spanish often are. Text that reaches
// the screen without going through a catalogue keeps its plain letters, so a browser test can find
// it; a layout that only fits English overflows. Only the text is changed: ICU arguments, plural
// and select keywords and tags are left as they are (the message is parsed and printed again).
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const vowels = new Set('aeiouAEIOU');

/** One piece of text in the pseudo-locale (no ICU syntax: for names and dates from `Intl`). */
export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const index = plain.indexOf(char);
    if (index < 0) {
      out += char;
      continue;
    }
    const mark = accented[index];
    out += vowels.has(char) ? mark + mark : mark;
  }
  return out;
}

function pseudoElements(elements: MessageFormatElement[]): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) element.value = pseudoText(element.value);
    else if (element.type === TYPE.tag) pseudoElements(element.children);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pseudoElements(option.value);
    }
  }
}

/** One ICU message in the pseudo-locale. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  pseudoElements(ast);
  return printAST(ast);
}

/** A whole catalogue (key → ICU message) in the pseudo-locale. */
export function pseudoCatalogue(messages: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, pseudoMessage(message)]));
}
