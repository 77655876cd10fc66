// The regimes' own words (conditions, what a deciding fact does, notes, summaries, titles) in every
// language. English is written in the regime files, marked `say('…')`; the regimes catalogue holds
// it, and its French and Spanish, by the English's fingerprint (src/pathways/words.ts). The test
// fails when a text has no entry in a language, when a catalogue keeps a text no regime says any
// more (an old wording), and when a French or Spanish report carries English or changes an id.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cataloguesByDomain } from '../../src/i18n/catalogues.js';
import { pathwaysReport, sexworkReport } from '../../src/pathways/report.js';
import { saidKey } from '../../src/pathways/words.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const sources = sourceFiles('src/pathways').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const literalSay = /\bsay\(\s*'((?:[^'\\\n]|\\.)*)'\s*,?\s*\)/g;
/** Every text a regime says, as written. */
const said = new Set(
  sources.flatMap(({ text }) => [...text.matchAll(literalSay)].map((m) => m[1].replace(/\\(.)/g, '$1'))),
);
const inFile = (key: string) => key.replace(/^regimes\./, '');
const saidEntries = (lang: 'en' | 'fr' | 'es') =>
  Object.entries(cataloguesByDomain[lang].regimes as Record<string, string>);

describe('the regimes’ own words', () => {
  it('are all literals (so that this test finds every one)', () => {
    // Every `say(` but the function's own definition is followed by a quoted literal.
    const calls = sources.flatMap(({ text }) => [...text.matchAll(/\bsay\(/g)]).length;
    const definitions = sources.filter(({ text }) => text.includes('export function say(')).length;
    const literals = sources.flatMap(({ text }) => [...text.matchAll(literalSay)]).length;
    expect(calls - definitions).toBe(literals);
    expect(said.size).toBeGreaterThan(150);
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`${lang}: every text has its entry in the regimes catalogue, and no entry is left unused`, () => {
      const catalogue = cataloguesByDomain[lang].regimes as Record<string, string>;
      const missing = [...said]
        .filter((text) => !Object.hasOwn(catalogue, inFile(saidKey(text))))
        .map((text) => `"${inFile(saidKey(text))}": ${JSON.stringify(text)}`);
      expect(missing).toEqual([]);
      const keys = new Set([...said].map((text) => inFile(saidKey(text))));
      expect(saidEntries(lang).filter(([key]) => !keys.has(key))).toEqual([]);
    });
  }

  it('the English catalogue holds the texts of the regime files, word for word', () => {
    const byKey = new Map([...said].map((text) => [inFile(saidKey(text)), text]));
    expect(saidEntries('en').filter(([key, text]) => byKey.get(key) !== text)).toEqual([]);
  });

  it('French and Spanish are written, not copied from the English', () => {
    const en = Object.fromEntries(saidEntries('en'));
    for (const lang of ['fr', 'es'] as const) {
      expect(saidEntries(lang).filter(([key, text]) => text === en[key])).toEqual([]);
    }
  });
});

// A woman deceived into sexual exploitation in the UK, cooperating: every regime has stages,
// conditions, deciding facts and notes to say.
const facts = JSON.parse(readFileSync('examples/cases/sexual-exploitation-debt-oath.json', 'utf8'));

/** The texts of a report, by where they are, and the report without them. */
function split(value: unknown, path = '', texts: Array<[string, string]> = []): unknown {
  const textFields = new Set(['name', 'text', 'effect', 'basis', 'title', 'summary', 'reason', 'model']);
  if (Array.isArray(value)) {
    if (path.endsWith('.notes')) {
      for (const [i, note] of value.entries()) texts.push([`${path}[${i}]`, String(note)]);
      return value.length;
    }
    return value.map((item, i) => split(item, `${path}[${i}]`, texts));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const at = `${path}.${key}`;
        if (key === 'lang') return [key, 'lang'];
        if (key === 'case' || key === 'cite') return [key, item];
        if (textFields.has(key) && typeof item === 'string') {
          texts.push([at, item]);
          return [key, 'text'];
        }
        return [key, split(item, at, texts)];
      }),
    );
  }
  return value;
}

function compare(report: (lang: 'en' | 'fr' | 'es') => unknown) {
  const english: Array<[string, string]> = [];
  const shape = split(report('en'), '', english);
  expect(english.length).toBeGreaterThan(20);
  for (const lang of ['fr', 'es'] as const) {
    const texts: Array<[string, string]> = [];
    expect(split(report(lang), '', texts)).toEqual(shape);
    const same = texts.filter(([at, text], i) => english[i][0] === at && english[i][1] === text);
    // Only texts with no words of their own may read alike (a fact's value in a basis is never alone).
    expect(same).toEqual([]);
    expect((report(lang) as { lang: string }).lang).toBe(lang);
  }
}

describe('reports in French and Spanish', () => {
  it('pathways: the same ids, codes and shape in every language; every text in the language asked for', () => {
    compare((lang) => {
      const report = pathwaysReport(facts, { start: '2015-05-06', lang });
      if (!report.ok) throw new Error('refused');
      return report.value;
    });
  });

  it('sexwork: the same ids, codes and shape in every language; every text in the language asked for', () => {
    compare((lang) => {
      const report = sexworkReport(facts, { lang });
      if (!report.ok) throw new Error('refused');
      return report.value;
    });
  });

  it('French texts are the catalogue’s, with its legal terms', () => {
    const report = pathwaysReport(facts, { start: '2015-05-06', regime: 'coe-2005', lang: 'fr' });
    if (!report.ok) throw new Error('refused');
    const [coe] = report.value.regimes;
    const key = inFile(saidKey('Council of Europe Convention (2005): minimum standard'));
    expect(coe.regime.title).toBe((cataloguesByDomain.fr.regimes as Record<string, string>)[key]);
    expect(coe.regime.title).toBe('Convention du Conseil de l’Europe (2005)\u00a0: norme minimale');
    expect(coe.branches.cooperating.stages[0].name).toMatch(/Rétablissement et réflexion/);
    expect(coe.branches.cooperating.stages[0].id).toBe('recovery');
  });
});
