// Every page of the web app in the pseudo-locale `xx` (English with every letter accented and ~30%
// longer, made from the English catalogues: src/i18n/pseudo.ts), on a laptop (1366×768) and on a
// phone 360 px wide, logged in as an administrator with a saved case, a dataset and an estimate
// shown, so that each page shows what it has: any plain ASCII word left on the screen is text that
// does not go through the catalogues, and anything wider than the screen is a layout that only
// fits English. Text that must stay as written is marked
// translate="no" in the page (citations such as "Art 3(a)", the case's own title and notes, the
// names of the languages in the switch) and is not read.
//
// Allowed too, and only while it lasts: the words the domain itself does not yet give in other
// languages — a rule's label or note for which ruleLabel / ruleNote (src/law/render/labels.ts)
// still return the English (no translation written), the law's notes on when and where it applies (src/law/binding), the
// titles of the protection regimes, the words of the continuum's picture (src/continuum/svg.ts
// draws it in English). They are worked out here from the domain for the case shown, so that each
// one stops being allowed as soon as the domain translates it.
//
// And, as they are not words of any language: the references of saved cases and datasets
// (`c-…`, `d-…`, pseudonymous ids a person quotes), the certainty tags [V] [S] [M] and the Delphi
// dimensions D1–D6 (codes the glossary explains), the instruments' names as their citations give
// them (citations stay as the instrument cites them), and the estimate methods' names (stepwise, bic,
// dga…: as the command line, the API and the literature name them). Last, a part of a page the
// domain fills with English it does not yet translate: the estimate's warnings (src/estimate;
// README, "Languages").
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { continuumReport } from '../../src/continuum/index.js';
import { continuumSvg } from '../../src/continuum/svg.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { dashboardOf } from '../../src/data/dashboard.js';
import { ESTIMATE_METHODS } from '../../src/estimate/options.js';
import { validateFacts } from '../../src/facts/validate.js';
import { translator } from '../../src/i18n/index.js';
import { assess } from '../../src/law/assess.js';
import { instruments } from '../../src/law/instruments/index.js';
import type { Finding } from '../../src/law/logic/evaluate.js';
import { ruleLabel, ruleNote } from '../../src/law/render/labels.js';
import { regimes } from '../../src/pathways/regimes/index.js';
import { words } from '../../src/pathways/words.js';
import { browserForTests, PASSWORD, viewports } from './harness.js';

const example = 'labour-trafficking-deception';

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Not words of a language (see the header): ids of saved cases and datasets, certainty tags, dimensions. */
const codes = [/\b[cd]-[a-z0-9]{12}\b/g, /\[[VSM]\]/g, /\bD[1-6]\b/g];

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
  for (const regime of regimes) if (words(xx, regime.title) === regime.title) english.add(regime.title);
  for (const method of ESTIMATE_METHODS) english.add(method);
  // Citations stay as the instrument cites them: its name as cited (the pathways' bases name them so).
  for (const instrument of instruments) english.add(instrument.citation.instrument);
  const report = continuumReport(checked.facts, 'xx');
  for (const [, text] of continuumSvg(report.profile, report.band).matchAll(/>([^<]+)</g))
    if (text.trim()) english.add(unescapeXml(text.trim()));
  return [...english].filter((text) => /[A-Za-z]/.test(text)).sort((a, b) => b.length - a.length);
}

/** A dashboard release made by the import from a fixture, for the Datasets page to show. */
let dashboardFile: string;

const e2e = browserForTests(async () => {
  const imported = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
  dashboardFile = join(mkdtempSync(join(tmpdir(), 'continuum-e2e-')), 'dashboard.json');
  writeFileSync(dashboardFile, JSON.stringify(await dashboardOf(imported.summary, imported.format, 11)));
});

/**
 * The visible text nodes of the page that hold a plain ASCII letter, outside translate="no", once
 * the domain's untranslated texts (`allowed`, longest first) are taken out.
 */
function plainText(page: Page, allowed: string[]): Promise<string[]> {
  const patterns = codes.map((code) => code.source);
  return page.evaluate(
    ([allowed, patterns]) => {
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!/[A-Za-z]/.test(text)) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest('[translate="no"], script, style, noscript, .estimate ul.warnings'))
          continue;
        // What is shown: not hidden by CSS, not in a closed <details> (its summary is shown).
        if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
        const details = parent.closest('details');
        if (details && !details.open && !parent.closest('summary')) continue;
        if (parent.closest('select') && !(parent as HTMLOptionElement).selected) continue;
        const trimmed = text.trim();
        if (allowed.some((english) => english.includes(trimmed))) continue;
        let rest = trimmed;
        for (const english of allowed) rest = rest.split(english).join('');
        for (const pattern of patterns) rest = rest.replace(new RegExp(pattern, 'g'), '');
        if (/[A-Za-z]/.test(rest)) found.add(trimmed.slice(0, 120));
      }
      return [...found];
    },
    [allowed, patterns] as const,
  );
}

type Visit = { id: string; prepare?: (page: Page) => Promise<void> };

/** Every route of the app, and what shows that its content is all there. */
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
  { id: 'continuum', prepare: (page) => page.locator('#band-heading').waitFor() },
  { id: 'whatif', prepare: (page) => page.locator('.whatif-table').first().waitFor() },
  { id: 'pathways', prepare: (page) => page.locator('.pathways .panel .chart-box svg').first().waitFor() },
  { id: 'sexwork', prepare: (page) => page.locator('.sexwork .panel').first().waitFor() },
  {
    id: 'estimate',
    prepare: async (page) => {
      await page.locator('#est-example').selectOption('kosovo');
      await page.locator('.estimate button[type="submit"]').click();
      await page.locator('#estimate-heading').waitFor({ timeout: 60_000 });
    },
  },
  { id: 'cases', prepare: (page) => page.locator('main table tbody tr').first().waitFor() },
  {
    id: 'datasets',
    prepare: async (page) => {
      await page.locator('.dataset-list button').first().click();
      await page.locator('#dataset-heading').waitFor();
      await page.locator('[data-chart="ds-year-chart"] svg').waitFor();
    },
  },
  { id: 'glossary', prepare: (page) => page.locator('#g-bands').waitFor() },
  { id: 'account', prepare: (page) => page.locator('main table').first().waitFor() },
];

/**
 * A browser in the pseudo-locale at one screen size, logged in as the administrator (through the
 * login form, in the pseudo-locale), with the example case loaded and saved and a dataset uploaded.
 */
async function pseudoPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport });
  await context.addInitScript(() => localStorage.setItem('continuum.lang', 'xx'));
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/#/account`);
  await page.locator('#login-username').fill('ada');
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('.login button[type="submit"], form button[type="submit"]').first().click();
  await page.locator('main table').first().waitFor();
  await page.goto(`${e2e.server.url}/#/assess`);
  await page.locator('main h1').first().waitFor();
  // An example case with answers of every kind (numbers, countries, choices), loaded as a person would.
  await page.locator('.case-tools select').selectOption(example);
  await page.waitForFunction(() => (document.querySelector('.case-tools .status')?.textContent ?? '') !== '');
  await page.locator('.case-tools button.primary').click();
  await page.locator('.save-state[data-unsaved="false"]').waitFor();
  await page.goto(`${e2e.server.url}/#/datasets`);
  await page.locator('#ds-file').setInputFiles(dashboardFile);
  await page.locator('#dataset-heading').waitFor();
  return page;
}

const sizes = { laptop: viewports.desktop, phone: { width: 360, height: 780 } };

describe('the pseudo-locale', () => {
  it('is chosen by the tests alone: <html lang="xx">', async () => {
    const context = await e2e.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('continuum.lang', 'xx'));
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/#/assess`);
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('xx');
    await context.close();
  });

  it.each(Object.entries(sizes))(
    'on a %s, shows no text that skipped the catalogues on any page, and nothing scrolls sideways',
    async (_size, viewport) => {
      const allowed = untranslatedByTheDomain();
      const page = await pseudoPage(viewport);
      const plain: Record<string, string[]> = {};
      const overflow: Record<string, number> = {};
      for (const v of visits) {
        await page.goto(`${e2e.server.url}/#/${v.id}`);
        await page.locator('main h1').first().waitFor();
        await v.prepare?.(page);
        const words = await plainText(page, allowed);
        if (words.length > 0) plain[v.id] = words;
        const wider = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (wider > 0) overflow[v.id] = wider;
      }
      expect({ plain, overflow }).toEqual({ plain: {}, overflow: {} });
      await page.context().close();
    },
  );
});
