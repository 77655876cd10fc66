// `continuum serve [--port N] [--host H] [--data DIR]` — the web app and the HTTP API, with the
// case store in DIR (embedded PGlite), or on the PostgreSQL server named by DATABASE_URL.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildApp } from '../server/app.js';
import { ensureAdmin } from '../server/bootstrap.js';
import { openStore, storeOptionsFromEnv } from '../store/db.js';
import { InputError } from './io.js';

/** The package root: src/cli/ and dist/cli/ are both two levels below it. */
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

type ServeOptions = {
  port: string;
  host: string;
  data: string;
  rateLimit: string;
  minK: string;
  log?: boolean;
};

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(flag, [
      {
        path: '',
        code: 'invalid_value',
        message: `${flag} takes a whole number`,
        expected: `${min}–${max}`,
        found: text,
      },
    ]);
  }
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and the HTTP API (OpenAPI at /api/docs)')
    .option('--port <n>', 'port to listen on', '3000')
    .option('--host <address>', 'address to listen on (loopback only by default)', '127.0.0.1')
    .option('--data <dir>', 'directory of the embedded case store (ignored when DATABASE_URL is set)', 'data')
    .option(
      '--rate-limit <n>',
      'requests per minute per client address; 0 turns it off (load tests only)',
      '600',
    )
    .option(
      '--min-k <k>',
      'the smallest k of a dataset this server accepts (or CONTINUUM_MIN_K)',
      process.env.CONTINUUM_MIN_K ?? '11',
    )
    .option('--log', 'log every request as JSON lines')
    .action(async (options: ServeOptions) => {
      const port = wholeNumber('--port', options.port, 0, 65535);
      const rateLimitPerMinute = wholeNumber('--rate-limit', options.rateLimit, 0, 10_000_000);
      const minK = wholeNumber('--min-k', options.minK, 2, 1_000_000);
      const store = await openStore(storeOptionsFromEnv(resolve(options.data)));
      const admin = await ensureAdmin(store, process.env.CONTINUUM_ADMIN_PASSWORD);
      if (admin.created && admin.password) {
        process.stdout.write(
          `\nCreated the first account: user "${admin.username}", password ${admin.password}\n` +
            'It is shown only this once. Log in and change it (Account page), or set CONTINUUM_ADMIN_PASSWORD before the first start.\n\n',
        );
      } else if (admin.created) {
        process.stdout.write(
          `Created the first account "${admin.username}" with CONTINUUM_ADMIN_PASSWORD.\n`,
        );
      }
      const app = await buildApp({
        store,
        webRoot: resolve(packageRoot, 'dist/web'),
        rateLimitPerMinute,
        releasePolicy: { minK },
        logger: options.log ?? false,
      });
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port, host: options.host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = options.host === '127.0.0.1' || options.host === '::1' ? 'localhost' : options.host;
      process.stdout.write(
        `Continuum is serving on http://${shownHost}:${actualPort} (API docs: /api/docs; store: ${store.kind} ${store.location})\n`,
      );
    });
}
