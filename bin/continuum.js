#!/usr/bin/env node
// The `continuum` command: the bundled command line in dist/bundle/ (`npm ci` builds it through the
// "prepare" script; run `npm run build` after editing src/).
// `continuum --version` alone is answered before any of the program loads: that is all it needs, and
// loading the bundle (commander, the command table, a message catalogue) was a third of its time.
// The version is package.json's, as the program's own --version prints it (test/cli/built.test.ts).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { createRequire } = await import('node:module');
  process.stdout.write(`${createRequire(import.meta.url)('../package.json').version}\n`);
  process.exit(0);
}
let main;
try {
  main = await import('../dist/bundle/continuum.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bundle/continuum.js'))
    throw error;
  process.stderr.write('continuum: dist/ is missing — run `npm run build` (or `npm ci`) first.\n');
  process.exit(1);
}
// A closed pipe (`continuum … | head`) ends quietly; an error escaping every handler prints one line.
main.guardProcess();
process.exitCode = await main.run(process.argv);
