// Bundles the command line (esbuild) into dist/bundle/: one small entry (continuum.js) that reads
// the command table, one chunk per command loaded only when that command runs, and each worker
// thread's entry under its own name — all in one folder, so that `new URL('./x-worker.js',
// import.meta.url)` finds a worker from any chunk, as it does beside its module in tsc's dist/.
// Our sources and the pure-JavaScript packages (commander, Papa Parse, yaml, zod, @stdlib, FormatJS) are bundled (a Node start-up spent resolving
// hundreds of small files is what made `continuum --version` take a second); packages that load
// files of their own (WebAssembly, native add-ons, worker scripts, static assets) stay external
// and are loaded from node_modules as before.

import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const inline = new Set(['commander', 'papaparse', 'yaml', 'zod']);
const isInline = (name) => inline.has(name) || name.startsWith('@stdlib/') || name.startsWith('@formatjs/');
const external = Object.keys(pkg.dependencies)
  .filter((name) => !isInline(name))
  .flatMap((name) => [name, `${name}/*`]);

// Chunk names change with their content: start from an empty folder.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    continuum: 'src/cli/main.ts',
    'bootstrap-worker': 'src/estimate/parallel/bootstrap-worker.ts',
    'assess-worker': 'src/server/assess/assess-worker.ts',
    'estimate-worker': 'src/server/estimate/estimate-worker.ts',
    'pglite-worker': 'src/store/pglite-worker.ts',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS packages bundled into ES modules still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
