// The Assess page's JavaScript budget (issue 16: under 200 KB gzipped), as a size, not a time: every
// script the browser fetches to show the Assess page with its verdicts and the questions that would
// settle them — the entry, what it preloads, the settling worker and anything fetched on demand at
// start — gzipped file by file as bench/web.ts counts them. The languages' catalogues are fetched on
// demand (src/i18n/browser-catalogues.ts): an English visitor fetches no French or Spanish one, a
// French visitor the French ones and no Spanish one, and sees French from the first render on. The
// participation lists are fetched only once the case names a country (src/web/state/participation.ts):
// until they arrive the page says a treaty's binding is not known yet, never that it does not bind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/law/binding/scope.js';
import { instruments } from '../../src/law/instruments/index.js';
import { participationLists } from '../../src/law/participation/index.js';
import { browserForTests, webRoot } from './harness.js';

const budget = 200 * 1024;

const e2e = browserForTests();

/** The built files of each language's catalogues (core domains and the web's), from Vite's manifest. */
function catalogueFiles(): Map<string, string> {
  const manifest: Record<string, { file: string }> = JSON.parse(
    readFileSync(join(webRoot, '.vite/manifest.json'), 'utf8'),
  );
  const files = new Map<string, string>();
  for (const [source, { file }] of Object.entries(manifest)) {
    const lang = /\/i18n\/messages\/(\w+)\/\w+\.json$/.exec(source)?.[1];
    if (lang) files.set(file, lang);
  }
  return files;
}

/**
 * Opens the Assess page as a visitor whose browser prefers `locale`, waits until the verdicts and the
 * questions that would settle them are shown and the network is idle, and returns the scripts it
 * fetched and the first heading the page showed (recorded as it appeared).
 */
async function visit(locale: string): Promise<{ scripts: string[]; firstHeading: string }> {
  const context = await e2e.browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
  const scripts = new Set<string>();
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path.slice(1));
  });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('main h1');
      if (heading?.textContent) {
        (window as unknown as { firstHeading: string }).firstHeading = heading.textContent;
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/#/assess`);
  await page.locator('.results .result').first().waitFor();
  await page.waitForFunction(
    () => document.querySelector('.results')?.getAttribute('data-updating') === 'false',
  );
  await page.waitForLoadState('networkidle');
  const firstHeading = (await page.evaluate('window.firstHeading')) as string;
  await context.close();
  return { scripts: [...scripts].sort(), firstHeading };
}

const gzipped = (file: string) => gzipSync(readFileSync(join(webRoot, file))).length;

/** The instruments that bind the states parties to them (national law binds by its territory). */
const treaties = instruments.map((i) => i.id).filter((id) => scopeOf(id)?.kind === 'treaty');

/** Every address a participation list records a fact from: the lists' sources and their rows'. */
const sourceAddresses = [
  ...new Set(
    participationLists.flatMap((list) => [
      list.source.url,
      ...list.rows.flatMap((row) => (row.source ? [row.source.url] : [])),
      ...(list.notParties ?? []).map((entry) => entry.source.url),
    ]),
  ),
];
/** Whether a built script holds participation data (one of the addresses its rows cite). */
const holdsParticipation = (file: string): boolean => {
  const text = readFileSync(join(webRoot, file), 'utf8');
  return sourceAddresses.some((url) => text.includes(url));
};

describe('the Assess page’s JavaScript', () => {
  it(`is under ${budget / 1024} KB gzipped for an English visitor, worker included, with no other language fetched`, async () => {
    const { scripts, firstHeading } = await visit('en-GB');
    expect(firstHeading).toBe('Assess a case');
    // The measure covers the worker (else a budget met by leaving it out would pass).
    expect(scripts.some((file) => /settling\.worker-/.test(file))).toBe(true);
    // The page works out which instruments bind the case and tells the worker: the participation lists
    // are never in the worker, and the page fetches them only once a case names a country (below).
    expect(scripts.filter(holdsParticipation)).toEqual([]);
    const worker = scripts.filter((file) => /settling\.worker-/.test(file));
    for (const file of worker) {
      const text = readFileSync(join(webRoot, file), 'utf8');
      for (const list of participationLists) expect(text).not.toContain(list.source.url);
    }
    const catalogues = catalogueFiles();
    expect(scripts.filter((file) => catalogues.has(file))).toEqual([]);
    const total = scripts.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(
      `Assess page, English: ${(total / 1024).toFixed(1)} KB of gzipped JavaScript in ${scripts.length} files`,
    );
    expect(total).toBeLessThan(budget);
  });

  it('fetches the French catalogues alone for a French visitor, who sees French from the first render', async () => {
    const { scripts, firstHeading } = await visit('fr-FR');
    expect(firstHeading).toBe('Évaluer un dossier');
    const catalogues = catalogueFiles();
    const fetched = new Set(
      scripts.filter((file) => catalogues.has(file)).map((file) => catalogues.get(file)),
    );
    expect([...fetched]).toEqual(['fr']);
    const total = scripts.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(
      `Assess page, French: ${(total / 1024).toFixed(1)} KB of gzipped JavaScript in ${scripts.length} files`,
    );
  });

  it('fetches the participation lists once a case names a country, and meanwhile never says a treaty does not bind it', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    const scripts: string[] = [];
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.push(path.slice(1));
    });
    // The lists' chunk is held back until the page has been seen without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(
      (url) => url.pathname.startsWith('/assets/') && holdsParticipation(url.pathname.slice(1)),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/#/assess`);
    await page.locator('.results .result').first().waitFor();
    await page.waitForFunction(
      () => document.querySelector('.results')?.getAttribute('data-updating') === 'false',
    );
    await page.waitForLoadState('networkidle');
    // No country: no participation data fetched.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(holdsParticipation)).toEqual([]);

    // Bonded labour in India, 1998–2001: the example names the country.
    await page.locator('.select-label select').selectOption('debt-bondage-brick-kiln');
    const results = page.locator('.results');
    await page.locator('.results[data-participation-pending="true"]').waitFor();
    const palermo = results.locator('[data-instrument="un-trafficking-protocol"]');
    const echr = results.locator('[data-instrument="echr-article-4"]');
    await expect
      .poll(() => palermo.locator('.note').allTextContents())
      .toContain(
        'Whether it bound the state of the case is unknown: The record of the states it binds has not been loaded yet.',
      );
    expect(await results.getAttribute('data-updating')).toBe('true');
    expect(await echr.locator('header [data-verdict]').getAttribute('data-verdict')).not.toBe(
      'not_applicable',
    );
    for (const id of treaties)
      expect(
        (await results.locator(`[data-instrument="${id}"] .note`).allTextContents()).join(' '),
        id,
      ).not.toMatch(/Not binding on this state|It does not apply here/);
    expect(scripts.filter(holdsParticipation).length).toBeGreaterThan(0);

    // The lists arrive: which treaties bound India at the time is said, with the dates.
    release();
    await page.locator('.results[data-participation-pending="false"][data-updating="false"]').waitFor();
    expect((await palermo.locator('.note').allTextContents()).join(' ')).toContain(
      'Not binding on this state: India was not yet a party: it ratified on 5 May 2011, binding from 4 Jun 2011.',
    );
    expect(await echr.locator('header [data-verdict]').getAttribute('data-verdict')).toBe('not_applicable');
    expect((await echr.locator('.note').allTextContents()).join(' ')).toContain(
      'It does not apply here: India',
    );
    expect(await results.textContent()).not.toContain('has not been loaded yet');
    // Fetched once.
    expect(new Set(scripts.filter(holdsParticipation)).size).toBe(scripts.filter(holdsParticipation).length);
    await context.close();
  });
});
