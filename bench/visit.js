// @ts-check
// One measured visit in a page: navigation → each target painted, the layout shifts, and
// the scripts the page requested. Shared by the demo and MSAL modes and the floors.
import { stopwatch } from './stopwatch.js';

/**
 * @typedef {import('./stopwatch.js').Target} Target
 * @typedef {{ url: string, startTime: number }} ScriptEntry
 * @typedef {{ sum: number, window: number }} Shifts  CLS, two ways: the plain sum of every
 *   shift without recent input, and the Core Web Vitals figure (the largest session
 *   window: shifts less than 1 s apart, at most 5 s long)
 * @typedef {{ times: number[], scripts: ScriptEntry[], shifts: Shifts }} VisitResult
 *
 * @typedef {object} VisitOptions
 * @property {string} [floorBody]  answer `url` with this HTML instead of the app; times
 *   then end with one more figure: all rows in the DOM and painted
 * @property {number} [floorDelayMs]  answer the floor that late (one API round trip)
 * @property {number} [settleMs]  after the last target, wait this long before reading the
 *   layout shifts (1 s = a CLS session-window gap, so a later shift would open a new window)
 */

/**
 * Before any page script: a layout-shift observer and room for every resource timing entry
 * (the large portfolio makes hundreds of requests; the default buffer keeps 250).
 * @param {import('@playwright/test').Page} page
 */
export async function instrument(page) {
  await page.addInitScript(() => {
    performance.setResourceTimingBufferSize(100_000);
    /** @type {{ t: number, v: number }[]} */
    const shifts = [];
    Object.assign(window, { __benchShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = /** @type {PerformanceEntry & { value: number, hadRecentInput: boolean }} */ (
          entry
        );
        if (!shift.hadRecentInput) shifts.push({ t: shift.startTime, v: shift.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Navigates `page` to `url` and measures. The page keeps its context (cache, service
 * worker, MSAL's sessionStorage): the caller decides whether this is a first or a
 * returning visit.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {Target[]} targets
 * @param {VisitOptions} [options]
 * @returns {Promise<VisitResult>}
 */
export async function visit(page, url, targets, { floorBody, floorDelayMs = 0, settleMs } = {}) {
  /** @param {import('@playwright/test').Route} route */
  const floor = async (route) => {
    if (floorDelayMs) await new Promise((resolve) => setTimeout(resolve, floorDelayMs));
    await route.fulfill({ contentType: 'text/html', body: floorBody });
  };
  if (floorBody) await page.route(url, floor);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const wanted = targets.map(({ selector, text }) => ({ selector, text: text?.source }));
    const times = await page.evaluate(stopwatch, wanted);
    if (floorBody) {
      await page.waitForLoadState('domcontentloaded');
      const parsed = await page.evaluate(
        () =>
          /** @type {PerformanceNavigationTiming | undefined} */ (
            performance.getEntriesByType('navigation')[0]
          )?.domInteractive ?? NaN,
      );
      // Every row is only on screen once the document is parsed AND a first frame painted:
      // a short table parses before its first paint, and "all rows" cannot precede it.
      times.push(Math.max(parsed, times[0] ?? NaN));
    }
    if (settleMs) await page.waitForTimeout(settleMs);
    return { times, scripts: await scriptsOf(page), shifts: await shiftsOf(page) };
  } finally {
    if (floorBody) await page.unroute(url, floor);
  }
}

/** @param {import('@playwright/test').Page} page @returns {Promise<ScriptEntry[]>} */
function scriptsOf(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
      .map((e) => ({ url: e.name, startTime: e.startTime })),
  );
}

/** @param {import('@playwright/test').Page} page @returns {Promise<Shifts>} */
async function shiftsOf(page) {
  const shifts = await page.evaluate(
    () =>
      /** @type {{ __benchShifts?: { t: number, v: number }[] }} */ (window).__benchShifts ?? [],
  );
  let sum = 0;
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    sum += v;
    if (t - last >= 1000 || t - start >= 5000) [current, start] = [0, t];
    current += v;
    last = t;
    best = Math.max(best, current);
  }
  return { sum, window: best };
}
