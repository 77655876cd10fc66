#!/usr/bin/env node
// The `continuum` command: the bundled command line in dist/bundle/ (`npm ci` builds it through the
// "prepare" script; run `npm run build` after editing src/).
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
