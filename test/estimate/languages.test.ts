// The estimate's texts for people in the reader's language: the report's warnings (JSON, with
// `lang`), the method's settings and the text output of `continuum estimate`, numbers through
// Intl. The numbers, the models and every JSON key are the same in every language.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/estimate/estimate.js';
import { type EstimateOptions, runEstimate } from '../../src/estimate/methods.js';
import { cataloguesByDomain } from '../../src/i18n/catalogues.js';
import { runCli } from '../support/cli.js';
import * as data from './reference-data.js';

const settings: Array<[string, EstimateOptions]> = [
  ['stepwise', { method: 'stepwise' }],
  ['dga', { method: 'dga' }],
  ['bic with replicates', { method: 'bic', maxOrder: 2, bootstrap: 20, seed: 3 }],
];

describe('estimate reports in French and Spanish', () => {
  for (const [name, options] of settings) {
    it(`${name}: the same report in every language but the warnings, which are the catalogue's`, async () => {
      const english = await runEstimate(data.korea, options, { lang: 'en' });
      if (!english.ok) throw new Error('no estimate');
      expect(english.report.lang).toBe('en');
      expect(english.report.warnings.length).toBeGreaterThan(0);
      for (const lang of ['fr', 'es'] as const) {
        const other = await runEstimate(data.korea, options, { lang });
        if (!other.ok) throw new Error('no estimate');
        const { warnings, lang: said, ...rest } = other.report;
        const { warnings: englishWarnings, lang: _, ...englishRest } = english.report;
        expect(said).toBe(lang);
        expect(Object.keys(other.report)).toEqual(Object.keys(english.report));
        expect(rest).toEqual(englishRest);
        expect(warnings).toHaveLength(englishWarnings.length);
        for (const [i, warning] of warnings.entries()) expect(warning).not.toBe(englishWarnings[i]);
        expect(other.details.settings).not.toBe(english.details.settings);
        expect(summaryLine(other.report, lang)).not.toBe(summaryLine(english.report));
      }
    });
  }

  it('the text output is the catalogue’s, with numbers as the language writes them', async () => {
    const french = await runCli(['estimate', 'examples/lists/uk-2013-five-lists.csv', '--lang', 'fr']);
    expect(french.code).toBe(0);
    const fr = cataloguesByDomain.fr.estimate;
    expect(french.stdout).toContain(fr['report.topModels']);
    expect(french.stdout).toContain(fr['report.warnings']);
    expect(french.stdout).toMatch(/^Observé\u00a0: 2\u202f744 personnes sur 5 listes/);
    expect(french.stdout).not.toMatch(/Observed|Estimate:|Warnings:|never identified/);
    const spanish = await runCli(['estimate', 'examples/lists/uk-2013-five-lists.csv', '--lang', 'es']);
    expect(spanish.stdout).toContain(cataloguesByDomain.es.estimate['report.topModels']);
    expect(spanish.stdout).toMatch(/nunca identificadas\n$/);
    const json = await runCli([
      'estimate',
      'examples/lists/uk-2013-five-lists.csv',
      '--lang',
      'es',
      '--json',
    ]);
    expect(JSON.parse(json.stdout).lang).toBe('es');
  });
});
