import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions } from './tooling/browser.js';
import { PORTS } from './tooling/ports.js';

// Every suite runs against the production build (dist/), never the dev server:
// - demo: the shipped config (emulator in a Web Worker, src/app/demo);
// - msal: a production-shaped MSAL config through `vite preview`'s proxy, with
//   login.microsoftonline.com resolved to the local Entra ID emulator and every other
//   unknown host sent nowhere, so the run is hermetic;
// - nginx: the same, served by Debian's nginx with the deploy/nginx recipe.
const HERMETIC_HOSTS = [
  `--host-resolver-rules=MAP login.microsoftonline.com 127.0.0.1:${PORTS.entra}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // The emulators hold per-test state (sessions, request logs): one worker keeps tests apart.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
  },
  projects: [
    {
      name: 'demo',
      testMatch: 'demo/**/*.spec.ts',
      use: { baseURL: `http://localhost:${PORTS.demo}`, launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'msal',
      testMatch: 'msal/**/*.spec.ts',
      use: {
        baseURL: `http://localhost:${PORTS.msal}`,
        ignoreHTTPSErrors: true,
        launchOptions: chromiumLaunchOptions(HERMETIC_HOSTS),
      },
    },
    {
      name: 'nginx',
      testMatch: 'nginx/**/*.spec.ts',
      use: {
        baseURL: `http://localhost:${PORTS.nginx}`,
        ignoreHTTPSErrors: true,
        launchOptions: chromiumLaunchOptions(HERMETIC_HOSTS),
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORTS.demo} --strictPort`,
      url: `http://localhost:${PORTS.demo}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // E2E_DEMO_ONLY=1 skips the MSAL/nginx stack for a quick run of the demo suite.
    ...(process.env.E2E_DEMO_ONLY
      ? []
      : [
          {
            command: 'node e2e/support/stack.js',
            url: `http://localhost:${PORTS.msal}/config.json`,
            reuseExistingServer: !process.env.CI,
            timeout: 90_000,
            stdout: 'pipe' as const,
          },
        ]),
  ],
});
