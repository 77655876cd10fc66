// `continuum serve` as a real child process (from source, through tsx), for the tests that need
// more than one process on one data directory, or a kill -9.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type Exited = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Run the CLI from source in a child process: `continuum <args>`. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess & { output: Promise<Exited> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const output = new Promise<Exited>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return Object.assign(child, { output });
}

export type Serving = { url: string; pid: number; child: ReturnType<typeof cli> };

/** Start `serve --port 0 --data DIR` and wait until it says where it serves. */
export async function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Serving> {
  const child = cli(['serve', '--port', '0', '--rate-limit', '0', '--data', dataDir], env);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      const match = /serving on (http:\/\/\S+?) /.exec(seen);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.output.then((exited) =>
      reject(new Error(`serve exited (${exited.code ?? exited.signal}) before serving: ${exited.stderr}`)),
    );
  });
  return { url, pid: child.pid!, child };
}

export async function loginOver(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}
