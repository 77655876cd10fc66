// Countries are picked by name from the ISO 3166 list: "Spain" is Spain (ES), "UK" is not a code
// (the United Kingdom is GB, and the picker says so), citizenships are a list of names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, openPage, viewports } from './harness.js';

const e2e = browserForTests();

/** The facts as the report lists them: question → answer. */
async function recorded(page: Page): Promise<Record<string, string>> {
  await page.goto(page.url().replace(/#.*$/, '#/report'));
  await page.locator('.report[data-report-ready="true"]').waitFor();
  const facts = await page
    .locator('.facts-given > div')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('dt')?.textContent ?? '',
        row.querySelector('dd')?.textContent ?? '',
      ]),
    );
  await page.goto(page.url().replace(/#.*$/, '#/assess'));
  await page.locator('.results .result').first().waitFor();
  return Object.fromEntries(facts);
}

const jurisdiction = 'In which country did the exploitation take place?';
const citizenships = 'Which citizenships does the person hold?';

describe.each(Object.entries(viewports))('on a %s', (_size, viewport) => {
  it('finds a country by its name, offers the whole ISO list, and refuses what is not on it', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    const box = page.getByRole('combobox', { name: jurisdiction });
    // Every country is offered, named: Spain with its code, Kosovo too; no "UK".
    const options = await page
      .locator('#country-names option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(240);
    expect(options).toContain('Spain (ES)');
    expect(options).toContain('United Kingdom (GB)');
    expect(options.some((o) => o.endsWith('(UK)'))).toBe(false);

    await box.fill('Spain');
    expect((await recorded(page))[jurisdiction]).toBe('Spain');
    expect(await box.inputValue()).toBe('Spain (ES)');

    // "UK" is not a country code: the answer is kept as it was, and the picker says what was meant.
    await box.fill('UK');
    await box.blur();
    await expect
      .poll(() => page.locator('[id="h-jurisdiction"]').textContent())
      .toContain('United Kingdom (GB)');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect((await recorded(page))[jurisdiction]).toBe('Spain');

    // Names are found whatever the case and accents; choosing the list's own wording works too.
    await box.fill('cote d’ivoire');
    expect((await recorded(page))[jurisdiction]).toMatch(/Ivoire/);
    await box.fill('United Kingdom (GB)');
    expect((await recorded(page))[jurisdiction]).toBe('United Kingdom');
    // Emptied: unknown again.
    await box.fill('');
    expect((await recorded(page))[jurisdiction]).toBeUndefined();
    await page.close({ runBeforeUnload: false });
  });

  it('keeps citizenships as a list of countries added by name and removed one by one', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    const field = page.locator('[id="q-person.citizenships"]');
    const box = field.getByRole('combobox');
    await box.fill('Nigeria');
    await field.getByRole('button', { name: 'Add' }).click();
    await box.fill('Ghana');
    await box.press('Enter');
    await box.fill('Atlantis');
    await field.getByRole('button', { name: 'Add' }).click();
    expect(await field.locator('.hint-invalid').textContent()).toMatch(/Not a country/);
    expect((await recorded(page))[citizenships]).toBe('Nigeria, Ghana');
    await field.getByRole('button', { name: 'Remove Nigeria' }).click();
    expect((await recorded(page))[citizenships]).toBe('Ghana');
    await page.close({ runBeforeUnload: false });
  });
});
