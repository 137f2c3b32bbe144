// @ts-check
// `npm run screenshots` (after `npm run build`): the README's screenshots. Serves dist/
// with `vite preview` on PORTS.screenshots (tooling/ports.js) (demo mode: the Partner Center emulator runs in the
// browser, standard dataset), opens each view in headless Chromium at 1280×900 (the phone
// shot at 390×844, the dark one with prefers-color-scheme: dark, the print one with print
// media), waits until its data and charts are on screen, and saves PNGs to
// docs/screenshots/ — the images README.md shows. Deterministic inputs (en-US, UTC, fixed viewport) so a re-run
// only changes an image when the UI changed.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { startPreview } from '../bench/preview.js';
import { chromiumLaunchOptions } from '../tooling/browser.js';
import { PORTS } from '../tooling/ports.js';

const PORT = PORTS.screenshots;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT_DIR = 'docs/screenshots';
const WIDTH = 1280;
const MAX_HEIGHT = 1600; // full page, clipped: keeps each file small
const CUSTOMER = '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a03'; // Lamna Healthcare — Cas Limites

/** @typedef {import('@playwright/test').Page} Page */

/** @param {Page} page */
async function portfolioLoaded(page) {
  await page
    .locator('.portfolio .load-progress')
    .filter({ hasText: /^All [\d,]+ customers loaded/ })
    .waitFor();
  await page.locator('.portfolio table.data-table tbody tr th a').first().waitFor();
}

/**
 * @typedef {object} Shot
 * @property {string} file
 * @property {string} path
 * @property {(page: Page) => Promise<void>} ready
 * @property {{ width: number, height: number }} [viewport] 1280×900 when absent
 * @property {'light' | 'dark'} [colorScheme]
 * @property {'screen' | 'print'} [media]
 */

/** @param {Page} page */
async function snapshotLoaded(page) {
  await page.locator('.recharts-bar-rectangle').first().waitFor();
}

/** @type {Shot[]} */
const SHOTS = [
  {
    file: 'portfolio.png',
    path: '/',
    async ready(page) {
      await portfolioLoaded(page);
      const flaggedOnly = page.getByRole('checkbox', { name: /^Flagged only/ });
      if (await flaggedOnly.isChecked()) await flaggedOnly.uncheck();
    },
  },
  { file: 'portfolio-flagged.png', path: '/?flagged=true', ready: portfolioLoaded },
  {
    file: 'customer-snapshot.png',
    path: `/customers/${CUSTOMER}`,
    async ready(page) {
      await page.locator('.recharts-bar-rectangle').first().waitFor();
    },
  },
  {
    file: 'customer-trend.png',
    path: `/customers/${CUSTOMER}?tab=trend`,
    async ready(page) {
      await page.locator('.recharts-line').first().waitFor();
      // The panel is named by its heading (ids are generated since panels share one component).
      const rows = page.getByRole('region', { name: 'Month by month' }).locator('table tbody tr');
      await page.waitForFunction(
        () =>
          ![...document.querySelectorAll('[role="status"]')].some((el) =>
            /months loaded/.test(el.textContent ?? ''),
          ),
      );
      await expectCount(rows, 12);
    },
  },
  {
    file: 'customer-usage.png',
    path: `/customers/${CUSTOMER}?tab=usage`,
    async ready(page) {
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      await page.locator('table.data-table tbody tr').first().waitFor();
    },
  },
  {
    file: 'phone.png',
    path: `/customers/${CUSTOMER}`,
    viewport: { width: 390, height: 844 },
    ready: snapshotLoaded,
  },
  { file: 'dark.png', path: `/customers/${CUSTOMER}`, colorScheme: 'dark', ready: snapshotLoaded },
  {
    file: 'print.png',
    path: `/customers/${CUSTOMER}?service=o365`,
    // About an A4 page's width at 96 dpi.
    viewport: { width: 800, height: 1100 },
    media: 'print',
    ready: snapshotLoaded,
  },
  {
    file: 'picker.png',
    path: '/customers?q=con',
    async ready(page) {
      await page.locator('.customer-list__link').first().waitFor();
    },
  },
];

/** @param {import('@playwright/test').Locator} locator @param {number} count */
async function expectCount(locator, count, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline)
      throw new Error(`expected ${count} rows, got ${await locator.count()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @param {import('@playwright/test').Browser} browser @param {Shot} shot */
async function capture(browser, shot) {
  const viewport = shot.viewport ?? { width: WIDTH, height: 900 };
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    colorScheme: shot.colorScheme ?? 'light',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${shot.path}`);
    await shot.ready(page);
    await page.waitForLoadState('networkidle');
    if (shot.media) await page.emulateMedia({ media: shot.media });
    // Let chart animations (recharts: 1.5 s for up to 30 bars) and the last layout settle.
    await page.waitForTimeout(2000);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const path = join(OUT_DIR, shot.file);
    await page.screenshot({
      path,
      type: 'png',
      fullPage: true,
      clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
    });
    console.log(`${path}  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Run `npm run build` first (screenshots are taken of the production build).');
    process.exit(1);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const preview = await startPreview(PORT); // a copy of dist/: a concurrent build can't break it
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      for (const shot of SHOTS) await capture(browser, shot);
    } finally {
      await browser.close();
    }
  } finally {
    preview.stop();
  }
}

await main();
