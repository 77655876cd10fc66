// `continuum import ctdc FILE [--json] [--svg OUT]` — read a CTDC file as it comes, assess every
// record, and print the bulk summary. The file is streamed: memory stays flat.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importCtdc } from '../data/ctdc-import.js';
import { UnreadableData } from '../data/ctdc-scan.js';
import { type Dashboard, dashboardOf } from '../data/dashboard.js';
import { dashboardSchema } from '../data/dashboard-schema.js';
import { CannotProtect } from '../data/k-anonymity.js';
import { summaryCharts } from '../data/summary-charts.js';
import { HOLDER_ONLY, renderImport } from '../data/summary-text.js';
import { checkInputFile, checkOutputPath, InputError, printJson, UsageError, writeOutput } from './io.js';
import { cliLang, cliText } from './lang.js';

/** A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal. */
function progressBar(): { update: (done: number, total: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, end: () => {} };
  let last = -1;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r  reading [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`);
    },
    end() {
      if (last >= 0) process.stderr.write('\r\u001b[2K');
    },
  };
}

type ImportOptions = {
  json?: boolean;
  svg?: string;
  dashboard?: string;
  k: string;
  save?: boolean;
  as?: string;
  name?: string;
  data: string;
  asFound?: boolean;
};

/**
 * Keep the dashboard release (only it, never a record) in the case store as a dataset, audited in
 * the name of an existing caseworker or admin account: the CLI has no login of its own. When a
 * running server holds the embedded store, the release goes through that server's API instead
 * (logging in as that account with CONTINUUM_PASSWORD), or the command refuses: two processes
 * writing one data directory lose each other's writes.
 */
async function saveDataset(dashboard: Dashboard, options: ImportOptions): Promise<string> {
  const checked = dashboardSchema.safeParse(dashboard);
  if (!checked.success) throw new Error('the dashboard release failed its own schema');
  // The store (PGlite, Kysely) is loaded only when saving: it takes longer to load than most imports take to run.
  const [{ createDataset }, { openStore, storeOptionsFromEnv }, { findUserForLogin }, { DataDirLocked }] =
    await Promise.all([
      import('../store/datasets.js'),
      import('../store/db.js'),
      import('../store/users.js'),
      import('../store/lock.js'),
    ]);
  const name = options.name ?? `${dashboard.format} (k = ${dashboard.k})`;
  const username = options.as ?? '';
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(storeOptionsFromEnv(resolve(options.data)));
  } catch (error) {
    if (error instanceof DataDirLocked && error.owner?.url) {
      return saveThroughServer(error.owner.url, username, name, checked.data, process.env.CONTINUUM_PASSWORD);
    }
    throw error;
  }
  try {
    const user = await findUserForLogin(store.db, username);
    if (!user || user.role === 'viewer' || user.disabled) {
      throw new InputError('--as', [
        {
          path: 'as',
          code: user ? 'forbidden' : 'unknown_user',
          message: !user
            ? 'no such account in the store (create one with continuum serve / the Account page)'
            : user.disabled
              ? 'that account is disabled'
              : 'saving a dataset needs a caseworker or admin account',
          found: username,
        },
      ]);
    }
    const saved = await createDataset(
      store.db,
      { userId: user.id, username: user.username },
      { name, dashboard: checked.data },
    );
    return saved.id;
  } finally {
    await store.close();
  }
}

/** POST the release to the server that holds the store, logged in as `username`. */
async function saveThroughServer(
  url: string,
  username: string,
  name: string,
  dashboard: unknown,
  password: string | undefined,
): Promise<string> {
  if (!password) {
    throw new UsageError(
      `the case store is in use by the Continuum server on ${url}, so the dataset cannot be written to it directly`,
      `set CONTINUUM_PASSWORD to the password of "${username}" to save through that server, or stop it first`,
    );
  }
  const unreachable = (error: unknown) =>
    new UsageError(
      `the server on ${url} holds the case store but did not answer (${error instanceof Error ? error.message : String(error)})`,
      'check that it is running, or stop it and try again',
    );
  const login = await fetch(new URL('/api/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  }).catch((error) => {
    throw unreachable(error);
  });
  if (login.status !== 200) {
    const body = (await login.json().catch(() => ({}))) as { message?: string };
    throw new InputError('--as', [
      {
        path: 'as',
        code: 'login_failed',
        message: `the server refused the login as "${username}": ${body.message ?? `HTTP ${login.status}`}`,
        found: username,
      },
    ]);
  }
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
  const saved = await fetch(new URL(`/api/datasets?name=${encodeURIComponent(name)}`, url), {
    method: 'POST',
    headers,
    body: JSON.stringify(dashboard),
  }).catch((error) => {
    throw unreachable(error);
  });
  const body = (await saved.json().catch(() => ({}))) as { dataset?: { id: string }; message?: string };
  await fetch(new URL('/api/logout', url), {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
  }).catch(() => {});
  if (saved.status !== 201 || !body.dataset) {
    throw new UsageError(
      `the server on ${url} did not save the dataset: ${body.message ?? `HTTP ${saved.status}`}`,
    );
  }
  return body.dataset.id;
}

export function register(program: Command): void {
  program
    .command('import')
    .description(cliText('cli.command.import'))
    .argument('<source>', cliText('cli.import.source'))
    .argument('<file>', cliText('cli.import.file'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape: '{ schemaVersion, mode, format, rows, problems, problemCounts, summary }',
      }),
    )
    .option('--as-found', cliText('cli.import.asFound'))
    .option('--svg <out>', cliText('cli.import.svg'))
    .option('--dashboard <out>', cliText('cli.import.dashboard'))
    .option('--k <k>', cliText('cli.import.k'), '11')
    .option('--save', cliText('cli.import.save'))
    .option('--as <username>', cliText('cli.import.as'))
    .option('--name <name>', cliText('cli.import.name'))
    .option('--data <dir>', cliText('cli.import.data'), 'data')
    .action(async (source: string, file: string, options: ImportOptions) => {
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 2) {
        throw new InputError('--k', [
          { path: 'k', code: 'invalid_k', message: 'k is a whole number, 2 or more', found: options.k },
        ]);
      }
      if (options.save && !options.as) {
        throw new InputError('--save', [
          { path: 'as', code: 'required', message: '--save needs --as USERNAME (a caseworker or admin)' },
        ]);
      }
      if (source !== 'ctdc') {
        throw new InputError('import', [
          {
            path: 'source',
            code: 'unknown_source',
            message: 'unknown data source',
            expected: 'ctdc',
            found: source,
          },
        ]);
      }
      await checkInputFile(file, 'CTDC file');
      checkOutputPath(options.svg);
      checkOutputPath(options.dashboard);
      const bar = progressBar();
      let result: Awaited<ReturnType<typeof importCtdc>>;
      try {
        result = await importCtdc(file, { onFileProgress: bar.update, asFound: options.asFound });
      } catch (error) {
        if (error instanceof UnreadableData) {
          throw new InputError(file, [
            {
              path: '',
              code: 'unreadable',
              message: error.message,
              expected: error.expected,
              found: error.found,
            },
          ]);
        }
        throw error;
      } finally {
        bar.end();
      }
      if (options.svg)
        await writeOutput(options.svg, summaryCharts(result.summary, result.summary.instruments[0]));
      if (options.dashboard || options.save) {
        let dashboard: Dashboard;
        try {
          dashboard = await dashboardOf(result.summary, result.format, k);
        } catch (error) {
          if (error instanceof CannotProtect) {
            throw new InputError(file, [
              { path: 'dashboard', code: 'refused', message: `dashboard not released: ${error.message}` },
            ]);
          }
          throw error;
        }
        if (options.dashboard)
          await writeOutput(options.dashboard, `${JSON.stringify(dashboard, null, 2)}\n`);
        // On stderr, so that --json output stays the import contract.
        if (options.save) process.stderr.write(`saved dataset ${await saveDataset(dashboard, options)}\n`);
      }
      if (options.json) printJson({ ...result, exactCounts: HOLDER_ONLY });
      else process.stdout.write(`${renderImport(result, file, cliLang())}\n`);
    });
}
