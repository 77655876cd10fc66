// What the web app does beside the form, on a laptop and a phone: every verdict at a glance with
// what an answer changed, marked and announced; the skip link to the results; a focus ring that can
// be seen; what-if scenarios side by side; sex work law for this person; pathways on a chosen day
// and regime; the estimate's distribution with its seed and downloads; saved cases found, filtered
// and sorted, with their notes; and logging in that returns to where one was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import { compactAssessment } from '../../src/law/render/compact.js';
import { browserForTests, loadExample, logIn, openPage, PASSWORD, screenshot, viewports } from './harness.js';

const e2e = browserForTests();

const example = (name: string) =>
  JSON.parse(readFileSync(`examples/cases/${name}.json`, 'utf8')) as CaseFacts;

/** WCAG's contrast ratio of two CSS colours given as rgb()/rgba() strings. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(Object.entries(viewports))('on a %s', (size, viewport) => {
  it('marks and announces what an answer changed: "ILO C029: now not met"', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await loadExample(page, 'labour-trafficking-deception');
    // A replaced case is new: nothing is marked as changed.
    expect(await page.locator('.glance tr.changed').count()).toBe(0);
    // "Free to leave" defeats the menace of a penalty (C029 Art 2(1)).
    await page.locator('#section-control summary').click();
    await page.locator('[id="q-control.freeToLeave"]').getByLabel('Yes', { exact: true }).check();
    const changed = await page
      .locator('.glance tr.changed')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-glance')));
    expect(changed).toContain('ilo-forced-labour-convention');
    expect(await page.locator('.glance tr.changed .changed-tag').first().textContent()).toBe('changed');
    const announced = await page.locator('#verdict-announcer').textContent();
    expect(announced).toContain('ILO C029: now not met');
    expect(await page.locator('#verdict-announcer').getAttribute('aria-live')).toBe('polite');
    // An answer that changes no verdict clears the marks and says nothing.
    await page.locator('#case-title').fill('Edited title');
    await expect.poll(() => page.locator('.glance tr.changed').count()).toBe(0);
    expect(await page.locator('#verdict-announcer').textContent()).toBe('');
    await page.close({ runBeforeUnload: false });
  });

  it('shows the deciding articles beside every verdict, as the compact contract gives them', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await loadExample(page, 'smuggling-only');
    await page.locator('.results[data-updating="false"]').waitFor();
    const compact = compactAssessment(assess(example('smuggling-only')));
    for (const result of compact.instruments) {
      const row = page.locator(`.glance tr[data-glance="${result.id}"]`);
      expect(await row.locator('[data-verdict]').getAttribute('data-verdict')).toBe(result.verdict);
      const articles = [...new Set(result.decidedBy.flatMap((d) => (d.cite ? [d.cite.article] : [])))];
      expect(await row.locator('.glance-articles').textContent()).toBe(articles.join(', '));
    }
    await page.close({ runBeforeUnload: false });
  });

  it('a skip link leads to the results, and the focus ring stands out 3:1 from the page', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the results');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
    // Tab through the first controls of the page: each focus ring is 3 px and has contrast ≥ 3:1
    // against what is behind it (the page, or the header).
    await page.goto(`${e2e.server.url}/#/compare`);
    await page.locator('.compare-table').first().waitFor();
    const rings: Array<{ outline: string; width: string; background: string; what: string }> = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      rings.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          // What is behind the ring: the nearest ancestor with a background of its own.
          let node: HTMLElement | null = element.parentElement;
          let background = 'rgb(255, 255, 255)';
          while (node) {
            const bg = getComputedStyle(node).backgroundColor;
            if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
              background = bg;
              break;
            }
            node = node.parentElement;
          }
          return {
            outline: style.outlineColor,
            width: style.outlineWidth,
            background,
            what: element.textContent?.trim().slice(0, 20) ?? element.tagName,
          };
        }),
      );
    }
    for (const ring of rings) {
      expect(ring.width, ring.what).toBe('3px');
      expect(contrast(ring.outline, ring.background), ring.what).toBeGreaterThanOrEqual(3);
    }
    await page.close({ runBeforeUnload: false });
  });

  it('what-if: every scenario side by side with the case, with what it changed and why', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await loadExample(page, 'labour-trafficking-deception');
    await page.goto(`${e2e.server.url}/#/whatif`);
    const table = page.locator('.whatif-table');
    await table.waitFor();
    expect(await page.title()).toBe('What if · Continuum');
    // The case as recorded and five scenarios, as columns.
    expect(await table.locator('thead th').count()).toBe(7);
    // Safe reporting removes the threat of denunciation: the patch says so, with the reason.
    const safe = page.locator('.scenario', { has: page.locator('h2', { hasText: 'Safe reporting' }) });
    expect(await safe.locator('.patch').textContent()).toMatch(
      /denunciation to the authorities\?\s*yes → no/,
    );
    expect(await safe.locator('.patch .note').first().textContent()).toMatch(/^Because: /);
    // Changed cells are marked in words.
    expect(await table.locator('td.changed .changed-tag').count()).toBeGreaterThan(0);
    // Scenarios can be hidden.
    await page.getByRole('checkbox', { name: 'Citizen' }).uncheck();
    await expect.poll(() => table.locator('thead th').count()).toBe(6);
    await page.close({ runBeforeUnload: false });
  });

  it('sex work law: each regime, the case’s own country first, with the consequences for this person', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    // A case in the Netherlands: the Dutch regime comes first.
    await loadExample(page, 'labour-trafficking-deception');
    expect(example('labour-trafficking-deception').jurisdiction).toBe('NL');
    await page.goto(`${e2e.server.url}/#/sexwork`);
    const panels = page.locator('.sexwork .panel');
    await panels.first().waitFor();
    expect(await panels.count()).toBe(6);
    const regimes = await panels.evaluateAll((els) => els.map((el) => el.getAttribute('data-regime')));
    expect(regimes[0]).toBe('nl');
    expect(await panels.first().locator('h2').textContent()).toContain('Netherlands');
    expect(await panels.first().locator('.outcome dt').allTextContents()).toEqual(
      expect.arrayContaining(['Is selling an offence for them?', 'Immigration consequence']),
    );
    await page.close({ runBeforeUnload: false });
  });

  it('pathways: a day and a regime can be chosen, the case’s own country first', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await loadExample(page, 'labour-trafficking-deception');
    await page.goto(`${e2e.server.url}/#/pathways`);
    await page.locator('.pathways .panel').first().waitFor();
    const inForce = await page.locator('.pathways .panel').count();
    // Each regime's timeline is drawn, and said in words.
    await expect.poll(() => page.locator('.pathways .panel [data-chart] svg').count()).toBe(inForce);
    const shown = () =>
      page.locator('.pathways .panel').evaluateAll((els) => els.map((el) => el.getAttribute('data-regime')));
    // A Dutch case: the regimes that reach the Netherlands, not the British or American ones.
    expect(await shown()).toContain('eu-2004-81');
    expect(await shown()).not.toContain('us-t-visa');
    // 2008: the regimes of that day; the others, on request, say why they do not reach the case.
    await page.getByLabel('Day of identification').fill('2008-06-02');
    await expect.poll(shown).not.toContain('uk-naba-2023');
    await page.getByRole('button', { name: /^Show the other \d+ as well$/ }).click();
    await expect.poll(shown).toContain('uk-2008');
    expect(await shown()).not.toContain('uk-nrm-2009');
    expect(await page.locator('[data-regime="uk-2008"] .note').allTextContents()).toContainEqual(
      expect.stringMatching(/^Does not reach this case’s country: /),
    );
    // One regime chosen: only it, even out of force.
    await page.getByLabel('Regime').selectOption('us-t-visa');
    await expect.poll(() => page.locator('.pathways .panel').count()).toBe(1);
    await page.close({ runBeforeUnload: false });
  });

  it('estimate: the distribution behind the interval, the same for the same seed, with CSV and JSON downloads', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await page.goto(`${e2e.server.url}/#/estimate`);
    await page.getByLabel('Load example lists').selectOption('kosovo');
    await expect.poll(() => page.getByLabel('Lists (CSV)').inputValue()).toContain('count');
    await page.getByLabel(/^Bootstrap replicates/).fill('50');
    await page.getByLabel(/^Seed/).fill('7');
    const run = async () => {
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.locator('[data-chart="distribution"] svg').waitFor({ timeout: 90_000 });
      return page.locator('#estimate-heading').textContent();
    };
    const first = await run();
    expect(first).toMatch(/^About [\d,]+ people \(95% interval [\d,]+–[\d,]+\)/);
    // The model is named by its lists, never by digits.
    expect(await page.locator('.estimate .panel').textContent()).not.toMatch(/\[\d/);
    expect(await page.locator('[data-chart="distribution"] svg rect').count()).toBeGreaterThan(3);
    const again = await run();
    expect(again).toBe(first);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toBe(
      'row,model,interactions,estimate,lower,upper,level,interval method,bic,identified',
    );
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const body = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(body.report.interval.method).toBe('bca-bootstrap');
    expect(body.distribution.length).toBeGreaterThan(10);
    if (size === 'desktop') await screenshot(page, 'estimate-result', true);
    await page.close({ runBeforeUnload: false });
  });

  it('saved cases: notes kept with the case, found by title, filtered by verdict, sorted', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await logIn(page, e2e.server, 'casey');
    for (const [name, title] of [
      ['smuggling-only', `Zeta smuggling ${size}`],
      ['labour-trafficking-deception', `Alpha deception ${size}`],
    ] as const) {
      await page.goto(`${e2e.server.url}/#/assess`);
      await loadExample(page, name);
      await page.locator('#case-title').fill(title);
      await page.locator('#case-notes').fill(`Notes for ${title}`);
      await page.getByRole('button', { name: 'Save case' }).click();
      await expect.poll(() => page.locator('.case-tools .status').textContent()).toMatch(/Saved as/);
    }
    await page.goto(`${e2e.server.url}/#/cases`);
    const rows = page.locator('.case-list tbody tr');
    await rows.first().waitFor();
    await page.getByLabel('Search by title or reference').fill(size);
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Sort by').selectOption({ label: 'title, A to Z' });
    expect(await rows.locator('strong').allTextContents()).toEqual([
      `Alpha deception ${size}`,
      `Zeta smuggling ${size}`,
    ]);
    await page.getByLabel('Verdict under').selectOption({ label: 'Palermo Protocol' });
    await page.getByLabel('is', { exact: true }).selectOption({ label: 'met' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.locator('strong').textContent()).toBe(`Alpha deception ${size}`);
    // Opened again, the case has its notes.
    await rows.getByRole('button', { name: /Open/ }).click();
    await expect
      .poll(() => page.locator('#case-notes').inputValue())
      .toBe(`Notes for Alpha deception ${size}`);
    await page.close({ runBeforeUnload: false });
  });

  it('logging in from "Log in to save" returns to the form, with the case as it was', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewport);
    await page.locator('#case-title').fill('Before logging in');
    await page.getByRole('link', { name: 'Log in to save' }).click();
    await page.getByLabel('Username').fill('casey');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/#\/assess$/);
    expect(await page.title()).toBe('Assess · Continuum');
    expect(await page.locator('#case-title').inputValue()).toBe('Before logging in');
    expect(await page.getByRole('button', { name: 'Save case' }).isVisible()).toBe(true);
    await page.close({ runBeforeUnload: false });
  });
});

describe('on a laptop screen', () => {
  it('shows every verdict at a glance, without scrolling', async () => {
    const page = await openPage(e2e.browser, e2e.server, viewports.desktop);
    await loadExample(page, 'domestic-servitude');
    const rows = page.locator('.glance tbody tr');
    expect(await rows.count()).toBe(instruments.length);
    const bottoms = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(viewports.desktop.height);
    // Still so once the form has been scrolled down (the results stay in view).
    await page.locator('#section-work summary').click();
    await page.locator('#section-work').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1500);
    const after = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    expect(after.every((r) => r.top >= 0 && r.bottom <= viewports.desktop.height)).toBe(true);
    await screenshot(page, 'assess-desktop-scrolled');
    await page.close({ runBeforeUnload: false });
  });
});
