// A real server on a loopback port (in-memory PGlite, the built web app) and Debian's chromium.
// No browser is ever downloaded: CHROMIUM_PATH or /usr/bin/chromium is used as it is.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Dialog, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { openStore, type Store } from '../../src/store/db.js';
import { createUser } from '../../src/store/users.js';

export const PASSWORD = 'e2e password 123';
export const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

export type Running = { url: string; app: FastifyInstance; store: Store; close(): Promise<void> };

export async function startServer(): Promise<Running> {
  const store = await openStore({ kind: 'pglite' });
  const passwordHash = await hashPassword(PASSWORD);
  await createUser(store.db, { username: 'casey', passwordHash, role: 'caseworker' });
  await createUser(store.db, { username: 'vera', passwordHash, role: 'viewer' });
  await createUser(store.db, { username: 'ada', passwordHash, role: 'admin' });
  // No worker threads: their entry is TypeScript source here, which a worker cannot load under the
  // test runner (the API tests run the same way).
  const app = await buildApp({
    store,
    webRoot,
    rateLimitPerMinute: 0,
    loginRateLimitPerMinute: 1000,
    assessThreads: 0,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The two screens every page is checked on: a laptop and a phone. */
export const viewports = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof viewports;

/** A page in a fresh browser context (its own storage), failing the test on any script error. */
export async function openPage(
  browser: Browser,
  server: Running,
  viewport: { width: number; height: number } = viewports.desktop,
  route = 'assess',
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => {
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  });
  await page.goto(`${server.url}/#/${route}`);
  await page.locator('main h1').first().waitFor();
  return page;
}

/** Loads one of the bundled example cases on the Assess page (accepting a "replace?" question). */
export async function loadExample(page: Page, name: string): Promise<void> {
  // Only while loading: a listener left behind would answer the test's own next question.
  const accept = (dialog: Dialog) => void dialog.accept();
  page.once('dialog', accept);
  try {
    await page.locator('.select-label select').selectOption(name);
    await page.waitForFunction(() =>
      document.querySelector('.case-tools .status')?.textContent?.startsWith('Loaded the example'),
    );
  } finally {
    page.off('dialog', accept);
  }
}

export async function logIn(page: Page, server: Running, username: string): Promise<void> {
  await page.goto(`${server.url}/#/account`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('Logged in as').waitFor();
}

/** The number of pages of a PDF: the count of its page tree's root (the largest /Count in it). */
export function pdfPageCount(pdf: Buffer): number {
  return Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
}

/** The screenshots the README shows (docs/screenshots/NAME.png). */
export const readmeScreenshots = new Set([
  'assess-desktop',
  'assess-phone',
  'compare-desktop',
  'report-desktop',
  'whatif-desktop',
  'pathways-desktop',
  'estimate-desktop',
  'datasets-desktop',
]);

/**
 * A screenshot made by the browser tests rather than by hand: written to test-results/screenshots/,
 * and, for those the README shows, to docs/screenshots/ as well when SCREENSHOTS=docs
 * (`npm run screenshots`).
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dirs = [
    'test-results/screenshots',
    ...(process.env.SCREENSHOTS === 'docs' && readmeScreenshots.has(name) ? ['docs/screenshots'] : []),
  ];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
  }
}

/** axe-core's violations on the page as it is now (its own script, injected from node_modules). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: number; help: string }>> {
  // Evaluated through the browser's debugging protocol: the page's content security policy (no
  // inline scripts) stays as it is for the page itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * For a test file: the web app's server and a browser, started before the file's tests (after
 * `prepare`, when given) and closed after them. Read `e2e.server` and `e2e.browser` inside tests.
 */
export function browserForTests(prepare?: () => Promise<void>): { server: Running; browser: Browser } {
  const started = {} as { server: Running; browser: Browser };
  beforeAll(async () => {
    if (!haveChromium)
      throw new Error('chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
    await prepare?.();
    started.server = await startServer();
    started.browser = await launchBrowser();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}
