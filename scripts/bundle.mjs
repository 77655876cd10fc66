// Bundles the command line (esbuild) into dist/bundle/: one small entry (continuum.js) that reads
// the command table, one chunk per command loaded only when that command runs, and each worker
// thread's entry under its own name — all in one folder, so that `new URL('./x-worker.js',
// import.meta.url)` finds a worker from any chunk, as it does beside its module in tsc's dist/.
// Our sources and the pure-JavaScript packages (commander, Papa Parse, yaml, zod, @stdlib, FormatJS) are bundled (a Node start-up spent resolving
// hundreds of small files is what made `continuum --version` take a second); packages that load
// files of their own (WebAssembly, native add-ons, worker scripts, static assets) stay external
// and are loaded from node_modules as before.
//
// Start-up pays only for what a command runs: the message catalogues are read per language when
// first needed (scripts/bundle/catalogues.js stands in for src/i18n/catalogues.ts, and this script
// writes dist/bundle/messages/<lang>.json), and FormatJS is evaluated on the first message that
// needs it (scripts/bundle/formatjs.js loads dist/bundle/formatjs.cjs, built here), the
// pseudo-locale and its ICU parser when that locale is used (scripts/bundle/pseudo.js), as is node:child_process, which commander requires but
// Continuum never uses (scripts/bundle/child-process.cjs). These replacements apply to the bundle only: tests, the
// web app and tsc's dist/ use the sources as written.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const inline = new Set(['commander', 'papaparse', 'yaml', 'zod']);
const isInline = (name) =>
  inline.has(name) ||
  name === 'intl-messageformat' ||
  name.startsWith('@stdlib/') ||
  name.startsWith('@formatjs/');
const external = Object.keys(pkg.dependencies)
  .filter((name) => !isInline(name))
  .flatMap((name) => [name, `${name}/*`]);

// Chunk names change with their content: start from an empty folder.
rmSync('dist/bundle', { recursive: true, force: true });

// Each language's catalogue, flat, from the files src/i18n/catalogues.ts imports (its domains).
const cataloguesSource = readFileSync('src/i18n/catalogues.ts', 'utf8');
const catalogues = {};
for (const [, lang, domain] of cataloguesSource.matchAll(/from '\.\/messages\/(\w+)\/(\w+)\.json'/g)) {
  const messages = JSON.parse(readFileSync(`src/i18n/messages/${lang}/${domain}.json`, 'utf8'));
  catalogues[lang] ??= {};
  for (const [key, message] of Object.entries(messages)) catalogues[lang][`${domain}.${key}`] = message;
}
if (!catalogues.en)
  throw new Error('scripts/bundle.mjs: no catalogue imports found in src/i18n/catalogues.ts');
mkdirSync('dist/bundle/messages', { recursive: true });
for (const [lang, flat] of Object.entries(catalogues))
  writeFileSync(`dist/bundle/messages/${lang}.json`, JSON.stringify(flat));

/** The bundle's stand-ins: two imports of src/i18n/translate.ts and one of commander's (see the head of this file). */
const lazyImports = {
  name: 'lazy-imports',
  setup(plugin) {
    plugin.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: new URL('./bundle/child-process.cjs', import.meta.url).pathname }
        : undefined,
    );
    const fromTranslate = (args) => /[\\/]src[\\/]i18n[\\/]translate\.ts$/.test(args.importer);
    plugin.onResolve({ filter: /^\.\/catalogues\.js$/ }, (args) =>
      fromTranslate(args) ? { path: new URL('./bundle/catalogues.js', import.meta.url).pathname } : undefined,
    );
    plugin.onResolve({ filter: /^intl-messageformat$/ }, (args) =>
      fromTranslate(args) ? { path: new URL('./bundle/formatjs.js', import.meta.url).pathname } : undefined,
    );
    plugin.onResolve({ filter: /^\.\/pseudo\.js$/ }, (args) =>
      fromTranslate(args) ? { path: new URL('./bundle/pseudo.js', import.meta.url).pathname } : undefined,
    );
  },
};

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
  plugins: [lazyImports],
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages bundled into ES modules still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// FormatJS and the pseudo-locale on their own, for scripts/bundle/formatjs.js and pseudo.js to
// load on first use.
for (const [outfile, contents] of [
  ['formatjs.cjs', "export { IntlMessageFormat } from 'intl-messageformat';"],
  ['pseudo.cjs', "export { pseudoCatalogue, pseudoText } from './src/i18n/pseudo.ts';"],
]) {
  await build({
    stdin: { contents, resolveDir: '.', loader: 'ts' },
    outfile: `dist/bundle/${outfile}`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
}
