// `npm run test:e2e` (after `npm run build`). Two targets run the same specs:
//   web      — the loopback harness (dist/web/serve.mjs) in Debian's Chromium;
//   electron — dist/electron/main.cjs under _electron.launch, skipped (with the reason)
//              when node_modules/electron has no binary.
// Each test gets its own app process and a fresh data folder (see fixtures.ts).
import { defineConfig } from '@playwright/test';
import type { AppTargetOptions } from './fixtures';

const debianChromium = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig<AppTargetOptions>({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // Playwright empties this folder when a run starts: concurrent runs need their own (QINGGAO_E2E_OUT).
  outputDir: process.env.QINGGAO_E2E_OUT ?? '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one worker per core.
  workers: 2,
  // In CI a test that fails once is run once more and reported as flaky (counted in
  // `npm test`'s closing line), so a rare timing flake on a loaded 2-core machine does
  // not hide every other result; one that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      use: {
        target: 'web',
        browserName: 'chromium',
        launchOptions: debianChromium,
      },
    },
    {
      name: 'electron',
      // The app holds a single-instance lock: one Electron at a time.
      workers: 1,
      // The `page` fixture is declared over Playwright's browser context (the web target needs it), so
      // give this project a browser it can launch too; its tests use the Electron window.
      use: { target: 'electron', browserName: 'chromium', launchOptions: debianChromium },
    },
  ],
});
