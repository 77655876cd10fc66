// The Datasets view in a real browser: a caseworker logs in, uploads the dashboard release the
// importer made from a fixture, and sees its counts, with suppressed cells shown as "hidden"; then
// the same view in French and Spanish (issue 17): headings, CTDC's means of control and the bands in
// words of the language, numbers and dates through Intl.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandLabel } from '../../src/continuum/bands.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { type Dashboard, dashboardOf } from '../../src/data/dashboard.js';
import { axeViolations, browserForTests, PASSWORD } from './harness.js';

const catalogue = (lang: 'en' | 'fr' | 'es'): Record<string, string> =>
  JSON.parse(readFileSync(`src/i18n/messages/${lang}/web.json`, 'utf8'));

let release: Dashboard;
let file: string;

const e2e = browserForTests(async () => {
  const imported = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
  release = await dashboardOf(imported.summary, imported.format, 11);
  file = join(mkdtempSync(join(tmpdir(), 'continuum-e2e-')), 'dashboard.json');
  writeFileSync(file, `${JSON.stringify(release, null, 2)}\n`);
});

describe('the datasets view', () => {
  it('a caseworker uploads a dashboard file and sees its counts, suppressed cells as hidden', async () => {
    const page = await (await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${e2e.server.url}/#/assess`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Datasets' }).click();
    await page.getByLabel('Username').fill('casey');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('No dataset saved yet.').waitFor();

    await page.getByLabel('Name (optional)').fill('fixture 2024');
    await page.getByLabel('Upload a dashboard file (JSON)').setInputFiles(file);
    await page.locator('#dataset-heading').waitFor();
    expect(await page.locator('#dataset-heading').textContent()).toBe('fixture 2024');
    expect(await page.locator('#dataset-records').textContent()).toBe(String(release.records));

    const cell = (table: string, value: string) =>
      page.locator(`#${table} tr[data-value="${value}"] td`).first().textContent();
    // Distributions cover the whole code list (schemaVersion 2): the page lists the categories with
    // records and sums the zeros into one row, so pick a country that has some.
    const published = release.byCountryOfExploitation.find((c) => c.count !== null && c.count > 0)!;
    expect(await cell('ds-country', published.value)).toBe(String(published.count));
    const empty = release.byCountryOfExploitation.find((c) => c.count === 0)!;
    expect(await page.locator(`#ds-country tr[data-value="${empty.value}"]`).count()).toBe(0);
    expect(await page.locator('#ds-country tfoot td').textContent()).toBe('0');
    const suppressed = release.byYear.find((c) => c.count === null)!;
    expect(await cell('ds-year', suppressed.value)).toBe('hidden');
    const means = release.meansOfControl.items[0]!;
    expect(await cell('ds-means', means.item)).toBe(String(means.count));
    const band = release.byBand!.find((c) => c.count !== null && c.count > 0)!;
    expect(await page.locator(`#ds-band tr[data-value="${band.value}"] td`).textContent()).toBe(
      String(band.count),
    );

    // It is in the list after a reload, and opens again from there.
    await page.reload();
    await page.getByRole('button', { name: 'fixture 2024' }).click();
    await page.locator('#dataset-heading').waitFor();
    expect(await cell('ds-country', published.value)).toBe(String(published.count));

    // In French and Spanish: the page's words from the web catalogue, CTDC's codes and the bands in
    // words of the language, the saved list's date as the language writes it.
    const english = catalogue('en');
    for (const lang of ['fr', 'es'] as const) {
      const words = catalogue(lang);
      await page.locator('header select').first().selectOption(lang);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('main h1').textContent()).toBe(words['datasets.title']);
      const headings = await page.locator('main h3').allTextContents();
      for (const key of ['datasets.byYear', 'datasets.byBand', 'datasets.means', 'datasets.byCountry']) {
        expect(words[key], key).not.toBe(english[key]);
        expect(headings).toContain(words[key]);
      }
      expect(await cell('ds-year', suppressed.value)).toBe(words['datasets.hidden']);
      expect(await page.locator(`#ds-means tr[data-value="${means.item}"] th`).textContent()).toBe(
        words[`datasets.means.${means.item}`],
      );
      expect(await page.locator(`#ds-band tr[data-value="${band.value}"] th`).textContent()).toBe(
        bandLabel(band.value as Parameters<typeof bandLabel>[0], lang),
      );
      const saved = await page.locator('.dataset-list tbody td').last().textContent();
      const month = new Intl.DateTimeFormat(lang, { month: 'short' }).format(new Date());
      expect(saved).toContain(month);
      expect(await page.locator('[data-chart="ds-year-chart"]').getAttribute('aria-label')).toContain(
        words['datasets.byYear'],
      );
      expect(await axeViolations(page), lang).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
