// The web app: Vite root src/web, built into dist/web (served by `continuum serve`).
// JSX compiles for Preact with Vite's own transformer, no plugin needed.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

/**
 * The page and its worker carry English alone: every import of src/i18n/catalogues.ts (which
 * imports all three languages, as the CLI, the server and the tests need) resolves to a stand-in:
 * for the page src/i18n/browser-catalogues.ts, where French and Spanish are fetched when chosen;
 * for the settling worker src/i18n/worker-catalogues.ts (the English facts questions alone).
 */
function browserCatalogues(standInFile: 'browser-catalogues.ts' | 'worker-catalogues.ts'): Plugin {
  const catalogues = fileURLToPath(new URL('./src/i18n/catalogues.ts', import.meta.url));
  const standIn = fileURLToPath(new URL(`./src/i18n/${standInFile}`, import.meta.url));
  return {
    name: 'browser-catalogues',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(^|\/)catalogues\.(js|ts)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === catalogues ? standIn : null;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [browserCatalogues('browser-catalogues.ts')],
  // The settling worker (src/web/live/settling.worker.ts) is an ES module, like the page.
  worker: { format: 'es', plugins: () => [browserCatalogues('worker-catalogues.ts')] },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // dist/web/.vite/manifest.json: which file holds which module (test/e2e/budget.test.ts reads it).
    manifest: true,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite` for development, with the API of `continuum serve --port 3000` behind it.
    proxy: { '/api': 'http://127.0.0.1:3000' },
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
});
