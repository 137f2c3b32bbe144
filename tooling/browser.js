// @ts-check
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

// Never `npx playwright install`: use a Playwright-managed Chromium when one is already
// there (a developer laptop), otherwise Debian's /usr/bin/chromium (CI, these machines).
// The flags keep Chromium from phoning home, which on an offline machine means a storm of
// refused connections and slow starts. Shared by the e2e config, the benchmark and the screenshots.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function managedChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string[]} [extraArgs]
 * @returns {import('@playwright/test').LaunchOptions}
 */
export function chromiumLaunchOptions(extraArgs = []) {
  const executablePath = process.env.CHROMIUM_PATH ?? managedChromium() ?? '/usr/bin/chromium';
  return { executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] };
}
