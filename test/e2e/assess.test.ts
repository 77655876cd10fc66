// The web app in a real browser: answering changes verdicts, explanations expand, pivotal
// questions lead back to the form, a caseworker saves a case and opens it again.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess } from '../../src/law/assess.js';
import { browserForTests, PASSWORD } from './harness.js';

const e2e = browserForTests();

async function freshPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => {
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  });
  await page.goto(`${e2e.server.url}/#/assess`);
  await page.locator('.results .result').first().waitFor();
  return page;
}

const verdictOf = (page: Page, instrument: string) =>
  page
    .locator(`.results [data-instrument="${instrument}"] header [data-verdict]`)
    .getAttribute('data-verdict');

/** The radio for a yes/no/don't-know question, found by its fieldset's id. */
const radio = (page: Page, path: string, label: 'Yes' | 'No' | 'Don’t know') =>
  page.locator(`[id="q-${path}"]`).getByLabel(label, { exact: true });

async function openSection(page: Page, id: string) {
  const section = page.locator(`#section-${id}`);
  if (!(await section.evaluate((el) => (el as HTMLDetailsElement).open)))
    await section.locator('summary').click();
}

describe('the assess page', () => {
  it('changes the verdicts as questions are answered, and back when the answer is withdrawn', async () => {
    const page = await freshPage();
    // Nothing known: no definition can be settled.
    expect(await verdictOf(page, 'un-smuggling-protocol')).toBe('undetermined');
    expect(await verdictOf(page, 'un-trafficking-protocol')).toBe('undetermined');

    // Smuggling needs an illegal entry into another State (Smuggling Protocol Art 3(a)): no border, no smuggling.
    await openSection(page, 'movement');
    await radio(page, 'movement.crossedBorder', 'No').check();
    await expect.poll(() => verdictOf(page, 'un-smuggling-protocol')).toBe('not_met');

    // Trafficking needs a purpose of exploitation (Trafficking Protocol Art 3(a)): none at all, no trafficking.
    await openSection(page, 'work');
    await page.locator('[id="q-exploitation.kinds"]').getByLabel('None of these').check();
    await expect.poll(() => verdictOf(page, 'un-trafficking-protocol')).toBe('not_met');

    // "Don't know" takes the fact back out: the verdict is open again.
    await radio(page, 'movement.crossedBorder', 'Don’t know').check();
    await expect.poll(() => verdictOf(page, 'un-smuggling-protocol')).toBe('undetermined');
    await page.close();
  });

  it('expands an explanation with its citations, and a settling question leads to its question', async () => {
    const page = await freshPage();
    const result = page.locator('.results [data-instrument="un-trafficking-protocol"]');
    const tree = result.locator('.why > .tree').first();
    expect(await tree.isVisible()).toBe(false);
    await result.locator('.why > summary').click();
    await expect.poll(() => tree.isVisible()).toBe(true);
    expect(await tree.locator('cite').first().textContent()).toMatch(/Trafficking Protocol.*Art 3/);

    // Pivotal facts are links back to the form, which open the section and focus the question.
    const smuggling = page.locator('.results [data-instrument="un-smuggling-protocol"]');
    await smuggling.locator('.settle button', { hasText: 'cross an international border' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[id^="q-"]')?.id))
      .toBe('q-movement.crossedBorder');
    await page.close();
  });

  it('loads an example, exports nothing to the server, and shows a printable report', async () => {
    const page = await freshPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) requests.push(`${request.method()} ${request.url()}`);
    });
    await page.locator('.select-label select').selectOption('labour-trafficking-deception');
    await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
    await radio(page, 'person.permanentResidentOfJurisdiction', 'No').check();
    // Assessing is done in the browser: not one API request carried the case.
    expect(requests).toEqual([]);

    // The report has a row for every instrument the Assess page shows.
    const instruments = await page.locator('.results [data-instrument]').count();
    expect(instruments).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Printable report' }).click();
    await page.locator('.report[data-report-ready="true"]').waitFor();
    expect(await page.locator('.report-verdicts tbody tr').count()).toBe(instruments);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.close();
  });

  it('imports a case from a JSON file and lists the problems of a bad one', async () => {
    const page = await freshPage();
    const input = page.locator('.file-button input[type="file"]');
    await input.setInputFiles('examples/cases/smuggling-only.json');
    await expect.poll(() => page.locator('.case-tools .status').textContent()).toContain('Imported');
    const title = JSON.parse(readFileSync('examples/cases/smuggling-only.json', 'utf8')).title;
    expect(await page.locator('#case-title').inputValue()).toBe(title);

    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, person: { ageAtRecruitment: -3 } })),
    });
    await page.locator('.case-tools .problems').waitFor();
    // The problem is named by its question, in words, not by its path in the file.
    const problem = await page.locator('.case-tools .problems').textContent();
    expect(problem).toContain('How old was the person when recruited?');
    expect(problem).not.toContain('person.ageAtRecruitment');
    await page.close();
  });

  it('saves a screenshot of the assess page, on a laptop and on a phone', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const [name, viewport] of [
      ['assess-page', { width: 1280, height: 900 }],
      ['assess-page-phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await freshPage(viewport);
      await page.locator('.select-label select').selectOption('domestic-servitude');
      await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/${name}.png` });
      await page.close();
    }
  });
});

/** Waits until the questions and explanations have caught up with the latest answer. */
const settledResults = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.results')?.getAttribute('data-updating') === 'false');

/** The settling questions shown, per instrument, as "id:question|question". */
const shownQuestions = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.results [data-instrument]'))
      .map(
        (el) =>
          `${el.getAttribute('data-instrument')}:${Array.from(el.querySelectorAll('.settle li button'))
            .map((b) => b.textContent)
            .join('|')}`,
      )
      .join(' '),
  );
const questionsOf = (facts: CaseFacts) =>
  assess(facts)
    .instruments.map((r) => `${r.id}:${r.questions.map((q) => q.question).join('|')}`)
    .join(' ');

describe('live results: verdicts at once, the rest just after', () => {
  it('shows the questions that would settle it for the latest answer, and marks them while they are worked out', async () => {
    const page = await freshPage();
    await settledResults(page);
    expect(await shownQuestions(page)).toBe(questionsOf({ schemaVersion: 1 }));
    // Worked out in a worker (the server's content security policy lets the page start it).
    expect(page.workers().map((worker) => worker.url())).toEqual([
      expect.stringMatching(/\/assets\/settling\.worker-[\w-]+\.js$/),
    ]);
    await openSection(page, 'movement');

    // In the task of the answer itself, the new verdict is shown and the old questions are marked.
    const during = await page.evaluate(async () => {
      const yes = document.querySelector<HTMLInputElement>('[id="q-movement.crossedBorder"] input');
      yes?.click();
      await Promise.resolve();
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
      const results = document.querySelector('.results');
      const label = document.querySelector('[data-instrument="un-trafficking-protocol"] .settle .updating');
      return {
        pending: results?.getAttribute('data-questions-pending'),
        labelShown: label ? getComputedStyle(label).display !== 'none' : false,
      };
    });
    expect(during).toEqual({ pending: 'true', labelShown: true });
    await settledResults(page);
    expect(await shownQuestions(page)).toBe(
      questionsOf({ schemaVersion: 1, movement: { crossedBorder: true } }),
    );
    // Caught up: nothing is marked as updating any more.
    expect(await page.locator('.results .settle .updating:visible').count()).toBe(0);
    await page.close();
  });

  it('drops work for answers overtaken by newer ones: what settles is for the last answer', async () => {
    const page = await freshPage();
    await openSection(page, 'movement');
    await openSection(page, 'work');
    await page.evaluate(async () => {
      const border = Array.from(
        document.querySelectorAll<HTMLInputElement>('[id="q-movement.crossedBorder"] input'),
      );
      const none = document.querySelector<HTMLInputElement>('[id="q-exploitation.kinds"] .option-none input');
      // 31 answers, a few milliseconds apart: most arrive while earlier ones are still being worked out.
      for (let i = 0; i < 31; i++) {
        (i % 2 === 0 ? border[i % 3] : none)?.click();
        await new Promise((resolve) => setTimeout(resolve, i % 4));
      }
    });
    await settledResults(page);
    // i = 30 was border[0] (yes); "none of these" was ticked 15 times, so it ends ticked.
    const last: CaseFacts = {
      schemaVersion: 1,
      movement: { crossedBorder: true },
      exploitation: { kinds: [] },
    };
    expect(await shownQuestions(page)).toBe(questionsOf(last));
    const verdicts = await page
      .locator('.results [data-instrument] header [data-verdict]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')));
    expect(verdicts).toEqual(assess(last).instruments.map((r) => r.verdict));
    await page.close();
  });

  it('brings an open explanation up to date after an answer', async () => {
    const page = await freshPage();
    const smuggling = page.locator('.results [data-instrument="un-smuggling-protocol"]');
    await smuggling.locator('.why > summary').click();
    const rootMark = smuggling.locator('.why > .tree > li .mark').first();
    await expect.poll(() => rootMark.getAttribute('class')).toBe('mark mark-undetermined');
    await openSection(page, 'movement');
    await radio(page, 'movement.crossedBorder', 'No').check();
    await expect.poll(() => verdictOf(page, 'un-smuggling-protocol')).toBe('not_met');
    await settledResults(page);
    expect(await rootMark.getAttribute('class')).toBe('mark mark-not_met');
    expect(await smuggling.locator('.why > .updating').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the continuum view', () => {
  it('places the case being assessed on the continuum, with its profile picture and table', async () => {
    const page = await freshPage();
    await page.locator('.select-label select').selectOption('debt-bondage-brick-kiln');
    await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Continuum' }).click();
    await page.locator('#band-heading').waitFor();
    expect(await page.locator('#band-heading').textContent()).toMatch(/^Band: /);
    expect(await page.locator('.continuum .chart-box > div > svg').count()).toBe(1);
    expect(await page.locator('.continuum tbody tr').count()).toBe(6);
    await page.close();
  });
});

describe('the compare view', () => {
  it('shows every instrument once, grouped by level, with the elements that decided it', async () => {
    const page = await freshPage();
    await page.locator('.select-label select').selectOption('smuggling-only');
    await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
    const onAssess = await page.locator('.results [data-instrument]').count();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.locator('.compare-table').first().waitFor();
    expect(await page.locator('.compare-table tbody tr').count()).toBe(onAssess);
    expect(await page.locator('.compare .deciders li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/compare-page.png', fullPage: true });
    await page.close();
  });
});

describe('the pathways view', () => {
  it('asks for the identification date, then shows each regime in force on it', async () => {
    const page = await freshPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' }).click();
    await page.getByRole('button', { name: 'Give that date' }).waitFor();
    await page.goto(`${e2e.server.url}/#/assess`);
    await page.locator('.select-label select').selectOption('labour-trafficking-deception');
    await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' }).click();
    await page.locator('.pathways .panel').first().waitFor();
    const panels = await page.locator('.pathways .panel').count();
    await expect.poll(() => page.locator('.pathways .panel [data-chart] svg').count()).toBe(panels);
    expect(await page.locator('.pathways .panel li').count()).toBe(
      2 * (await page.locator('.pathways .panel').count()),
    );
    await page.screenshot({ path: 'test-results/pathways-page.png', fullPage: true });
    await page.close();
  });
});

describe('the estimate view', () => {
  it('estimates from example lists on the server and shows the estimate with its interval', async () => {
    const page = await freshPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Estimate' }).click();
    await page.getByLabel('Load example lists').selectOption('kosovo');
    await expect.poll(() => page.getByLabel('Lists (CSV)').inputValue()).toContain('count');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await page.locator('#estimate-heading').waitFor();
    expect(await page.locator('#estimate-heading').textContent()).toMatch(
      /^About [\d,]+ people \(95% interval [\d,]+–[\d,]+\)/,
    );
    await page.close();
  });

  it('shows a long estimate’s progress with a bar, cancels it, and shows the BIC intervals by top models', async () => {
    const page = await freshPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Estimate' }).click();
    // A workload that lasts seconds even on a fast machine (six lists, BIC over every model, the
    // most replicates the server allows): the page polls progress every 400 ms, and a smaller one
    // can finish before the bar ever shows a value.
    await page.getByLabel('Load example lists').selectOption('uk-2013-six-lists');
    await expect.poll(() => page.getByLabel('Lists (CSV)').inputValue()).toContain('count');
    await page.getByLabel('Model selection').selectOption('bic');
    await page.getByLabel(/Bootstrap replicates/).fill('1000');
    await page.getByRole('button', { name: 'Estimate' }).click();
    // The bar fills as replicates come in; the status says what is being done.
    await expect
      .poll(() => page.getByRole('progressbar').getAttribute('value'), { timeout: 60_000 })
      .toMatch(/^[1-9]/);
    expect(await page.getByRole('status').textContent()).toMatch(
      /(fitting models: [\d,]+ of 32,768|bootstrap replicates: [\d,]+ of 1,000)$/,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Cancelled.');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    // BIC with a few replicates: the interval as more of the best models are let in.
    await page.getByLabel('Load example lists').selectOption('western-us');
    await expect.poll(() => page.getByLabel('Lists (CSV)').inputValue()).not.toContain('NCA');
    await page.getByLabel('Model selection').selectOption('bic');
    await page.getByLabel(/Bootstrap replicates/).fill('30');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await page.locator('#estimate-heading').waitFor({ timeout: 60_000 });
    const caption = page.getByText(/interval as more of the best models are let in/);
    expect(await caption.count()).toBe(1);
    await page.screenshot({ path: 'test-results/estimate-top-intervals.png', fullPage: true });
    await page.close();
  });
});

describe('saved cases', () => {
  it('a caseworker logs in, saves a case, and opens it again after a reload', async () => {
    const page = await freshPage();
    await page.goto(`${e2e.server.url}/#/cases`);
    await page.getByLabel('Username').fill('casey');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('0 saved cases').waitFor();

    await page.goto(`${e2e.server.url}/#/assess`);
    await page.locator('.select-label select').selectOption('debt-bondage-brick-kiln');
    await expect.poll(() => page.locator('#case-title').inputValue()).toMatch(/\S/);
    const title = await page.locator('#case-title').inputValue();
    // The verdicts once the participation lists have arrived (until then a treaty that did not bind
    // the state is not yet known not to, and its verdict may still change to not applicable).
    await settledResults(page);
    const verdicts = await page
      .locator('.results [data-instrument] header [data-verdict]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')));
    await page.getByRole('button', { name: 'Save case' }).click();
    await expect
      .poll(() => page.locator('.case-tools .status').textContent())
      .toMatch(/Saved as c-[a-z2-9]+ \(version 1\)/);

    // Empty the form (saved: nothing to lose, so nothing is asked), reload the page (the session
    // survives), and open the saved case from the list.
    await page.getByRole('button', { name: 'New case' }).click();
    expect(await page.locator('#case-title').inputValue()).toBe('');
    await page.reload();
    await page.goto(`${e2e.server.url}/#/cases`);
    const row = page.locator('.case-list tbody tr', { hasText: title });
    await row.getByRole('button', { name: /Open/ }).click();
    await expect.poll(() => page.locator('#case-title').inputValue()).toBe(title);
    await settledResults(page);
    const reopened = await page
      .locator('.results [data-instrument] header [data-verdict]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')));
    expect(reopened).toEqual(verdicts);

    // Saving again updates the same record.
    await page.locator('#case-title').fill(`${title} (edited)`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('.case-tools .status').textContent()).toMatch(/version 2/);
    await page.close();
  });

  it('a viewer can read saved cases but is not offered saving', async () => {
    const page = await freshPage();
    await page.goto(`${e2e.server.url}/#/account`);
    await page.getByLabel('Username').fill('vera');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Logged in as').waitFor();
    await page.goto(`${e2e.server.url}/#/assess`);
    await page.getByText('Saving needs the caseworker role').waitFor();
    expect(await page.getByRole('button', { name: 'Save case' }).count()).toBe(0);
    await page.close();
  });
});
