// The message catalogues are complete and used: every language has exactly the English keys, with
// the same ICU arguments; every key the code names exists; every key in a catalogue is named by the
// code (literally, or by a key template such as `facts.question.${path}`). The web app's domain,
// loaded apart (src/i18n/web-catalogue.ts), is held to the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ESTIMATE_METHODS } from '../../src/estimate/options.js';
import { cataloguesByDomain, flatCatalogue, type WrittenLang } from '../../src/i18n/catalogues.js';
import { languages } from '../../src/i18n/index.js';

/** The web domain of a language, as written (not imported by catalogues.ts: the web loads it apart). */
const webCatalogue = (lang: WrittenLang): Record<string, string> =>
  JSON.parse(readFileSync(join('src/i18n/messages', lang, 'web.json'), 'utf8'));

/** Every domain of a language, the web's included. */
const byDomain = (lang: WrittenLang): Record<string, Record<string, string>> => ({
  ...cataloguesByDomain[lang],
  web: webCatalogue(lang),
});

/** One language's messages, flat, the web's included. */
function allMessages(lang: WrittenLang): Record<string, string> {
  const flat = flatCatalogue(lang);
  for (const [key, message] of Object.entries(webCatalogue(lang))) flat[`web.${key}`] = message;
  return flat;
}

const english = allMessages('en');
const coreDomains = Object.keys(cataloguesByDomain.en);
const domains = [...coreDomains, 'web'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const keyStart = `(?:${domains.join('|')})\\.`;

/** Keys written whole in the code: a quoted string that is a message key's shape. */
const literalKeys = new Set(
  sources.flatMap(({ text }) =>
    [...text.matchAll(new RegExp(`['"](${keyStart}[A-Za-z0-9_.-]+)['"]`, 'g'))].map((m) => m[1]),
  ),
);

/** Key templates (`facts.question.${path}`) as patterns: each `${…}` stands for one or more characters. */
const keyTemplates = sources.flatMap(({ file, text }) =>
  [...text.matchAll(new RegExp(`\`(${keyStart}[^\`]*\\$\\{[^\`]*)\``, 'g'))].map((m) => ({
    file,
    template: m[1],
    pattern: new RegExp(
      `^${m[1]
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('.+')}$`,
    ),
  })),
);

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe('message catalogues', () => {
  for (const lang of languages.filter((l) => l !== 'en')) {
    it(`${lang} has exactly the English keys, domain by domain`, () => {
      for (const domain of domains) {
        const ours = Object.keys(byDomain(lang)[domain]);
        const theirs = Object.keys(byDomain('en')[domain]);
        const missing = theirs.filter((key) => !ours.includes(key));
        const extra = ours.filter((key) => !theirs.includes(key));
        expect({ domain, missing, extra }).toEqual({ domain, missing: [], extra: [] });
      }
    });
  }

  it('every catalogue file is listed in src/i18n/catalogues.ts (the web domain in web-catalogue.ts)', () => {
    for (const lang of languages) {
      const files = readdirSync(join('src/i18n/messages', lang)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...domains].sort());
    }
    const loader = readFileSync('src/i18n/web-catalogue.ts', 'utf8');
    for (const lang of languages.filter((l) => l !== 'en'))
      expect(loader).toContain(`import('./messages/${lang}/web.json')`);
  });

  it('every message is valid ICU, with the same arguments as its English', () => {
    const wrong: string[] = [];
    for (const lang of languages) {
      for (const [key, message] of Object.entries(allMessages(lang))) {
        try {
          const args = [...argumentsOf(parse(message))].sort();
          const expected = [...argumentsOf(parse(english[key] ?? ''))].sort();
          if (args.join() !== expected.join()) wrong.push(`${lang} ${key}: {${args}} ≠ {${expected}}`);
        } catch (error) {
          wrong.push(`${lang} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = languages.flatMap((lang) =>
      Object.entries(allMessages(lang))
        .filter(([, message]) => message.trim() === '')
        .map(([key]) => `${lang} ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('French puts a no-break space before : ; ? ! and inside « »', () => {
    const bad = Object.entries(allMessages('fr')).filter(
      ([, message]) => / [:;?!»]/.test(message) || /« /.test(message) || /\S[;?!»]/.test(message),
    );
    expect(bad.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it('every key the code names exists in English', () => {
    // Keys passed to t() are type-checked; this catches those given to dynamic() and has() too.
    const called = sources.flatMap(({ text }) =>
      [
        ...text.matchAll(new RegExp(`\\b(?:t|dynamic|has)\\(\\s*['"](${keyStart}[A-Za-z0-9_.-]+)['"]`, 'g')),
      ].map((m) => m[1]),
    );
    const unknown = called.filter((key) => !(key in english));
    expect(unknown).toEqual([]);
    const empty = keyTemplates.filter(
      ({ pattern }) => !Object.keys(english).some((key) => pattern.test(key)),
    );
    expect(empty.map(({ file, template }) => `${file}: ${template}`)).toEqual([]);
  });

  it('every estimation method has its name in words for the web menu (else English shows through)', () => {
    // The web looks the name up with a key template, whose fallback is English: nothing else fails.
    const missing = ESTIMATE_METHODS.filter((method) => !(`web.estimate.methods.${method}` in english));
    expect(missing).toEqual([]);
  });

  it('every key in the catalogues is named by the code', () => {
    const unused = Object.keys(english).filter(
      (key) => !literalKeys.has(key) && !keyTemplates.some(({ pattern }) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });
});
