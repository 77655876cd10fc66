// A rule's words in a language. English reads as written beside the rule in the instrument file;
// French and Spanish come from the law catalogue, one entry per label and note of every node, keyed
// by the rule's id and a fingerprint of its English (src/law/render/labels.ts). The test fails when
// a node has no text in a language, when a catalogue keeps a text no node uses (an old wording), or
// when a translation leaves out the official term of its language.
import { describe, expect, it } from 'vitest';
import { cataloguesByDomain } from '../../src/i18n/catalogues.js';
import { translator } from '../../src/i18n/index.js';
import { instruments } from '../../src/law/instruments/index.js';
import { attributesOf, connective } from '../../src/law/logic/kinds.js';
import { nodes } from '../../src/law/logic/rule.js';
import { ruleLabel, ruleNote, ruleTextKey } from '../../src/law/render/labels.js';
import { connectiveWords } from '../../src/law/render/text.js';

const everyNode = instruments.flatMap((instrument) =>
  [instrument.rule, ...(instrument.remarks ?? [])].flatMap((root) =>
    [...nodes(root)].map((rule) => ({ instrument: instrument.id, rule })),
  ),
);

/** Every English text of a node (label and note) with its catalogue key. */
const texts = new Map<string, string>();
/** The key within the law catalogue file (the domain's name stripped). */
const keyInFile = (key: string) => key.replace(/^law\./, '');
for (const { rule } of everyNode) {
  texts.set(keyInFile(ruleTextKey(rule.id, 'label', rule.label)), rule.label);
  if (rule.note !== undefined) texts.set(keyInFile(ruleTextKey(rule.id, 'note', rule.note)), rule.note);
}

const ruleEntries = (lang: 'en' | 'fr' | 'es') =>
  Object.entries(cataloguesByDomain[lang].law as Record<string, string>).filter(([key]) =>
    key.startsWith('rule.'),
  );

describe('rule labels and notes', () => {
  it('in English, are the words written beside the rule', () => {
    const en = translator('en');
    const different = everyNode.filter(
      ({ rule }) => ruleLabel(en, rule) !== rule.label || ruleNote(en, rule) !== rule.note,
    );
    expect(different.map(({ instrument, rule }) => `${instrument} ${rule.id}`)).toEqual([]);
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`${lang}: every label and note of every node has its entry in the law catalogue`, () => {
      const catalogue = cataloguesByDomain[lang].law as Record<string, string>;
      // Printed as catalogue lines to add: the key, and the English to translate.
      const missing = [...texts]
        .filter(([key]) => !Object.hasOwn(catalogue, key))
        .map(([key, english]) => `"${key}": ${JSON.stringify(english)}`);
      expect(missing).toEqual([]);
    });

    it(`${lang}: the catalogue has no rule text that no node uses (an old wording, a removed rule)`, () => {
      expect(ruleEntries(lang).filter(([key]) => !texts.has(key))).toEqual([]);
    });
  }

  it('the English catalogue holds the texts of the instrument files, word for word', () => {
    const differ = ruleEntries('en').filter(([key, text]) => texts.has(key) && texts.get(key) !== text);
    expect(differ).toEqual([]);
  });

  it('the words joining a node to its children: English as the rule-kind table has them, and translated', () => {
    const en = translator('en');
    const fr = translator('fr');
    const wrong = everyNode.filter(({ rule }) => {
      const node = { kind: rule.kind, ...attributesOf(rule) };
      const english = connective(node);
      return (
        connectiveWords(en, node) !== english || (english !== null && connectiveWords(fr, node) === english)
      );
    });
    expect(wrong.map(({ instrument, rule }) => `${instrument} ${rule.id} (${rule.kind})`)).toEqual([]);
  });

  it('French and Spanish read from their catalogues, not the English', () => {
    for (const lang of ['fr', 'es'] as const) {
      const tr = translator(lang);
      const catalogue = cataloguesByDomain[lang].law as Record<string, string>;
      const wrong = everyNode.filter(
        ({ rule }) => ruleLabel(tr, rule) !== catalogue[keyInFile(ruleTextKey(rule.id, 'label', rule.label))],
      );
      expect(wrong.map(({ rule }) => `${lang} ${rule.id}`)).toEqual([]);
    }
  });

  // The legal terms of the official texts in each language (docs/i18n-glossary.md).
  const glossary: Array<{ en: RegExp; fr: RegExp; es: RegExp }> = [
    { en: /trafficking in persons/i, fr: /traite des personnes/i, es: /trata de personas/i },
    { en: /trafficking in human beings/i, fr: /traite des êtres humains/i, es: /trata de seres humanos/i },
    {
      en: /forced or compulsory labour/i,
      fr: /travail forcé ou obligatoire/i,
      es: /trabajo forzoso u obligatorio/i,
    },
    { en: /\bservitude\b/i, fr: /servitude/i, es: /servidumbre/i },
    { en: /\bslavery\b/i, fr: /esclavage/i, es: /esclavitud/i },
    { en: /debt bondage/i, fr: /servitude pour dettes/i, es: /servidumbre por deudas/i },
    { en: /smuggling of migrants/i, fr: /trafic illicite de migrants/i, es: /tráfico ilícito de migrantes/i },
  ];
  it('translations keep the official terms of each language', () => {
    const wrong: string[] = [];
    for (const lang of ['fr', 'es'] as const) {
      const catalogue = cataloguesByDomain[lang].law as Record<string, string>;
      for (const [key, english] of texts) {
        for (const term of glossary) {
          if (term.en.test(english) && !term[lang].test(catalogue[key] ?? ''))
            wrong.push(`${lang} ${key}: ${catalogue[key]} (needs ${term[lang]})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
