// The built web app is served from its folder, but nothing hidden in it: Vite's build manifest
// (.vite/manifest.json, which names every built file) and other dot-files answer 404.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveForTests } from './helpers.js';

const webRoot = mkdtempSync(join(tmpdir(), 'continuum-web-'));
mkdirSync(join(webRoot, 'assets'));
mkdirSync(join(webRoot, '.vite'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Continuum</title>');
writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'export {};');
writeFileSync(join(webRoot, '.vite', 'manifest.json'), '{"web/main.ts":{"file":"assets/app-abc123.js"}}');
writeFileSync(join(webRoot, '.env'), 'SECRET=1');

const server = serveForTests({ webRoot });

describe('the web app folder', () => {
  it('serves the page and its hashed assets', async () => {
    const page = await server.app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await server.app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('does not serve the build manifest or other dot-files', async () => {
    for (const url of ['/.vite/manifest.json', '/.env', '/.vite/']) {
      const response = await server.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('app-abc123');
      expect(response.body, url).not.toContain('SECRET');
    }
  });
});
