// Nothing typed is lost silently: the case survives a reload (a draft in IndexedDB), "unsaved
// changes" is shown, replacing a case with changes asks first, and leaving the page warns.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests, loadExample, logIn, openPage, viewports } from './harness.js';

const e2e = browserForTests();

const unsaved = (page: Page) => page.locator('.save-state').getAttribute('data-unsaved');
/** Waits until the latest change has been written to the browser's storage. */
const draftKept = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('.save-state')?.textContent?.includes('keeping'));

describe.each(Object.entries(viewports))('on a %s', (_size, viewport) => {
  it('keeps the case through a reload, and says it has unsaved changes', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    expect(await unsaved(page)).toBe('false');
    await page.locator('#case-title').fill('Draft that must survive');
    await page.locator('#case-notes').fill('Met at the shelter; story told in two interviews.');
    await page
      .locator('[id="q-person.permanentResidentOfJurisdiction"]')
      .getByLabel('No', { exact: true })
      .check();
    expect(await unsaved(page)).toBe('true');
    expect(await page.locator('.save-state').textContent()).toContain('Unsaved changes');
    await draftKept(page);

    page.once('dialog', (dialog) => void dialog.accept()); // the leaving warning, if any
    await page.reload();
    await page.locator('.results .result').first().waitFor();
    expect(await page.locator('#case-title').inputValue()).toBe('Draft that must survive');
    expect(await page.locator('#case-notes').inputValue()).toBe(
      'Met at the shelter; story told in two interviews.',
    );
    expect(
      await page
        .locator('[id="q-person.permanentResidentOfJurisdiction"]')
        .getByLabel('No', { exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await unsaved(page)).toBe('true');
    await page.close({ runBeforeUnload: false });
  });

  it('asks before an example, an import or a new case replaces unsaved changes', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await page.locator('#case-title').fill('Half-typed case');
    // Declined: the case stays as it was.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.locator('.select-label select').selectOption('smuggling-only');
    await expect.poll(() => asked).toMatch(/not been saved/);
    expect(await page.locator('#case-title').inputValue()).toBe('Half-typed case');

    asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.locator('.file-button input[type="file"]').setInputFiles('examples/cases/smuggling-only.json');
    await expect.poll(() => asked).toMatch(/not been saved/);
    expect(await page.locator('#case-title').inputValue()).toBe('Half-typed case');

    // Accepted: replaced, and the example as loaded has nothing unsaved.
    await loadExample(page, 'smuggling-only');
    expect(await page.locator('#case-title').inputValue()).not.toBe('Half-typed case');
    expect(await unsaved(page)).toBe('false');
    // A case with no changes is replaced without a question.
    let questions = 0;
    page.on('dialog', (dialog) => {
      questions += 1;
      void dialog.accept();
    });
    await page.locator('.select-label select').selectOption('domestic-servitude');
    await page.getByText('Loaded the example “domestic servitude”.').waitFor();
    expect(questions).toBe(0);
    await page.close({ runBeforeUnload: false });
  });

  it('warns on leaving the page with unsaved changes, and not without', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    // A page nobody has touched leaves without a word.
    let warned = false;
    page.on('dialog', (dialog) => {
      warned = dialog.type() === 'beforeunload';
      void dialog.accept();
    });
    await page.locator('#case-title').fill('Unsaved');
    await draftKept(page);
    const closed = new Promise((resolve) => page.once('close', resolve));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(warned).toBe(true);

    const clean = await openPage(e2e.browser, e2e.server, viewport);
    let cleanWarned = false;
    clean.on('dialog', (dialog) => {
      cleanWarned = true;
      void dialog.accept();
    });
    await clean.locator('#case-title').click(); // a user gesture, which a warning would need
    const cleanClosed = new Promise((resolve) => clean.once('close', resolve));
    await clean.close({ runBeforeUnload: true });
    await cleanClosed;
    expect(cleanWarned).toBe(false);
  });

  it('asks before opening a saved case over unsaved changes, and a reopened case knows when it is edited', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await logIn(page, e2e.server, 'casey');
    await page.goto(`${e2e.server.url}/#/assess`);
    await loadExample(page, 'debt-bondage-brick-kiln');
    const title = `Saved ${viewport.width}`;
    await page.locator('#case-title').fill(title);
    await page.getByRole('button', { name: 'Save case' }).click();
    await expect.poll(() => page.locator('.case-tools .status').textContent()).toMatch(/Saved as c-/);
    expect(await unsaved(page)).toBe('false');
    await page.locator('#case-title').fill(`${title} (edited)`);
    expect(await unsaved(page)).toBe('true');

    await page.goto(`${e2e.server.url}/#/cases`);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page
      .locator('.case-list tbody tr', { hasText: title })
      .first()
      .getByRole('button', { name: /Open/ })
      .click();
    await expect.poll(() => asked).toMatch(/not been saved/);
    await page.goto(`${e2e.server.url}/#/assess`);
    expect(await page.locator('#case-title').inputValue()).toBe(`${title} (edited)`);
    await page.close({ runBeforeUnload: false });
  });
});
