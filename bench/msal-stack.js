// @ts-check
// MSAL mode for the benchmark, shaped like production and like the e2e stack: the Entra ID
// emulator answers as login.microsoftonline.com (Chromium's host-resolver rules), the
// production build runs behind `vite preview` with a production-shaped MSAL config, and
// /pc-api is proxied to the Node Partner Center emulator. A second preview + emulator
// serve the large dataset (20,000+ customers) on their own origin.
import { getDataset } from '../emulators/partner-center/dataset.js';
import { SEED_CUSTOMER_ID } from '../emulators/partner-center/fixtures.js';
import { startPartnerCenterEmulator } from '../emulators/partner-center/http-server.js';
import { startEmulators, startVite } from '../scripts/local-stack.js';
import { chromiumLaunchOptions } from '../tooling/browser.js';
import { PORTS } from '../tooling/ports.js';

import { killGroup, waitForServer } from './preview.js';

const origin = (/** @type {number} */ port) => `http://localhost:${port}`;

/**
 * @param {{ outDir: string, latencyMs: number, large: boolean }} options  outDir: the
 *   build to serve (a copy of dist/); large: also serve the large dataset
 */
export async function startMsalStack({ outDir, latencyMs, large }) {
  const standardOrigin = origin(PORTS.benchMsal);
  const largeOrigin = origin(PORTS.benchMsalLarge);
  const stack = await startEmulators({
    entraPort: PORTS.benchEntra,
    partnerCenterPort: PORTS.benchPartnerCenter,
    appOrigins: [standardOrigin, largeOrigin],
    authority: {
      authority: 'https://login.microsoftonline.com/organizations',
      knownAuthorities: [],
    },
    latencyMs,
  });
  const largePc = large
    ? await startPartnerCenterEmulator({
        port: PORTS.benchPartnerCenterLarge,
        jwksUrl: stack.entra.jwksUrl,
        caCert: stack.entra.caCert,
        dataset: getDataset('large'),
        latencyMs,
      })
    : undefined;
  const quiet = { outDir, quiet: true };
  const previews = [
    startVite(
      'preview',
      PORTS.benchMsal,
      { configPath: stack.configPath, upstream: stack.partnerCenter.url },
      quiet,
    ),
    ...(largePc
      ? [
          startVite(
            'preview',
            PORTS.benchMsalLarge,
            { configPath: stack.configPath, upstream: largePc.url },
            quiet,
          ),
        ]
      : []),
  ];
  const stop = async () => {
    previews.forEach(killGroup);
    await Promise.allSettled([stack.close(), largePc?.close()]);
  };
  try {
    await waitForServer(`${standardOrigin}/config.json`);
    if (largePc) await waitForServer(`${largeOrigin}/config.json`);
  } catch (error) {
    await stop();
    throw error;
  }
  const hostRules = `--host-resolver-rules=MAP login.microsoftonline.com 127.0.0.1:${PORTS.benchEntra}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`;
  return {
    origin: standardOrigin,
    largeOrigin: largePc ? largeOrigin : undefined,
    launchOptions: chromiumLaunchOptions([hostRules]),
    stop,
  };
}

/**
 * A new context and page at `appOrigin`, signed in through the real redirect flow (a
 * deep link starts it; the emulator's form is served as login.microsoftonline.com). MSAL
 * keeps its cache in sessionStorage, i.e. per tab: measure returning visits in this page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} appOrigin
 * @param {(page: import('@playwright/test').Page) => Promise<void>} [prepare]  e.g. instrument
 */
export async function signedInPage(browser, appOrigin, prepare) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  if (prepare) await prepare(page);
  await page.goto(`${appOrigin}/customers/${SEED_CUSTOMER_ID}`);
  await page.waitForURL(/^https:\/\/login\.microsoftonline\.com\/.*\/authorize/, {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Sign in as Adele Vance' }).click();
  await page.waitForURL(`${appOrigin}/customers/${SEED_CUSTOMER_ID}`, { timeout: 60_000 });
  const chart = page.locator('.recharts-bar-rectangle').first();
  await chart.waitFor({ timeout: 120_000 });
  // One unmeasured returning visit, so the first measured one is not also the first after
  // the redirect (whichever case a part measures first would otherwise carry it).
  await page.goto(`${appOrigin}/customers/${SEED_CUSTOMER_ID}`);
  await chart.waitFor({ timeout: 120_000 });
  return { page, close: () => context.close() };
}
