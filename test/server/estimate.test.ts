import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { serveForTests } from './helpers.js';

const server = serveForTests();

const kosovo = readFileSync('examples/lists/kosovo.csv', 'utf8');

describe('POST /api/estimate', () => {
  it('estimates at least the people observed, inside its interval, without logging in', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: kosovo },
    });
    expect(response.statusCode).toBe(200);
    const { report, summary } = response.json();
    // Everyone on a list was identified, so the estimate cannot be below the observed count.
    const observed = kosovo
      .trim()
      .split('\n')
      .slice(1)
      .reduce((sum, line) => sum + Number(line.split(',').at(-1)), 0);
    expect(report.observed).toBe(observed);
    expect(report.estimate).toBeGreaterThanOrEqual(observed);
    expect(report.interval.lower).toBeLessThanOrEqual(report.estimate);
    expect(report.interval.upper).toBeGreaterThanOrEqual(report.estimate);
    expect(report.method).toContain('stepwise');
    expect(summary).toMatch(/identified/);
  });

  it('answers unreadable lists and unsupported settings with a problem list', async () => {
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: 'a,b\n1,x\n' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems[0].path).toMatch(/^csv/);
    const tooMany = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: kosovo, bootstrap: 100_000 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().problems[0].path).toBe('bootstrap');
  });

  it.each([
    ['dga', 'examples/lists/kosovo.csv'],
    ['lcmcr', 'examples/lists/korea-palembang.csv'],
    ['bic', 'examples/lists/korea-palembang.csv'],
  ])('%s gives exactly the report `continuum estimate --json` prints', async (method, file) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: readFileSync(file, 'utf8'), method, seed: 7 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const cli = await runCli(['estimate', file, '--method', method, '--seed', '7', '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(response.json().report).toEqual(JSON.parse(cli.stdout));
  });

  it('refuses a method its lists cannot take, and an interaction order beyond them', async () => {
    const eight = readFileSync('examples/lists/new-orleans-2024.csv', 'utf8');
    const dga = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: eight, method: 'dga' },
    });
    expect(dga.statusCode).toBe(400);
    expect(dga.json().problems).toEqual([expect.objectContaining({ path: 'method', code: 'unsupported' })]);
    const order = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: kosovo, method: 'bic', maxOrder: 4 },
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().problems).toEqual([expect.objectContaining({ path: 'maxOrder' })]);
  });

  it('says when bootstrap replicates are not used (the Bayesian methods’ interval is the posterior)', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/estimate',
      payload: { csv: kosovo, method: 'dga', bootstrap: 50 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().report.interval.method).toBe('posterior');
    expect(response.json().report.warnings.join(' ')).toMatch(/bootstrap replicates are ignored for dga/);
  });
});
