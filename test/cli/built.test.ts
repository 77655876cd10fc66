// The bundled command line (dist/bundle/, built by `npm run build` and `npm ci`) reads each
// language's messages from dist/bundle/messages/ and loads FormatJS on first use, where the sources
// import them statically (scripts/bundle.mjs): its texts must be the sources' texts, word for word,
// and --version and --help must not load FormatJS at all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const built = existsSync('dist/bundle/continuum.js') && existsSync('dist/bundle/messages/en.json');

function runBuilt(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['bin/continuum.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', ...env },
    timeout: 60_000,
  });
}

describe.skipIf(!built)('the bundled command line', () => {
  const kase = 'examples/cases/domestic-servitude.json';
  for (const lang of ['en', 'fr', 'es']) {
    it(`prints in ${lang} what the sources print, with messages that need formatting`, async () => {
      for (const args of [
        ['--lang', lang, 'whatif', kase, '--scenario', 'citizen'],
        ['--lang', lang, 'profile', kase],
        ['--lang', lang, '--help'],
        ['--lang', lang, 'assess', 'examples/cases/no-such-case.json'],
      ]) {
        const bundled = runBuilt(args);
        const sources = await runCli(args);
        expect(bundled.stdout, args.join(' ')).toBe(sources.stdout);
        expect(bundled.stderr, args.join(' ')).toBe(sources.stderr);
        expect(bundled.status, args.join(' ')).toBe(sources.code);
      }
    });
  }

  it('answers --version before loading the program, with the version the program prints', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const args of [['--version'], ['-V']]) {
      const bundled = runBuilt(args);
      expect(bundled.stdout).toBe(`${version}\n`);
      expect(bundled.stdout).toBe((await runCli(args)).stdout);
      expect(bundled.status).toBe(0);
    }
    // With anything beside it, the program itself answers.
    expect(runBuilt(['--version', '--lang', 'fr']).stdout).toBe(`${version}\n`);
  });

  it('loads FormatJS only for a message that needs it', () => {
    const loads = (args: string[]) =>
      runBuilt(args, { NODE_DEBUG: 'module' }).stderr.includes('formatjs.cjs');
    expect(loads(['--version'])).toBe(false);
    expect(loads(['--help'])).toBe(false);
    // Simple arguments, plurals and numbers are written without it (src/i18n/fast-format.ts); a
    // message with a select needs it.
    expect(loads(['--lang', 'fr', 'whatif', kase, '--scenario', 'citizen'])).toBe(false);
    expect(loads(['estimate', 'examples/lists/uk-2013-five-lists.csv'])).toBe(false);
    expect(loads(['assess', kase])).toBe(true);
  });
});
