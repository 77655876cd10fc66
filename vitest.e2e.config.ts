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
    // A browser test that fails on timing alone (an estimate that ends before its progress bar is
    // seen, a folded tree still opening on a slow phone viewport) runs once more; one that fails
    // twice fails the suite.
    retry: 1,
  },
});
