// The continuum, what-if, pathways, sex work law, glossary, saved cases and account pages in French and Spanish (issue 17): each
// shows its headings from the web catalogue of the chosen language (not the English), the core's
// texts it shows (bands, scenarios) in that language too, and stays free of accessibility
// violations, on a laptop and on a phone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bandLabel } from '../../src/continuum/bands.js';
import { scenarioWords } from '../../src/continuum/scenarios.js';
import { axeViolations, browserForTests, loadExample, openPage, viewports } from './harness.js';

const e2e = browserForTests();

type Lang = 'en' | 'fr' | 'es';
const catalogue = (lang: Lang): Record<string, string> =>
  JSON.parse(readFileSync(`src/i18n/messages/${lang}/web.json`, 'utf8'));

/** Each page, what shows it is ready, and the catalogue keys of headings it always shows. */
const pages = [
  { id: 'continuum', ready: '#band-heading', headings: ['continuum.title', 'continuum.vulnerability'] },
  { id: 'whatif', ready: '.whatif-table', headings: ['whatif.title', 'whatif.sideBySide'] },
  { id: 'pathways', ready: '.pathways .panel .chart-box svg', headings: ['pathways.title'] },
  { id: 'sexwork', ready: '.sexwork .panel', headings: ['sexwork.title', 'sexwork.forThisPerson'] },
  { id: 'glossary', ready: '#g-bands', headings: ['glossary.title', 'glossary.reading', 'glossary.bands'] },
  // Not logged in: the title, and the login form under it.
  { id: 'cases', ready: '#login-heading', headings: ['cases.title'] },
  { id: 'account', ready: '#login-heading', headings: ['account.title'] },
];

async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator('header select').first().selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
}

const headingTexts = (page: Page) =>
  page.locator('main h1, main h2, main h3').evaluateAll((nodes) => nodes.map((n) => n.textContent?.trim()));

describe.each(Object.entries(viewports))('on a %s', (_size, viewport) => {
  it.each(['fr', 'es'] as const)('shows the pages in %s', async (lang) => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await loadExample(page, 'labour-trafficking-deception');
    await chooseLanguage(page, lang);
    const words = catalogue(lang);
    const english = catalogue('en');
    for (const p of pages) {
      await page.goto(`${e2e.server.url}/#/${p.id}`);
      await page.locator(p.ready).first().waitFor();
      const headings = await headingTexts(page);
      for (const key of p.headings) {
        expect(words[key], key).not.toBe(english[key]);
        expect(headings, `${p.id}: ${key}`).toContain(words[key]);
      }
      expect(await axeViolations(page), p.id).toEqual([]);
    }

    // The core's own texts follow the language: a band's name on the continuum page, and a
    // scenario's title on the what-if page.
    await page.goto(`${e2e.server.url}/#/glossary`);
    await page.locator('#g-bands').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain(bandLabel('forced_labour', lang));
    await page.goto(`${e2e.server.url}/#/whatif`);
    await page.locator('.whatif-table').waitFor();
    expect(await page.locator('main').textContent()).toContain(scenarioWords('right_to_work', lang).title);
    await page.close({ runBeforeUnload: false });
  });
});
