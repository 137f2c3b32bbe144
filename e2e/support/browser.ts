import { existsSync } from 'node:fs';

import { chromium, type LaunchOptions } from '@playwright/test';

// Never `npx playwright install`: use a Playwright-managed Chromium when one is already
// there (a developer laptop), otherwise Debian's /usr/bin/chromium (CI, these machines).
// The flags keep Chromium from phoning home, which on an offline machine means a storm of
// refused connections and slow starts.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function managedChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? managedChromium() ?? '/usr/bin/chromium';
  return { executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] };
}
