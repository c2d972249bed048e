import { defineConfig } from '@playwright/test';

/**
 * UI tests of the desk: Debian's Chromium against the browser bridge, one fresh data folder per test.
 * The renderer is built once (global setup); each test starts its own bridge (renderer/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'renderer/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './renderer/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json']],
  outputDir: 'test-results/e2e',
  use: {
    viewport: { width: 1366, height: 820 },
    locale: 'hi-IN',
    timezoneId: 'Asia/Kolkata',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
});
