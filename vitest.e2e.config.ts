import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers (Debian Chromium via playwright-core, Firefox ESR via
// puppeteer-core/WebDriver BiDi). Run by scripts/run-e2e.ts after the extension is built.
// One file at a time: two cores, and each file starts its own browser.
// Let Playwright report requests made by the extension's service worker (zero-network test).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
