// Which law binds the case, in the browser: Compare puts what binds the case's country first and
// greys out the rest with the reason; Pathways offers the regimes of that country, the others on
// request; the ratification timeline is drawn in the page.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForTests } from './harness.js';

const e2e = browserForTests(async () => {
  mkdirSync('test-results', { recursive: true });
});

async function withExample(example: string): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => {
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  });
  await page.goto(`${e2e.server.url}/#/assess`);
  await page.locator('.results .result').first().waitFor();
  await page.locator('.select-label select').selectOption(example);
  await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
  return page;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

describe('which law binds the case', () => {
  it('Compare groups what binds the country first, greys out the rest with the reason, and draws the timeline', async () => {
    // A case in India: the UN and ILO instruments bind it; European law does not.
    const page = await withExample('debt-bondage-brick-kiln');
    await nav(page, 'Compare');
    await page.locator('#group-binds').waitFor();
    const headings = await page.locator('.compare h2').allTextContents();
    expect(headings[0]).toMatch(/^Binding on /);
    const unbound = page.locator('.compare-table tr.unbound');
    expect(await unbound.count()).toBeGreaterThan(0);
    expect(await unbound.first().textContent()).toMatch(
      /not yet a party|outside|not among|takes no part|no longer/i,
    );
    await page.locator('#parties-timeline').waitFor();
    expect(await page.locator('.compare .panel svg').count()).toBe(1);
    await page.screenshot({ path: 'test-results/compare-binding.png', fullPage: true });
    await page.close();
  });

  it('Pathways offers the regimes of the case’s country, and the others on request', async () => {
    const page = await withExample('labour-trafficking-deception');
    await nav(page, 'Pathways');
    await page.locator('.pathways h1').waitFor();
    const shown = await page.locator('.pathways section.panel').count();
    const toggle = page.getByRole('button', { name: /Show the other/ });
    if ((await toggle.count()) > 0) {
      await toggle.click();
      expect(await page.locator('.pathways section.panel').count()).toBeGreaterThan(shown);
      expect(await page.locator('.pathways').textContent()).toContain('Does not reach this case’s country');
    }
    await page.screenshot({ path: 'test-results/pathways-binding.png', fullPage: true });
    await page.close();
  });
});
