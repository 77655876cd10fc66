// The printable report and the print view of Compare, printed to PDF by chromium: a case file
// takes one to three A4 pages, the full explanations only when asked for as an appendix.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/law/instruments/index.js';
import { browserForTests, loadExample, openPage, pdfPageCount, screenshot, viewports } from './harness.js';

const e2e = browserForTests();

const examples = readdirSync('examples/cases').map((file) => file.replace(/\.json$/, ''));

describe('the printable report', () => {
  it('fits every example case, and an empty one, in one to three A4 pages', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewports.desktop);
    const counts: Record<string, number> = {};
    for (const name of ['(a new, empty case)', ...examples]) {
      await page.goto(`${e2e.server.url}/#/assess`);
      if (name.startsWith('(')) {
        await loadExample(page, 'smuggling-only');
        await page.getByRole('button', { name: 'New case' }).click();
        await page.getByText('New case.').waitFor();
      } else await loadExample(page, name);
      await page.goto(`${e2e.server.url}/#/report`);
      await page.locator('[data-report-ready="true"]').waitFor();
      counts[name] = pdfPageCount(await page.pdf({ format: 'A4' }));
    }
    for (const [name, pages] of Object.entries(counts)) {
      expect(pages, name).toBeGreaterThanOrEqual(1);
      expect(pages, name).toBeLessThanOrEqual(3);
    }
    await page.close();
  });

  it('holds the facts as recorded, the deciding elements with their articles, open questions, band and pathways', async () => {
    for (const [size, viewport] of Object.entries(viewports)) {
      const page = await openPage(e2e.browser, e2e.server, viewport);
      await loadExample(page, 'mostly-unknown');
      await page.getByRole('button', { name: 'Printable report' }).click();
      const report = page.locator('.report[data-report-ready="true"]');
      await report.waitFor();
      expect(await page.title()).toBe('Printable report · Continuum');
      // Facts: the questions answered, with the country by its name.
      expect(await report.locator('.facts-given').textContent()).toContain('Italy');
      // Every instrument once, each with what decided it and an article.
      expect(await report.locator('.report-verdicts tbody tr').count()).toBe(instruments.length);
      expect(await report.locator('.report-verdicts .deciders cite').count()).toBeGreaterThan(10);
      expect(await report.locator('.open-questions li').count()).toBeGreaterThan(0);
      expect(await report.textContent()).toMatch(/Band: between Decent work and Slavery/);
      expect(await report.locator('.report-pathways tbody tr').count()).toBeGreaterThan(0);
      // No explanation tree unless asked for.
      expect(await report.locator('.tree').count()).toBe(0);
      const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
      expect(pages).toBeLessThanOrEqual(3);
      if (size === 'desktop') await screenshot(page, 'report', true);

      // The appendix, on request: every instrument's whole tree, and many more pages.
      await page.getByLabel(/full explanations as an appendix/).check();
      await report.locator('.appendix .tree').first().waitFor();
      expect(await report.locator('.appendix-instrument').count()).toBe(instruments.length);
      expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(pages + 3);
      await page.close();
    }
  });
});

describe('the print view of Compare', () => {
  it('prints every instrument in at most three A4 pages, without the navigation', async () => {
    for (const name of ['mostly-unknown', 'labour-trafficking-deception', 'smuggling-only']) {
      const page = await openPage(e2e.browser, e2e.server, viewports.desktop);
      await loadExample(page, name);
      await page.goto(`${e2e.server.url}/#/compare`);
      await page.locator('.compare-table').first().waitFor();
      expect(pdfPageCount(await page.pdf({ format: 'A4' })), name).toBeLessThanOrEqual(3);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await page.locator('.print-only').textContent()).toMatch(/^Case: \S/);
      await page.close();
    }
  });
});
