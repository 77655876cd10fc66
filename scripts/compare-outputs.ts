// Records every command's output on the worked examples and the test fixtures, so that a refactor
// can be checked to leave them byte-identical:
//
//   npx tsx scripts/compare-outputs.ts record /tmp/before     # before the change
//   npx tsx scripts/compare-outputs.ts check /tmp/before      # after: lists every file that differs
//
// `--json` output is the contract and must not change; the text output of a few commands is
// recorded too (as .txt), so a change to what people read is seen, not missed. Commands run in one
// process, from source (the CLI's own `run`), with their standard output and exit code captured.
// Every CTDC fixture is imported both ways (with and without --as-found) with every output: JSON,
// text (en, fr), the SVG charts, the dashboard file, and --save into a scratch case store (the
// dataset read back); aggregated by several dimensions (JSON and the SDS TSV).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run } from '../src/cli/main.js';
import { scenarios } from '../src/continuum/scenarios.js';
import { instruments } from '../src/law/instruments/index.js';

type Job = { name: string; argv: string[] };

const csvIn = async (dir: string) =>
  (await readdir(dir))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(dir, f));

async function jobs(scratch: string): Promise<Job[]> {
  const cases = (await readdir('examples/cases'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('examples/cases', f));
  // Every CTDC fixture (lists-synthetic also has list columns: its import estimates too).
  const ctdc = await csvIn('test/fixtures/ctdc');
  const lists = await csvIn('examples/lists');
  const list: Job[] = [
    { name: 'schema.json', argv: ['schema'] },
    { name: 'explain.json', argv: ['explain', '--json'] },
    { name: 'explain.txt', argv: ['explain'] },
    { name: 'table.json', argv: ['table', 'examples/cases', '--json'] },
    { name: 'table.txt', argv: ['table', 'examples/cases'] },
    { name: 'assess-all.json', argv: ['assess', ...cases, '--json'] },
    { name: 'assess-all-trees.json', argv: ['assess', ...cases, '--json', '--tree', 'all'] },
    { name: 'assess-all-v1.json', argv: ['assess', ...cases, '--json', '--schema-version', '1'] },
  ];
  for (const file of cases) {
    const stem = basename(file, '.json');
    list.push(
      { name: `assess-${stem}.txt`, argv: ['assess', file, '--full'] },
      { name: `compare-${stem}.json`, argv: ['compare', file, '--json'] },
      { name: `compare-${stem}.txt`, argv: ['compare', file] },
      { name: `profile-${stem}.json`, argv: ['profile', file, '--json'] },
      { name: `pathways-${stem}.json`, argv: ['pathways', file, '--json'] },
      { name: `sexwork-${stem}.json`, argv: ['sexwork', file, '--json'] },
    );
    for (const scenario of scenarios) {
      list.push({
        name: `whatif-${stem}-${scenario.id}.json`,
        argv: ['whatif', file, '--scenario', scenario.id, '--json'],
      });
    }
  }
  const aggregateBy = ['year,band', 'country', ...instruments.map((i) => i.id)];
  for (const file of ctdc) {
    const stem = basename(file, '.csv');
    // Every import output, read both ways (investigation and --as-found): JSON, text, the SVG
    // charts, the dashboard file and the dataset --save keeps in the case store.
    for (const asFound of [[], ['--as-found']]) {
      const tag = `${stem}${asFound.length > 0 ? '-as-found' : ''}`;
      const dashboard = join(scratch, `${tag}-dashboard.json`);
      const svg = join(scratch, `${tag}.svg`);
      const ctdcFile = ['import', 'ctdc', file, ...asFound];
      list.push(
        { name: `import-${tag}.json`, argv: [...ctdcFile, '--json', '--dashboard', dashboard, '--svg', svg] },
        { name: `import-${tag}-dashboard.json`, argv: ['@file', dashboard] },
        { name: `import-${tag}-charts.svg.txt`, argv: ['@file', svg] },
        { name: `import-${tag}.txt`, argv: ctdcFile },
        { name: `import-${tag}-fr.txt`, argv: [...ctdcFile, '--lang', 'fr'] },
        {
          name: `import-${tag}-save.json`,
          argv: [
            '@save',
            ...ctdcFile,
            '--save',
            '--as',
            'res',
            '--name',
            tag,
            '--data',
            join(scratch, 'store'),
          ],
        },
      );
    }
    for (const by of aggregateBy) {
      list.push({ name: `aggregate-${stem}-${by}.json`, argv: ['aggregate', file, '--by', by, '--json'] });
    }
    list.push({
      name: `aggregate-${stem}-year,gender.tsv.txt`,
      argv: ['aggregate', file, '--by', 'year,gender', '--tsv'],
    });
  }
  for (const file of lists) {
    list.push({ name: `estimate-${basename(file, '.csv')}.json`, argv: ['estimate', file, '--json'] });
  }
  return list;
}

/** Runs one command line in this process and returns what it printed, with its exit code. */
async function capture(argv: string[]): Promise<string> {
  // A command that refused (e.g. a dashboard below the release policy) wrote no file: record that.
  if (argv[0] === '@file') return readFile(argv[1], 'utf8').catch(() => '[no file written]\n');
  if (argv[0] === '@save') return saved(argv.slice(1));
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeError = process.stderr.write.bind(process.stderr);
  const keep = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    code = await run(['node', 'continuum', ...argv]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeError;
    process.exitCode = undefined;
  }
  return `${chunks.join('')}\n[exit ${code}]\n`;
}

/**
 * `import … --save`: the line that names the dataset (its id, new each time, masked), the exit
 * code, and the dataset the case store then holds (its dashboard, name, k and format).
 */
async function saved(argv: string[]): Promise<string> {
  const data = argv[argv.indexOf('--data') + 1];
  const { openStore } = await import('../src/store/db.js');
  const { createUser, findUserForLogin } = await import('../src/store/users.js');
  const { readDataset } = await import('../src/store/datasets.js');
  const open = () => openStore({ kind: 'pglite', dataDir: data });
  let store = await open();
  if (!(await findUserForLogin(store.db, 'res')))
    await createUser(store.db, { username: 'res', passwordHash: 'x', role: 'caseworker' });
  await store.close();
  const printed = await capture(argv);
  const id = /saved dataset (d-[a-z0-9]+)/.exec(printed)?.[1];
  let dataset = '[nothing saved]';
  if (id) {
    store = await open();
    try {
      const row = await readDataset(store.db, { userId: 1, username: 'res' }, id);
      const { name, k, format, dashboard } = row ?? {};
      dataset = JSON.stringify({ name, k, format, dashboard }, null, 2);
    } finally {
      await store.close();
    }
  }
  // The text it printed besides is recorded by the import's own .txt output.
  const said = printed.split('\n').filter((line) => /^saved dataset|^\[exit/.test(line));
  return `${said.join('\n').replaceAll(id ?? '\u0000', 'd-…')}\n${dataset}\n`;
}

async function record(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'continuum-outputs-'));
  try {
    const all = await jobs(scratch);
    for (const job of all) await writeFile(join(dir, job.name), await capture(job.argv));
    process.stdout.write(`recorded ${all.length} outputs in ${dir}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function check(baseline: string): Promise<number> {
  const now = await mkdtemp(join(tmpdir(), 'continuum-outputs-now-'));
  try {
    await record(now);
    const before = new Set(await readdir(baseline));
    const after = new Set(await readdir(now));
    const differ: string[] = [];
    for (const name of [...new Set([...before, ...after])].sort()) {
      if (!before.has(name) || !after.has(name)) {
        differ.push(`${name} (${before.has(name) ? 'gone' : 'new'})`);
        continue;
      }
      const [a, b] = await Promise.all([readFile(join(baseline, name)), readFile(join(now, name))]);
      if (!a.equals(b)) differ.push(name);
    }
    const json = differ.filter((name) => name.includes('.json'));
    for (const name of differ) process.stdout.write(`differs: ${name}\n`);
    process.stdout.write(
      `${after.size} outputs compared: ${json.length} JSON and ${differ.length - json.length} text files differ\n`,
    );
    if (differ.length > 0) process.stdout.write(`(the new outputs are kept in ${now})\n`);
    else await rm(now, { recursive: true, force: true });
    return json.length > 0 ? 1 : 0;
  } catch (error) {
    await rm(now, { recursive: true, force: true });
    throw error;
  }
}

// --save writes to the embedded store in a scratch directory, never to a configured database.
delete process.env.DATABASE_URL;
const [mode, dir] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'check') || !dir) {
  process.stderr.write('usage: npx tsx scripts/compare-outputs.ts record|check <directory>\n');
  process.exitCode = 2;
} else if (mode === 'record') await record(dir);
else process.exitCode = await check(dir);
