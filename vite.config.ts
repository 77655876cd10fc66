// The web app: Vite root src/web, built into dist/web (served by `continuum serve`).
// JSX compiles for Preact with Vite's own transformer, no plugin needed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The settling worker (src/web/live/settling.worker.ts) is an ES module, like the page.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    // `npx vite` for development, with the API of `continuum serve --port 3000` behind it.
    proxy: { '/api': 'http://127.0.0.1:3000' },
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
});
