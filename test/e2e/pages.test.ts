// Every page of the app, as a person sees it, on a laptop (1366×768) and a phone (390×844): its
// visible text has no fact path, id or code (`\w+\.\w+` paths, instrument, regime and scenario ids,
// enum codes); nothing scrolls sideways at 360 px; axe-core finds no violation; each page has its
// own title. The README's screenshots are taken here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bandIds } from '../../src/continuum/bands.js';
import { scenarios } from '../../src/continuum/scenarios.js';
import { importCtdc } from '../../src/data/ctdc-import.js';
import { dashboardOf } from '../../src/data/dashboard.js';
import { allQuestionPaths } from '../../src/facts/questions.js';
import { exploitationKinds, immigrationStatuses, recruiters, sectors } from '../../src/facts/schema.js';
import { instruments } from '../../src/law/instruments/index.js';
import { regimes } from '../../src/pathways/regimes/index.js';
import { sexworkRegimes } from '../../src/pathways/sexwork/index.js';
import {
  axeViolations,
  browserForTests,
  loadExample,
  logIn,
  openPage,
  screenshot,
  type ViewportName,
  viewports,
} from './harness.js';

let dashboardFile: string;

const e2e = browserForTests(async () => {
  const imported = await importCtdc('test/fixtures/ctdc/ctdc-synthetic-2024.csv');
  dashboardFile = join(mkdtempSync(join(tmpdir(), 'continuum-e2e-')), 'dashboard.json');
  writeFileSync(dashboardFile, JSON.stringify(await dashboardOf(imported.summary, imported.format, 11)));
});

// What must never be read on a page: dotted paths, and every id or code of the domain that is not
// a plain word (ids with a hyphen or an underscore, camelCase fact names).
// (Two letters at least on each side: "e.g." and initials such as "C.N. and V. v France" are words.)
const dotted = /\b[A-Za-z_][\w-]+\.[A-Za-z_][\w-]+\b/g;
const notWords = (ids: Iterable<string>) => [...ids].filter((id) => /[-_]|[a-z][A-Z]/.test(id));
const codes = new Set(
  notWords([
    ...instruments.map((i) => i.id),
    ...regimes.map((r) => r.id),
    ...sexworkRegimes.map((r) => r.id),
    ...scenarios.map((s) => s.id),
    ...bandIds,
    ...immigrationStatuses,
    ...recruiters,
    ...exploitationKinds,
    ...sectors,
    ...allQuestionPaths().flatMap((path) => path.split('.')),
  ]),
);

function internalVocabulary(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(dotted)) found.add(match[0]);
  for (const word of text.split(/[^\w-]+/)) if (codes.has(word)) found.add(word);
  return [...found];
}

/**
 * A page, what makes it show what it can (`prepare`), and what it shows on request beyond its
 * screenshot (`more`: the report's appendix, an open explanation).
 */
type Visit = {
  id: string;
  title: string;
  prepare?: (page: Page) => Promise<void>;
  more?: (page: Page) => Promise<void>;
};

const visits: Visit[] = [
  {
    id: 'assess',
    title: 'Assess',
    prepare: (page) => page.locator('.results[data-updating="false"]').waitFor(),
    more: async (page) => {
      await page.locator('[data-instrument="un-trafficking-protocol"] .why > summary').click();
      await page.locator('[data-instrument="un-trafficking-protocol"] .why .tree').first().waitFor();
    },
  },
  { id: 'compare', title: 'Compare', prepare: (page) => page.locator('.compare-table').first().waitFor() },
  { id: 'continuum', title: 'Continuum', prepare: (page) => page.locator('#band-heading').waitFor() },
  { id: 'whatif', title: 'What if', prepare: (page) => page.locator('.whatif-table').waitFor() },
  {
    id: 'pathways',
    title: 'Pathways',
    prepare: (page) => page.locator('.pathways .panel .chart-box svg').first().waitFor(),
  },
  {
    id: 'sexwork',
    title: 'Sex work law',
    prepare: (page) => page.locator('.sexwork .panel').first().waitFor(),
  },
  {
    id: 'estimate',
    title: 'Estimate',
    prepare: async (page) => {
      await page.getByLabel('Load example lists').selectOption('kosovo');
      await expect.poll(() => page.getByLabel('Lists (CSV)').inputValue()).toContain('count');
      await page.getByLabel(/^Bootstrap replicates/).fill('60');
      await page.getByRole('button', { name: 'Estimate', exact: true }).click();
      await page.locator('[data-chart="distribution"] svg').waitFor({ timeout: 90_000 });
    },
  },
  {
    id: 'cases',
    title: 'Saved cases',
    prepare: (page) =>
      page
        .locator('.case-list')
        .waitFor()
        .then(() => {}),
  },
  {
    id: 'datasets',
    title: 'Datasets',
    prepare: async (page) => {
      await page
        .getByText(/No dataset saved yet|Kind of data/)
        .first()
        .waitFor();
      if ((await page.locator('.dataset-list').count()) === 0)
        await page.getByLabel('Upload a dashboard file (JSON)').setInputFiles(dashboardFile);
      else await page.locator('.dataset-list button').first().click();
      await page.locator('[data-chart="ds-year-chart"] svg').waitFor();
    },
  },
  { id: 'glossary', title: 'Glossary', prepare: (page) => page.getByText('Decent work').first().waitFor() },
  { id: 'account', title: 'Account', prepare: (page) => page.locator('.audit tbody tr').first().waitFor() },
  {
    id: 'report',
    title: 'Printable report',
    prepare: (page) => page.locator('.report[data-report-ready="true"]').waitFor(),
    more: async (page) => {
      await page.getByLabel(/full explanations as an appendix/).check();
      await page.locator('.appendix .tree').first().waitFor();
    },
  },
];

async function setUp(size: ViewportName): Promise<Page> {
  const page = await openPage(e2e.browser, e2e.server, viewports[size]);
  await logIn(page, e2e.server, 'ada');
  await page.goto(`${e2e.server.url}/#/assess`);
  await loadExample(page, 'labour-trafficking-deception');
  // Saved, so that the saved cases, the report and the audit log have something to show.
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect.poll(() => page.locator('.case-tools .status').textContent()).toMatch(/Saved as/);
  return page;
}

async function visit(page: Page, v: Visit): Promise<void> {
  await page.goto(`${e2e.server.url}/#/${v.id}`);
  await page.locator('main h1').first().waitFor();
  await v.prepare?.(page);
}

describe('the scan for internal vocabulary', () => {
  it('finds paths, ids and codes, and passes words', () => {
    expect(
      internalVocabulary(
        'Read exploitation.treatedAsProperty, then uk-naba-2023 and us-tvpa › tied_work_visa.',
      ),
    ).toEqual([
      'exploitation.treatedAsProperty',
      'treatedAsProperty',
      'uk-naba-2023',
      'us-tvpa',
      'tied_work_visa',
    ]);
    expect(
      internalVocabulary('Siliadin v France; C.N. and V. v France (e.g. a tied work visa), ILO C029.'),
    ).toEqual([]);
  });
});

describe.each(Object.keys(viewports) as ViewportName[])('every page on a %s', (size) => {
  it('says everything in words: no fact path, id or code in the visible text', async () => {
    const page = await setUp(size);
    const found: Record<string, string[]> = {};
    for (const v of visits) {
      await visit(page, v);
      expect(await page.title()).toBe(`${v.title} · Continuum`);
      await screenshot(page, `${v.id}-${size}`, size === 'desktop' && v.id !== 'assess');
      await v.more?.(page);
      // What is shown, not what is in the DOM: hidden text (closed details, print-only) is not read.
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the visible text, as intended
      const words = internalVocabulary(await page.locator('body').innerText());
      if (words.length > 0) found[v.id] = words;
    }
    expect(found).toEqual({});
    await page.close({ runBeforeUnload: false });
  });

  it('has no accessibility violation axe-core can find', async () => {
    const page = await setUp(size);
    const violations: Record<string, unknown> = {};
    for (const v of visits) {
      await visit(page, v);
      await v.more?.(page);
      const found = await axeViolations(page);
      if (found.length > 0) violations[v.id] = found;
    }
    expect(violations).toEqual({});
    await page.close({ runBeforeUnload: false });
  });
});

describe('on a phone 360 px wide', () => {
  it('no page scrolls sideways', async () => {
    const page = await setUp('phone');
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow: Record<string, number> = {};
    for (const v of visits) {
      await visit(page, v);
      await v.more?.(page);
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (wider > 0) overflow[v.id] = wider;
    }
    expect(overflow).toEqual({});
    await page.close({ runBeforeUnload: false });
  });
});
