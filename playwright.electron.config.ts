/**
 * The Electron smoke test (electron/main/smoke.e2e.ts): `npm run smoke:electron`.
 * Separate from the browser UI suite; it needs an Electron binary (node_modules/electron's, or a packaged app
 * given as THANA_ELECTRON_EXE) and reports itself skipped where there is none.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'electron/main',
  testMatch: /.*\.e2e\.ts$/,
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
