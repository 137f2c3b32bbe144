// @ts-check
// How each mode is visited, and what "painted" means on each view. Demo: a fresh context
// per visit, cold (first visit: nothing cached) or warm (the
// customer picker visited first, as a returning user). MSAL: a returning visit in a page
// that signed in once (msal-stack.js). Floor: a fresh context, the rows as static HTML.
import { scriptsBefore } from './js-size.js';
import { instrument, visit } from './visit.js';

/** @typedef {import('./visit.js').Target} Target */

export const CHART = { selector: '.recharts-bar-rectangle' };
export const FIRST_ROW = { selector: '.portfolio table.data-table tbody tr th a' };
export const ALL_LOADED = {
  selector: '.portfolio .load-progress',
  text: /^All [\d,]+ customers loaded/,
};
export const FLOOR_FIRST = { selector: '#floor tbody tr' };
/** A returning user: the picker was visited once (same selector in every dataset). */
const WARM = { path: '/customers', selector: '.customer-list__link' };
/** Long enough to catch a late layout shift in the same CLS session window. */
export const SETTLE_MS = 1000;

/** @param {import('@playwright/test').Browser} browser */
export async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  await instrument(page);
  return { page, close: () => context.close() };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Target[]} targets
 * @param {{ warm: boolean, config?: object, settleMs?: number }} options  config: answer
 *   /config.json with this (e.g. the large dataset)
 */
export async function demoVisit(browser, url, targets, { warm, config, settleMs }) {
  const { page, close } = await newPage(browser);
  try {
    if (config) await page.route('**/config.json', (route) => route.fulfill({ json: config }));
    if (warm) {
      await page.goto(new URL(WARM.path, url).href);
      await page.waitForSelector(WARM.selector, { timeout: 120_000 });
    }
    return await visit(page, url, targets, settleMs ? { settleMs } : {});
  } finally {
    await close();
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url  any URL of the app's origin (answered with the floor)
 * @param {string} floorBody
 * @param {number} [floorDelayMs]
 */
export async function floorVisit(browser, url, floorBody, floorDelayMs = 0) {
  const { page, close } = await newPage(browser);
  try {
    return await visit(page, url, [FLOOR_FIRST], { floorBody, floorDelayMs });
  } finally {
    await close();
  }
}

/**
 * Files the figures of one visit under `key`: `key` (first target), `key:all` (second
 * target, when there is one), `key:cls` / `key:clsSum` and `key:js` (gzip bytes of the
 * scripts requested before the first target painted; their names go to `files`).
 * @param {Record<string, number>} out
 * @param {string} key
 * @param {import('./visit.js').VisitResult} result
 * @param {{ dir: string, files: Map<string, string[]> }} js
 */
export function file(out, key, result, js) {
  const [first = NaN, all] = result.times;
  out[key] = first;
  if (all !== undefined) out[`${key}:all`] = all;
  out[`${key}:cls`] = result.shifts.window;
  out[`${key}:clsSum`] = result.shifts.sum;
  const before = scriptsBefore(js.dir, result.scripts, first);
  out[`${key}:js`] = before.bytes;
  js.files.set(key, before.files);
}
