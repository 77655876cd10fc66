// The analysis endpoints answer with exactly what the matching CLI command prints with --json, need
// no login, and refuse bad facts or parameters with problems whose paths name the bad input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { serveForTests } from './helpers.js';

const exampleFile = 'examples/cases/labour-trafficking-deception.json';
const example = JSON.parse(readFileSync(exampleFile, 'utf8'));

const server = serveForTests();

async function cliJson(args: string[]): Promise<unknown> {
  const { code, stdout, stderr } = await runCli([...args, '--json']);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

const post = (url: string, payload: object) => server.app.inject({ method: 'POST', url, payload });

describe('analysis endpoints: the CLI contracts over HTTP', () => {
  it.each([
    ['/api/compare', ['compare', exampleFile]],
    ['/api/compare?asFound=true', ['compare', exampleFile, '--as-found']],
    ['/api/continuum', ['profile', exampleFile]],
    ['/api/whatif?scenario=right_to_work', ['whatif', exampleFile, '--scenario', 'right_to_work']],
    ['/api/pathways', ['pathways', exampleFile]],
    [
      '/api/pathways?regime=uk-nrm-2009&start=2024-03-01',
      ['pathways', exampleFile, '--regime', 'uk-nrm-2009', '--start', '2024-03-01'],
    ],
    ['/api/sexwork?regime=se', ['sexwork', exampleFile, '--regime', 'se']],
    ['/api/pathways?lang=fr', ['pathways', exampleFile, '--lang', 'fr']],
    ['/api/sexwork?lang=es', ['sexwork', exampleFile, '--lang', 'es']],
  ])('%s equals `continuum %s --json`, without logging in', async (url, args) => {
    const response = await post(url, example);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual(await cliJson(args));
  });

  it('pathways and sexwork in the language asked for: the same ids and codes, the texts translated', async () => {
    for (const path of ['/api/pathways', '/api/sexwork']) {
      const english = (await post(path, example)).json();
      const french = (await post(`${path}?lang=fr`, example)).json();
      expect([english.lang, french.lang]).toEqual(['en', 'fr']);
      const ids = (report: { regimes: Array<{ regime: { id: string; title: string } }> }) =>
        report.regimes.map((r) => r.regime.id);
      expect(ids(french)).toEqual(ids(english));
      expect(french.regimes[0].regime.title).not.toBe(english.regimes[0].regime.title);
    }
  });

  it('refuses bad facts with the problem list, as /api/assess does', async () => {
    for (const url of ['/api/compare', '/api/continuum', '/api/pathways', '/api/sexwork']) {
      const response = await post(url, { ...example, person: { ...example.person, ageAtRecruitment: -3 } });
      expect(response.statusCode).toBe(400);
      expect(response.json().problems.map((p: { path: string }) => p.path)).toContain(
        'person.ageAtRecruitment',
      );
    }
  });

  it('names the bad query parameter in the problem path', async () => {
    const cases: Array<[string, string, string]> = [
      ['/api/whatif?scenario=amnesty', 'scenario', 'unknown_scenario'],
      ['/api/pathways?regime=atlantis', 'regime', 'unknown_regime'],
      ['/api/pathways?start=yesterday', 'start', 'invalid_date'],
      ['/api/sexwork?regime=atlantis', 'regime', 'unknown_regime'],
    ];
    for (const [url, path, code] of cases) {
      const response = await post(url, example);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().problems).toEqual([expect.objectContaining({ path, code })]);
    }
    const missing = await post('/api/whatif', example);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().problems[0].path).toBe('scenario');
  });

  it('asks for a start date when the case has none, pointing at the date field', async () => {
    const { events: _events, ...undated } = example;
    const response = await post('/api/pathways', undated);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ path: 'events.identifiedOn', code: 'missing_date' }),
    ]);
    const dated = await post('/api/pathways?start=2024-01-15', undated);
    expect(dated.statusCode).toBe(200);
    expect(dated.json().startDate).toBe('2024-01-15');
  });

  it('lists the endpoints in the OpenAPI description', async () => {
    const spec = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of ['/api/compare', '/api/continuum', '/api/whatif', '/api/pathways', '/api/sexwork']) {
      expect(spec.paths[path]?.post, path).toBeDefined();
    }
  });
});
