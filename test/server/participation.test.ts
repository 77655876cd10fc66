// GET /api/parties/:id and /api/bound/:country give what `continuum parties` and `continuum bound
// --json` print; bad input is a 400 or 404 with the problem and the names or codes that would do.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { serveForTests } from './helpers.js';

const server = serveForTests();

describe('GET /api/parties/:id', () => {
  it('equals `continuum parties --json` on the same date', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/parties/servitude?at=2023-01-01' });
    expect(response.statusCode).toBe(200);
    const cli = await runCli(['parties', 'servitude', '--at', '2023-01-01', '--json']);
    expect(response.json()).toEqual(JSON.parse(cli.stdout));
    expect(response.json().parties).toHaveLength(46);
  });

  it('404 for an unknown instrument, naming those that exist; 400 for a date that is not one', async () => {
    const unknown = await server.app.inject({ method: 'GET', url: '/api/parties/palermo' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().problems[0].expected).toContain('un-trafficking-protocol');
    const badDate = await server.app.inject({ method: 'GET', url: '/api/parties/servitude?at=2023-02-30' });
    expect(badDate.statusCode).toBe(400);
  });
});

describe('GET /api/bound/:country', () => {
  it('equals `continuum bound --json`, and suggests GB for UK', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/bound/DK?at=2015-01-01' });
    expect(response.statusCode).toBe(200);
    const cli = await runCli(['bound', 'DK', '--at', '2015-01-01', '--json']);
    expect(response.json()).toEqual(JSON.parse(cli.stdout));
    const uk = await server.app.inject({ method: 'GET', url: '/api/bound/UK' });
    expect(uk.statusCode).toBe(400);
    expect(uk.json().problems[0]).toMatchObject({ path: 'country', expected: 'GB' });
  });
});
