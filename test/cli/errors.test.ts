// What a user's mistakes give on the command line: exit 2 and a plain message with a hint — never a
// stack trace or "internal error". Too large an input is refused before it is read; a closed pipe
// (`… | head -2`) ends quietly with exit 0; options go before or after the file.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'continuum-errors-'));
const caseFile = 'examples/cases/domestic-servitude.json';
const captureFile = 'examples/lists/uk-2013-five-lists.csv';
const noStack = /\n\s+at |internal error/;

describe('input size', () => {
  it('refuses a case file over the limit at once, and reads it with a larger --max-input', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ schemaVersion: 1, title: 'big', notes: 'x'.repeat(300 * 1024) }));
    const refused = await runCli(['assess', big]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the file is 300 KB; a case file may be at most 256 KB .*--max-input/);
    // Past the size limit, the schema's own bound on notes refuses it with the path.
    const raised = await runCli(['assess', big, '--max-input', '1MB']);
    expect(raised.code).toBe(2);
    expect(raised.stderr).toMatch(/notes: /);
    const before = await runCli(['--max-input', 'lots', 'assess', big]);
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/--max-input: invalid input/);
  });

  it('streams a capture table past the size limit of files read whole, with the line of a bad row', async () => {
    const big = join(dir, 'capture.csv');
    // 12.6 MB, one row per person: 2.1 million people.
    writeFileSync(big, `A,B,C\n${'1,0,1\n0,1,1\n1,1,0\n'.repeat(700_000)}`);
    const read = await runCli(['estimate', big, '--json']);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).observed).toBe(2_100_000);
    writeFileSync(big, `A,B,C\n${'1,0,1\n0,1,1\n1,1,0\n'.repeat(700_000)}1,2,0\n`);
    const refused = await runCli(['estimate', big, '--json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line\.2100002\.B: line 2100002, column B: list membership is 0 or 1/);
  });

  it('refuses arrays and strings beyond the schema’s bounds, with the path', async () => {
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, person: { citizenships: Array(11).fill('GB') } }));
    const refused = await runCli(['assess', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/person\.citizenships: .*at most 10/);
  });
});

describe('mistakes with files, dates and ports', () => {
  it('an output in a missing folder is exit 2 before any work, with a hint', async () => {
    for (const args of [
      ['profile', caseFile, '--svg', join(dir, 'missing', 'a.svg')],
      ['pathways', caseFile, '--svg', join(dir, 'missing', 'a.svg')],
      ['estimate', captureFile, '--svg', join(dir, 'missing', 'a.svg')],
      [
        'import',
        'ctdc',
        'test/fixtures/ctdc/ctdc-synthetic-2024.csv',
        '--dashboard',
        join(dir, 'missing', 'd.json'),
      ],
    ]) {
      const ran = await runCli(args);
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr).toMatch(/its folder does not exist \(create the folder first/);
      expect(ran.stdout).toBe('');
    }
  });

  it('a folder given for a data file is exit 2', async () => {
    for (const args of [
      ['aggregate', 'examples'],
      ['import', 'ctdc', 'examples'],
      ['assess', 'examples'],
      ['estimate', 'examples'],
    ]) {
      const ran = await runCli(args);
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr).toMatch(/is a folder|is a directory/);
      expect(ran.stderr).not.toMatch(noStack);
    }
  });

  it('an impossible date is refused like in a case file', async () => {
    const ran = await runCli(['pathways', caseFile, '--start', '2024-02-31']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--start: [\s\S]*not a date[\s\S]*"2024-02-31"/);
    expect((await runCli(['pathways', caseFile, '--start', '2024-02-29', '--json'])).code).toBe(0);
  });

  it('a busy port is exit 2 with a hint', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const ran = await runCli(['serve', '--port', String(port), '--data', join(dir, 'data')]);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toBe(
        `continuum: port ${port} is in use (try --port ${port + 1}, or stop what uses it)\n`,
      );
    } finally {
      blocker.close();
    }
  }, 120_000);
});

describe('options and help', () => {
  it('accepts options before or after the files', async () => {
    const before = await runCli(['assess', '--instrument', 'servitude', caseFile, '--json']);
    const after = await runCli(['assess', caseFile, '--json', '--instrument', 'servitude']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(JSON.parse(before.stdout).instruments.map((i: { id: string }) => i.id)).toEqual(['servitude']);
    const two = await runCli(['assess', '--instrument', 'servitude,slavery-convention', caseFile, '--json']);
    expect(JSON.parse(two.stdout).instruments).toHaveLength(2);
  });

  it('lists the empty what-if scenario in help', async () => {
    const help = await runCli(['whatif', '--help']);
    expect(help.stdout).toMatch(/or none \(the case as given/);
  });
});

/** Run the CLI in a child process whose reader has gone before it writes anything. */
function withClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe', () => {
  it('ends every command quietly with exit 0', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const commands = [
      ['assess', caseFile],
      ['assess', caseFile, '--json'],
      ['explain', 'un-trafficking-protocol'],
      ['table', 'examples/cases'],
      ['compare', caseFile],
      ['profile', caseFile],
      ['whatif', caseFile, '--scenario', 'right_to_work'],
      ['pathways', caseFile],
      ['sexwork', caseFile],
      ['schema'],
      ['estimate', captureFile],
      ['import', 'ctdc', 'test/fixtures/ctdc/ctdc-synthetic-2024.csv'],
      ['aggregate', 'test/fixtures/ctdc/ctdc-synthetic-2024.csv', '--by', 'year'],
      ['--help'],
    ];
    // Two at a time: each is a process of its own.
    const results: Array<{ args: string[]; code: number | null; stderr: string }> = [];
    for (let i = 0; i < commands.length; i += 2) {
      const batch = commands.slice(i, i + 2);
      const ran = await Promise.all(batch.map(withClosedPipe));
      for (const [j, r] of ran.entries()) results.push({ args: batch[j], ...r });
    }
    for (const { args, code, stderr } of results) {
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  }, 600_000);
});
