// `continuum serve [--port N] [--host H] [--data DIR]` — the web app and the HTTP API, with the
// case store in DIR (embedded PGlite), or on the PostgreSQL server named by DATABASE_URL.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { AdminBootstrap } from '../server/bootstrap.js';
import { InputError, UsageError } from './io.js';
import { cliText } from './lang.js';

/** The package root: src/cli/ and dist/cli/ are both two levels below it. */
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

type ServeOptions = {
  port?: string;
  host: string;
  data: string;
  rateLimit: string;
  log?: boolean;
  trustProxy?: string | boolean;
  secureCookies?: boolean;
  minK: string;
};

export const DEFAULT_PORT = 3000;

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < min || n > max) {
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

/** --port, else the PORT environment variable (as hosting platforms set it), else 3000. */
export function portOf(option: string | undefined, env = process.env): number {
  if (option !== undefined) return wholeNumber('--port', option, 0, 65535);
  const fromEnv = env.PORT?.trim();
  return fromEnv ? wholeNumber('PORT', fromEnv, 0, 65535) : DEFAULT_PORT;
}

/**
 * Which proxies to believe about the client's address and scheme (X-Forwarded-For/-Proto): none by
 * default; `--trust-proxy` alone trusts a proxy on this machine (loopback); or a comma-separated
 * list of addresses and CIDR ranges. Trusting every sender would let any client choose its address
 * and so escape the per-address limits.
 */
export function trustedProxies(option: string | boolean | undefined): string[] | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return ['127.0.0.1', '::1'];
  const list = option
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const bad = list.find((item) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(item));
  if (list.length === 0 || bad !== undefined) {
    throw new InputError('--trust-proxy', [
      {
        path: '',
        code: 'invalid_value',
        message: '--trust-proxy takes addresses or CIDR ranges separated by commas',
        expected: 'e.g. 127.0.0.1,10.0.0.0/8',
        found: bad ?? option,
      },
    ]);
  }
  return list;
}

/**
 * The first account's password, when the server drew it: printed on a terminal (nobody's log keeps
 * a terminal), otherwise written to a file only the owner can read, whose place is printed instead.
 */
function announceAdmin(admin: AdminBootstrap, folder: string): void {
  if (!admin.created) return;
  if (!admin.password) {
    process.stdout.write(`Created the first account "${admin.username}" with CONTINUUM_ADMIN_PASSWORD.\n`);
    return;
  }
  if (process.stdout.isTTY) {
    process.stdout.write(
      `\nCreated the first account: user "${admin.username}", password ${admin.password}\n` +
        'It is shown only this once. Log in and change it (Account page), or set CONTINUUM_ADMIN_PASSWORD before the first start.\n\n',
    );
    return;
  }
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'first-admin-password.txt');
  writeFileSync(file, `${admin.password}\n`, { mode: 0o600, flag: 'w' });
  process.stdout.write(
    `Created the first account "${admin.username}". Its password is in ${file} (readable only by this user); ` +
      'log in, change it on the Account page, and delete the file.\n',
  );
}

function listenFailure(error: unknown, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new UsageError(
      `port ${port} is in use`,
      `try --port ${port === 65535 ? port - 1 : port + 1}, or stop what uses it`,
    );
  }
  if (code === 'EACCES') {
    return new UsageError(
      `port ${port} needs privileges this user does not have`,
      'try a port above 1023 with --port',
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new UsageError(`cannot listen on ${host}: not an address of this machine`, 'try --host 127.0.0.1');
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(cliText('cli.command.serve'))
    .option('--port <n>', cliText('cli.serve.port', { port: String(DEFAULT_PORT) }))
    .option('--host <address>', cliText('cli.serve.host'), '127.0.0.1')
    .option('--data <dir>', cliText('cli.serve.data'), 'data')
    .option('--rate-limit <n>', cliText('cli.serve.rateLimit'), '600')
    .option('--min-k <k>', cliText('cli.serve.minK'), process.env.CONTINUUM_MIN_K ?? '11')
    .option('--trust-proxy [addresses]', cliText('cli.serve.trustProxy'))
    .option('--secure-cookies', cliText('cli.serve.secureCookies'))
    .option('--log', cliText('cli.serve.log'))
    .action(async (options: ServeOptions) => {
      const port = portOf(options.port);
      const rateLimitPerMinute = wholeNumber('--rate-limit', options.rateLimit, 0, 10_000_000);
      const minK = wholeNumber('--min-k', options.minK, 2, 1_000_000);
      const trustProxy = trustedProxies(options.trustProxy);
      // Loaded only for this command: the server and the store take a while to load.
      const [{ buildApp }, { ensureAdmin }, { openStore, storeOptionsFromEnv }] = await Promise.all([
        import('../server/app.js'),
        import('../server/bootstrap.js'),
        import('../store/db.js'),
      ]);
      const dataDir = resolve(options.data);
      const store = await openStore(storeOptionsFromEnv(dataDir));
      let app: Awaited<ReturnType<typeof buildApp>> | undefined;
      try {
        announceAdmin(await ensureAdmin(store, process.env.CONTINUUM_ADMIN_PASSWORD), dataDir);
        app = await buildApp({
          store,
          webRoot: resolve(packageRoot, 'dist/web'),
          rateLimitPerMinute,
          releasePolicy: { minK },
          logger: options.log ?? false,
          trustProxy,
          secureCookies: options.secureCookies ? true : trustProxy ? 'auto' : false,
        });
        await app.listen({ port, host: options.host });
      } catch (error) {
        await app?.close();
        await store.close();
        throw listenFailure(error, port, options.host);
      }
      const running = app;
      const close = async () => {
        await running.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = running.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = options.host === '127.0.0.1' || options.host === '::1' ? 'localhost' : options.host;
      const connectHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
      store.lock?.advertise(
        `http://${connectHost.includes(':') ? `[${connectHost}]` : connectHost}:${actualPort}`,
      );
      process.stdout.write(
        `Continuum is serving on http://${shownHost}:${actualPort} (API docs: /api/docs; store: ${store.kind} ${store.location})\n`,
      );
    });
}
