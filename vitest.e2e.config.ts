// Browser end-to-end tests (playwright-core driving Debian's chromium): `npm run test:e2e`.
// Kept apart from `npm test` so that the everyday suite stays quick.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/build-web.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
