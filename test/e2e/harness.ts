// A real server on a loopback port (in-memory PGlite, the built web app) and Debian's chromium.
// No browser is ever downloaded: CHROMIUM_PATH or /usr/bin/chromium is used as it is.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
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
  const app = await buildApp({ store, webRoot, rateLimitPerMinute: 0, loginRateLimitPerMinute: 1000 });
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
