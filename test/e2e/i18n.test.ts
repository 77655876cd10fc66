// The web app in English, French and Spanish (issue 17): the language switch is remembered through a
// reload and sets <html lang> and the tab's title; without a choice the browser's languages decide;
// the form's questions, answers and country names follow the language.
import { describe, expect, it } from 'vitest';
import { browserForTests, openPage } from './harness.js';

const e2e = browserForTests();

describe('the language switch', () => {
  it('shows the app in French, sets <html lang="fr">, and keeps it through a reload', async () => {
    const page = await openPage(e2e.browser, e2e.server);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('main h1').first().waitFor();
    // The shell, the form's questions (facts.json), its answers and the country names are French.
    expect(await page.title()).toBe('Évaluer · Continuum');
    await page.getByRole('link', { name: 'Comparer' }).waitFor();
    const jurisdiction = page.getByRole('combobox', {
      name: 'Dans quel pays l’exploitation a-t-elle eu lieu ?',
    });
    await jurisdiction.fill('Espagne');
    await expect.poll(() => jurisdiction.inputValue()).toBe('Espagne (ES)');
    await page.getByRole('radio', { name: 'Je ne sais pas' }).first().waitFor();

    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Évaluer · Continuum');
    expect(await page.getByLabel('Langue').inputValue()).toBe('fr');
    // The case holds the code, which the form names again in French after the reload.
    await expect.poll(() => jurisdiction.inputValue()).toBe('Espagne (ES)');

    // And back: English is chosen as any other language.
    await page.getByLabel('Langue').selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Assess · Continuum');
    await page.close({ runBeforeUnload: false });
  });

  it('without a choice, follows the browser’s languages (Spanish here), else English', async () => {
    for (const [locale, expected, title] of [
      ['es-MX', 'es', 'Evaluar · Continuum'],
      ['de-DE', 'en', 'Assess · Continuum'],
    ] as const) {
      const context = await e2e.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/#/assess`);
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(expected);
      expect(await page.title()).toBe(title);
      await context.close();
    }
  });
});
