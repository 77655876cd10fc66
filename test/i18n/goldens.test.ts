// The French and Spanish golden outputs in examples/goldens/ are what the code prints now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../src/facts/validate.js';
import { goldenCases, goldenLanguages, goldenText } from '../../src/i18n/goldens.js';

describe('golden scenario outputs in French and Spanish', () => {
  for (const name of goldenCases) {
    for (const lang of goldenLanguages) {
      it(`${name}.${lang}.txt is current (run \`npm run goldens\` and review the wording)`, () => {
        const parsed = parseFacts(readFileSync(`examples/cases/${name}.json`, 'utf8'));
        if (!parsed.ok) throw new Error(`examples/cases/${name}.json is invalid`);
        expect(readFileSync(`examples/goldens/${name}.${lang}.txt`, 'utf8')).toBe(
          goldenText(parsed.facts, lang),
        );
      });
    }
  }

  it('uses the legal terms of the official texts', () => {
    const fr = readFileSync('examples/goldens/labour-trafficking-deception.fr.txt', 'utf8');
    const es = readFileSync('examples/goldens/labour-trafficking-deception.es.txt', 'utf8');
    expect(fr).toContain('Traite des personnes');
    expect(es).toContain('Trata de personas');
    expect(fr).toContain('Pas d’accès sans risque à l’inspection du travail ni aux tribunaux');
    expect(es).toContain('Sin acceso seguro a la inspección de trabajo ni a los tribunales');
  });
});
