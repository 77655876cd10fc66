// Every page of the web app in the pseudo-locale `xx` (English with every letter accented and ~30%
// longer, made from the English catalogues: src/i18n/pseudo.ts), on a phone 360 px wide: any plain
// ASCII word left on the screen is text that does not go through the catalogues, and anything wider
// than the screen is a layout that only fits English. Text that must stay as written is marked
// translate="no" in the page (citations such as "Art 3(a)", the case's own title and notes, the
// names of the languages in the switch) and is not read.
//
// Allowed too, and only while it lasts: the words the domain itself does not yet give in other
// languages — a rule's label or note for which ruleLabel / ruleNote (src/law/render/labels.ts)
// still return the English (no translation written), the law's notes on when and where it applies (src/law/binding), the
// titles of the protection regimes. They are worked out here from the domain for the case shown,
// so that each one stops being allowed as soon as the domain translates it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFacts } from '../../src/facts/validate.js';
import { translator } from '../../src/i18n/index.js';
import { assess } from '../../src/law/assess.js';
import type { Finding } from '../../src/law/logic/evaluate.js';
import { ruleLabel, ruleNote } from '../../src/law/render/labels.js';
import { regimes } from '../../src/pathways/regimes/index.js';
import { haveChromium, launchBrowser, type Running, startServer } from './harness.js';

const example = 'labour-trafficking-deception';

/** What the domain still says in English about the example case (see the header). */
function untranslatedByTheDomain(): string[] {
  const checked = validateFacts(JSON.parse(readFileSync(`examples/cases/${example}.json`, 'utf8')));
  if (!checked.ok) throw new Error(`examples/cases/${example}.json is not valid`);
  const xx = translator('xx');
  const english = new Set<string>();
  const visit = (node: Finding): void => {
    if (ruleLabel(xx, node) === node.label) english.add(node.label);
    if (node.note && ruleNote(xx, node) === node.note) english.add(node.note);
    for (const child of node.children ?? []) visit(child);
  };
  for (const result of assess(checked.facts).instruments) {
    visit(result.elements);
    for (const remark of result.remarks) visit(remark);
    for (const note of result.notes) english.add(note);
    english.add(result.applicability.reason);
    english.add(result.applicability.binding.reason);
  }
  for (const regime of regimes) english.add(regime.title);
  return [...english].filter((text) => /[A-Za-z]/.test(text)).sort((a, b) => b.length - a.length);
}

let server: Running;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium)
    throw new Error('chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The visible text nodes of the page that hold a plain ASCII letter, outside translate="no", once
 * the domain's untranslated texts (`allowed`, longest first) are taken out.
 */
function plainText(page: Page, allowed: string[]): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[A-Za-z]/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate="no"], script, style, noscript')) continue;
      // What is shown: not hidden by CSS, not in a closed <details> (its summary is shown).
      if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      const details = parent.closest('details');
      if (details && !details.open && !parent.closest('summary')) continue;
      if (parent.closest('select') && !(parent as HTMLOptionElement).selected) continue;
      const trimmed = text.trim();
      if (allowed.some((english) => english.includes(trimmed))) continue;
      let rest = trimmed;
      for (const english of allowed) rest = rest.split(english).join('');
      if (/[A-Za-z]/.test(rest)) found.add(trimmed.slice(0, 120));
    }
    return [...found];
  }, allowed);
}

type Visit = { id: string; prepare?: (page: Page) => Promise<void> };

const visits: Visit[] = [
  {
    id: 'assess',
    prepare: async (page) => {
      await page.locator('.results[data-updating="false"]').waitFor();
      await page.locator('[data-instrument="un-trafficking-protocol"] .why > summary').click();
      await page.locator('[data-instrument="un-trafficking-protocol"] .why .tree').first().waitFor();
      // Every section of the form open, with its questions.
      await page.evaluate(() => {
        document.querySelectorAll<HTMLDetailsElement>('details.section').forEach((section) => {
          section.open = true;
        });
      });
    },
  },
  {
    id: 'compare',
    prepare: async (page) => {
      await page.locator('.compare-table').first().waitFor();
      await page.locator('#parties-timeline').waitFor();
    },
  },
  {
    id: 'report',
    prepare: async (page) => {
      await page.locator('.report[data-report-ready="true"]').waitFor();
      await page.locator('.report .toolbar input[type="checkbox"]').check();
      await page.locator('.appendix .tree').first().waitFor();
    },
  },
];

async function pseudoPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  await context.addInitScript(() => localStorage.setItem('continuum.lang', 'xx'));
  const page = await context.newPage();
  await page.goto(`${server.url}/#/assess`);
  await page.locator('main h1').first().waitFor();
  // An example case with answers of every kind (numbers, countries, choices), loaded as a person would.
  await page.locator('.case-tools select').selectOption(example);
  await page.waitForFunction(() => (document.querySelector('.case-tools .status')?.textContent ?? '') !== '');
  return page;
}

describe('the pseudo-locale, on a phone 360 px wide', () => {
  it('is chosen by the tests alone: <html lang="xx">', async () => {
    const page = await pseudoPage();
    expect(await page.locator('html').getAttribute('lang')).toBe('xx');
    await page.context().close();
  });

  it('shows no text that skipped the catalogues, and nothing scrolls sideways', async () => {
    const allowed = untranslatedByTheDomain();
    const page = await pseudoPage();
    const plain: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    for (const v of visits) {
      await page.goto(`${server.url}/#/${v.id}`);
      await page.locator('main h1').first().waitFor();
      await v.prepare?.(page);
      const words = await plainText(page, allowed);
      if (words.length > 0) plain[v.id] = words;
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (wider > 0) overflow[v.id] = wider;
    }
    expect(plain).toEqual({});
    expect(overflow).toEqual({});
    await page.context().close();
  });
});
