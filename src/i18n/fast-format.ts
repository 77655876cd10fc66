// What a command prints most — whole numbers, fixed decimals and messages with a plural — formatted
// without the platform's `Intl.NumberFormat` and without FormatJS. The first NumberFormat a process
// creates makes V8 list every locale ICU has (about 12 ms here), and FormatJS creates one when it
// starts: a tenth of a short command's time. Everything else (other languages, styles, currencies,
// quoting, select, tags) returns `undefined`, and the caller formats it with FormatJS as before.
// test/i18n/fast-format.test.ts checks both against `Intl.NumberFormat` and FormatJS on random
// values and on every message of every catalogue. Pure and browser-safe.

import { formatters } from './formatters.js';

/** Each language's separators, as ICU gives them (checked by the tests against `Intl`). */
const SYMBOLS: Readonly<Record<string, { group: string; decimal: string; minimumGrouping: number }>> = {
  en: { group: ',', decimal: '.', minimumGrouping: 1 },
  // A narrow no-break space between groups of digits.
  fr: { group: '\u202f', decimal: ',', minimumGrouping: 1 },
  // Four-digit numbers are not grouped in Spanish (1234, but 12.345).
  es: { group: '.', decimal: ',', minimumGrouping: 2 },
};

const OPTION_KEYS = new Set(['minimumFractionDigits', 'maximumFractionDigits', 'useGrouping']);

/** A string of decimal digits plus one in its last place ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return (
    digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1)
  );
}

/**
 * `value` as `new Intl.NumberFormat(locale, options).format(value)` writes it: the shortest
 * decimal that reads back as the value, rounded half away from zero to at most
 * `maximumFractionDigits` (default: 3, or the minimum if larger), padded with zeros to
 * `minimumFractionDigits` (default 0), its whole part grouped by thousands as the language
 * does unless `useGrouping` is false. `undefined` for anything else.
 */
export function fastNumber(locale: string, value: number, options?: object): string | undefined {
  const symbols = SYMBOLS[locale];
  if (symbols === undefined || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  let minimum = 0;
  let maximum: number | undefined;
  // Left out, grouping follows the language (Spanish does not group four digits); `true` always
  // groups, as Intl reads it (ES2023: "always").
  let grouping: 'auto' | 'always' | 'none' = 'auto';
  if (options !== undefined) {
    const given = options as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      const option = given[key];
      if (option === undefined) continue;
      if (!OPTION_KEYS.has(key)) return undefined;
      if (key === 'useGrouping') {
        if (typeof option !== 'boolean') return undefined;
        grouping = option ? 'always' : 'none';
      } else if (!Number.isInteger(option) || (option as number) < 0 || (option as number) > 20) {
        return undefined;
      } else if (key === 'minimumFractionDigits') {
        minimum = option as number;
      } else {
        maximum = option as number;
      }
    }
  }
  maximum ??= Math.max(minimum, 3);
  // Intl throws a RangeError here: FormatJS reports it, and so should it.
  if (minimum > maximum) return undefined;
  const negative = value < 0 || Object.is(value, -0);
  const shortest = String(Math.abs(value));
  // Exponents (below 1e-6, from 1e21) are left to Intl.
  if (shortest.includes('e')) return undefined;
  const point = shortest.indexOf('.');
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? '' : shortest.slice(point + 1);
  if (fraction.length > maximum) {
    const roundUp = fraction.charCodeAt(maximum) >= 53; // '5' or above: half away from zero
    const kept = whole + fraction.slice(0, maximum);
    const rounded = roundUp ? increment(kept) : kept;
    whole = rounded.slice(0, rounded.length - maximum);
    fraction = rounded.slice(rounded.length - maximum);
  }
  let end = fraction.length;
  while (end > minimum && fraction[end - 1] === '0') end--;
  fraction = fraction.slice(0, end).padEnd(minimum, '0');
  const minimumGrouping = grouping === 'always' ? 1 : symbols.minimumGrouping;
  if (grouping !== 'none' && whole.length >= 3 + minimumGrouping) {
    const groups: string[] = [];
    let start = whole.length % 3 || 3;
    groups.push(whole.slice(0, start));
    for (; start < whole.length; start += 3) groups.push(whole.slice(start, start + 3));
    whole = groups.join(symbols.group);
  }
  return (negative ? '-' : '') + whole + (fraction ? symbols.decimal + fraction : '');
}

/** A message cut into its parts: text, `{name}`, `#` (inside a plural) and `{name, plural, …}`. */
type Part = string | { arg: string } | { hash: true } | { plural: string; cases: Map<string, Part[]> };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SELECTOR = /^(?:=-?\d+(?:\.\d+)?|zero|one|two|few|many|other)/;

class Unsupported extends Error {}

/**
 * Parses the parts of `message` from `at` up to an unmatched `}` (inside a plural case) or the end.
 * Throws Unsupported on any syntax other than text, simple arguments and plurals (quotes, tags,
 * select, number styles, offsets) and on malformed messages: FormatJS deals with those.
 */
function parseParts(message: string, at: number, inPlural: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let text = '';
  let i = at;
  while (i < message.length) {
    const c = message[i];
    // A quote may start quoted text, and `<` before a letter or `/` a tag: left to FormatJS
    // (`p < 0.02` is text).
    if (c === "'" || (c === '<' && /[A-Za-z/]/.test(message[i + 1] ?? ''))) throw new Unsupported();
    if (c === '}') {
      if (!inPlural) throw new Unsupported();
      break;
    }
    if (c === '#' && inPlural) {
      if (text) parts.push(text);
      text = '';
      parts.push({ hash: true });
      i++;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    if (text) parts.push(text);
    text = '';
    const name = NAME.exec(message.slice(i + 1))?.[0];
    if (name === undefined) throw new Unsupported();
    i += 1 + name.length;
    if (message[i] === '}') {
      parts.push({ arg: name });
      i++;
      continue;
    }
    const head = /^\s*,\s*plural\s*,\s*/.exec(message.slice(i));
    if (!head) throw new Unsupported();
    i += head[0].length;
    const cases = new Map<string, Part[]>();
    for (;;) {
      while (/\s/.test(message[i] ?? '')) i++;
      if (message[i] === '}') {
        i++;
        break;
      }
      const selector = SELECTOR.exec(message.slice(i))?.[0];
      if (selector === undefined) throw new Unsupported();
      i += selector.length;
      while (/\s/.test(message[i] ?? '')) i++;
      if (message[i] !== '{' || cases.has(selector)) throw new Unsupported();
      const inner = parseParts(message, i + 1, true);
      cases.set(selector, inner.parts);
      i = inner.end + 1;
    }
    if (!cases.has('other')) throw new Unsupported();
    parts.push({ plural: name, cases });
  }
  if (inPlural && message[i] !== '}') throw new Unsupported();
  if (text) parts.push(text);
  return { parts, end: i };
}

const parsed = new Map<string, Part[] | null>();

function partsOf(message: string): Part[] | null {
  let parts = parsed.get(message);
  if (parts === undefined) {
    try {
      parts = parseParts(message, 0, false).parts;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      parts = null;
    }
    parsed.set(message, parts);
  }
  return parts;
}

function fill(
  parts: readonly Part[],
  values: Readonly<Record<string, unknown>> | undefined,
  locale: string,
  count: number | undefined,
): string | undefined {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
    } else if ('hash' in part) {
      const written = count === undefined ? undefined : fastNumber(locale, count);
      if (written === undefined) return undefined;
      out += written;
    } else {
      const name = 'arg' in part ? part.arg : part.plural;
      const value = values !== undefined && Object.hasOwn(values, name) ? values[name] : undefined;
      if ('arg' in part) {
        // FormatJS writes a string or number argument as String(value).
        if (typeof value !== 'string' && typeof value !== 'number') return undefined;
        out += String(value);
        continue;
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      let chosen = part.cases.get(`=${value}`);
      if (chosen === undefined) {
        const rules = formatters.getPluralRules(locale);
        chosen = part.cases.get(rules.select(value)) ?? part.cases.get('other');
      }
      const inner = fill(chosen as Part[], values, locale, value);
      if (inner === undefined) return undefined;
      out += inner;
    }
  }
  return out;
}

/**
 * The message filled in as FormatJS would fill it, when it uses nothing but simple arguments
 * (a string or number value each) and plurals of numbers in a language of SYMBOLS; otherwise
 * `undefined`.
 */
export function fastMessage(
  locale: string,
  message: string,
  values: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  if (SYMBOLS[locale] === undefined) return undefined;
  const parts = partsOf(message);
  return parts === null ? undefined : fill(parts, values, locale, undefined);
}
