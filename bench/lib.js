// @ts-check
// Helpers of `npm run bench` (bench.js): the preview server, the in-page stopwatch, the
// floors (the same rows as a plain HTML table) and the initial-JS size.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { groupRows } from '../emulators/partner-center/commercial-query.js';

/** @param {number[]} values */
export const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** @param {number} value */
export const ms = (value) => value.toFixed(0);

/**
 * `vite preview` on 127.0.0.1:port of a copy of dist/ taken now, so a build running
 * meanwhile (tests, another terminal) cannot pull files from under the benchmark.
 * stop() ends the server and its children and removes the copy.
 * @param {number} port
 */
export async function startPreview(port) {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync('dist', outDir, { recursive: true });
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/config.json`);
  } catch (error) {
    stop();
    throw error;
  }
  return { outDir, stop };
}

/** @param {string} url */
async function waitForServer(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The gzip -9 size of the scripts index.html loads. @param {string} dir a build (dist/) */
export function initialJsGzip(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    0,
  );
  return { files, kib: bytes / 1024 };
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * A floor: the rows as one static HTML table (no script).
 * @param {{ name: string, sold: number, deployed: number }[]} rows
 */
export function floorHtml(rows) {
  const body = rows
    .map((r) => `<tr><th>${escapeHtml(r.name)}</th><td>${r.sold}</td><td>${r.deployed}</td></tr>`)
    .join('');
  return `<!doctype html><title>floor</title><table id="floor"><tbody>${body}</tbody></table>`;
}

/**
 * E3 rows grouped per customer, as the portfolio asks Partner Center for them (the
 * emulator's own groupby): name, seats sold, deployed.
 * @param {import('../emulators/partner-center/analytics-rows.js').DeploymentRow[]} rows
 */
export function perCustomer(rows) {
  return groupRows(
    rows,
    ['customerTenantId', 'customerName'],
    ['licensesSold', 'licensesDeployed'],
  ).map((group) => ({
    name: String(group.customerName),
    sold: Number(group.licensesSold),
    deployed: Number(group.licensesDeployed),
  }));
}

/**
 * @typedef {object} Target  what "painted" means: the first element matching `selector`
 *   that has a layout box (and whose text matches `text`, when given)
 * @property {string} selector
 * @property {RegExp} [text]
 *
 * @typedef {object} MeasureOptions
 * @property {string} [floorBody]  answer `url` with this HTML instead of the app; the
 *   result then ends with one more figure: all rows in the DOM and painted (the later of
 *   the document parsed, domInteractive, and the first row painted)
 * @property {object} [config]     answer /config.json with this (e.g. the large dataset)
 * @property {{ url: string, selector: string }} [warm]  visit this first and wait for the
 *   selector (service worker installed, assets cached), as a returning user would
 */

/**
 * Milliseconds from navigation start to each target being painted, in one fresh context.
 * An in-page requestAnimationFrame loop notes the frame a target first appears in and
 * reads performance.now() at the next frame (so it was painted), whatever the round trips
 * to Playwright cost while the page is busy. The loop ends once every target is found: in
 * a long static document it would otherwise make Chromium lay out the growing table every
 * frame and slow the parse down severalfold.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Target[]} targets
 * @param {MeasureOptions} [options]
 * @returns {Promise<number[]>}
 */
export async function measure(browser, url, targets, { floorBody, config, warm } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (config) await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    if (warm) {
      await page.goto(warm.url);
      await page.waitForSelector(warm.selector, { timeout: 120_000 });
    }
    if (floorBody)
      await page.route(url, (route) =>
        route.fulfill({ contentType: 'text/html', body: floorBody }),
      );
    await page.goto(url, { waitUntil: 'commit' });
    const wanted = targets.map(({ selector, text }) => ({ selector, text: text?.source }));
    const times = await page.evaluate(stopwatch, wanted);
    if (!floorBody) return times;
    await page.waitForLoadState('domcontentloaded');
    const parsed = await page.evaluate(
      () =>
        /** @type {PerformanceNavigationTiming | undefined} */ (
          performance.getEntriesByType('navigation')[0]
        )?.domInteractive ?? NaN,
    );
    // Every row is only on screen once the document is parsed AND a first frame painted: a
    // short table parses before its first paint, and "all rows" cannot precede it.
    return [...times, Math.max(parsed, times[0] ?? NaN)];
  } finally {
    await context.close();
  }
}

/** Runs in the page. @param {{ selector: string, text: string | undefined }[]} targets */
function stopwatch(targets) {
  const times = targets.map(() => NaN);
  const found = targets.map(() => false);
  /** @param {{ selector: string, text: string | undefined }} target */
  const present = ({ selector, text }) =>
    [...document.querySelectorAll(selector)].some(
      (el) =>
        el.getClientRects().length > 0 &&
        (text === undefined || new RegExp(text).test(el.textContent?.trim() ?? '')),
    );
  return /** @type {Promise<number[]>} */ (
    new Promise((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`timed out: ${JSON.stringify(targets)}`)),
        180_000,
      );
      const tick = () => {
        targets.forEach((target, i) => {
          if (found[i] || !present(target)) return;
          found[i] = true;
          requestAnimationFrame(() => (times[i] = performance.now()));
        });
        if (times.every((t) => !Number.isNaN(t))) {
          clearTimeout(timeout);
          resolve(times);
        } else requestAnimationFrame(tick);
      };
      tick();
    })
  );
}
