// @ts-check
// Hover-then-click: on the portfolio (returning visit, searched for the customer with
// ?q=, as a user types a name), hover and focus the customer's link, dwell a fixed "human"
// 300 ms (no wait for the network: a user does not wait for it either), click, and time
// click → that customer's chart painted; for a 10- and a 200-product customer. Floor: the
// same gesture on a static HTML table whose link opens the customer's static table.
import { deploymentRows } from '../emulators/partner-center/analytics-rows.js';
import { getDataset, getDefaultDataset } from '../emulators/partner-center/dataset.js';

import { CUSTOMER_CASES } from './customer-view.js';
import { customerRows, floorHtml, perCustomer } from './floors.js';
import { CHART, FIRST_ROW, FLOOR_FIRST, newPage } from './modes.js';
import { signedInPage } from './msal-stack.js';
import { medians, ms, ratio } from './stats.js';
import { stopwatch } from './stopwatch.js';
import { printHeading, printTable } from './table.js';
import { instrument } from './visit.js';

const DWELL_MS = 300;

/**
 * Hover, focus, dwell, click; then ms from the click event to `target` painted, in this
 * document or the one the click opens (both clocks read as timeOrigin + now).
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} link
 * @param {import('./stopwatch.js').Target} target
 * @param {string} [opens]  the URL of the document the click opens (floor)
 */
async function hoverThenClick(page, link, target, opens) {
  await link.hover();
  await link.focus();
  await page.waitForTimeout(DWELL_MS);
  await page.evaluate(() => {
    const note = (/** @type {Event} */ e) =>
      sessionStorage.setItem('bench:clickAt', String(performance.timeOrigin + e.timeStamp));
    document.addEventListener('click', note, { capture: true, once: true });
  });
  await link.click();
  if (opens) await page.waitForURL(opens, { waitUntil: 'commit' });
  const [painted = NaN] = await page.evaluate(stopwatch, [
    { selector: target.selector, text: undefined },
  ]);
  const { origin, clickAt } = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    clickAt: Number(sessionStorage.getItem('bench:clickAt')),
  }));
  return origin + painted - clickAt;
}

/** @param {string} id */
const nameOf = (id) => getDefaultDataset().byId.get(id)?.companyName ?? id;

/**
 * The portfolio searched for the customer, and the customer's link once painted.
 * @param {import('@playwright/test').Page} page @param {string} appOrigin @param {string} id
 */
async function customerLink(page, appOrigin, id) {
  const name = nameOf(id);
  await page.goto(`${appOrigin}/?q=${encodeURIComponent(name)}`);
  const link = page
    .locator(FIRST_ROW.selector)
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first();
  await link.waitFor({ timeout: 120_000 });
  return link;
}

const CASES = CUSTOMER_CASES.slice(0, 2);

/** @param {import('./options.js').BenchContext} ctx */
export async function hoverClick(ctx) {
  const { demo, msal } = ctx;
  const figures = await medians(ctx.runs, async () => {
    /** @type {Record<string, number>} */
    const out = {};
    if (demo) {
      const { page, close } = await newPage(demo.browser);
      try {
        await page.goto(`${demo.origin}/customers`); // a returning user: worker installed
        await page.locator('.customer-list__link').first().waitFor({ timeout: 120_000 });
        for (const { label, id } of CASES) {
          const link = await customerLink(page, demo.origin, id);
          out[`${label}:demo`] = await hoverThenClick(page, link, CHART);
        }
      } finally {
        await close();
      }
    }
    if (msal) {
      const { page, close } = await signedInPage(msal.browser, msal.origin, instrument);
      try {
        for (const { label, id } of CASES) {
          const link = await customerLink(page, msal.origin, id);
          out[`${label}:msal`] = await hoverThenClick(page, link, CHART);
        }
      } finally {
        await close();
      }
    }
    const side = demo ?? msal;
    for (const { label, id } of side ? CASES : []) {
      if (side) out[`${label}:floor`] = await floorClick(side, id);
    }
    return out;
  });
  printHeading('Hover-then-click: portfolio → customer chart painted (ms from the click)', [
    `portfolio searched (?q=) for the customer; hover + focus its link, fixed ${DWELL_MS} ms dwell,`,
    "click. floor: the same gesture from a static table to the customer's static table (a",
    'full page load). Target ≤ 150 ms.',
  ]);
  const list = [...(demo ? ['demo'] : []), ...(msal ? ['msal'] : [])];
  printTable(
    ['case', ...list, 'floor', ...list.map((m) => `${m} ÷ floor`)],
    CASES.map(({ label }) => {
      const g = (/** @type {string} */ k) => figures[`${label}:${k}`] ?? NaN;
      return [
        label,
        ...list.map((m) => ms(g(m))),
        ms(g('floor')),
        ...list.map((m) => ratio(g(m), g('floor'))),
      ];
    }),
  );
  return figures;
}

/** @param {{ browser: import('@playwright/test').Browser, origin: string }} side @param {string} id */
async function floorClick(side, id) {
  const { page, close } = await newPage(side.browser);
  try {
    const listUrl = `${side.origin}/__floor/portfolio`;
    const customerUrl = `${side.origin}/__floor/customers/${id}`;
    const name = nameOf(id);
    const others = perCustomer(deploymentRows(getDataset('standard'), 0)).filter(
      (r) => r.name !== name,
    );
    const list = floorHtml([{ name, sold: 0, deployed: 0, href: customerUrl }, ...others]);
    await page.route(listUrl, (route) => route.fulfill({ contentType: 'text/html', body: list }));
    const body = floorHtml(customerRows(id));
    await page.route(customerUrl, (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(listUrl);
    return await hoverThenClick(page, page.locator('#floor a').first(), FLOOR_FIRST, customerUrl);
  } finally {
    await close();
  }
}
