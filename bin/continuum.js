#!/usr/bin/env node
// The `continuum` command. `npm ci` builds dist/ (the "prepare" script); run `npm run build` after editing src/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('continuum: dist/ is missing — run `npm run build` (or `npm ci`) first.\n');
  process.exit(1);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
