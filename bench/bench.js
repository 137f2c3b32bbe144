// @ts-check
// `npm run bench`: what the user waits for, measured in headless Chromium against the
// production build (demo mode, emulator in a service worker). Not a test: it prints
// numbers. Each figure is the median of RUNS fresh browser contexts, printed beside a
// floor measured in the same run — the same rows as a plain HTML table — and their ratio.
//   (a) navigation → a customer's chart painted (10, 200 and 5,000 products);
//   (b) navigation → the portfolio's first row painted, and → "All N customers loaded",
//       for the large dataset (20,000+ customers) and the standard one (~308);
//   (c) the initial JS of the first route, gzip -9.
// Cold = first visit (installs the emulator's service worker); warm = returning visit.
// Helpers (preview server, in-page stopwatch, floors) are in ./lib.js.
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { deploymentRows } from '../emulators/partner-center/analytics-rows.js';
import { getDataset, getDefaultDataset } from '../emulators/partner-center/dataset.js';
import { EDGE_CUSTOMERS } from '../emulators/partner-center/fixtures.js';
import { chromiumLaunchOptions } from '../tooling/browser.js';
import { PORTS } from '../tooling/ports.js';

import { floorHtml, initialJsGzip, measure, median, ms, perCustomer, startPreview } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = PORTS.bench;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A returning user: the picker was visited once (same selector in every dataset). */
const WARM = { url: `${ORIGIN}/customers`, selector: '.customer-list__link' };
const FIRST_ROW = { selector: '.portfolio table.data-table tbody tr th a' };
const ALL_LOADED = { selector: '.portfolio .load-progress', text: /^All [\d,]+ customers loaded/ };
const FLOOR_FIRST = { selector: '#floor tbody tr' };

/** @param {'standard' | 'large'} dataset */
const demoConfig = (dataset) => ({
  auth: { mode: 'demo', dataset },
  partnerCenter: { baseUrl: '/pc-api' },
});

function tenProductCustomer() {
  const found = getDefaultDataset().customers.find((c) => c.licenses.length === 10 && !c.fault);
  if (!found) throw new Error('no customer with 10 products in the dataset');
  return found.id;
}

/** @param {string} customerId */
function customerFloor(customerId) {
  const customer = getDefaultDataset().byId.get(customerId);
  const rows = (customer?.licenses ?? []).map((r) => ({
    name: r.productName,
    sold: r.licensesSold,
    deployed: r.licensesDeployed,
  }));
  return floorHtml(rows);
}

/**
 * Calls `once` RUNS times and returns the median of each of the numbers it returns.
 * @param {() => Promise<number[][]>} once  one run: a list of figures, each a list of numbers
 */
async function medians(once) {
  /** @type {number[][][]} */
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await once());
  const first = runs[0] ?? [];
  return first.map((figure, f) => figure.map((_, n) => median(runs.map((r) => r[f]?.[n] ?? NaN))));
}

/** @param {import('@playwright/test').Browser} browser */
async function partA(browser) {
  console.log('(a) navigation → customer chart painted');
  console.log('    cold = first visit (demo: includes installing the emulator service worker);');
  console.log('    warm = returning visit (worker active, assets cached)\n');
  console.log('    case            cold (ms)  warm (ms)  floor: HTML table (ms)  warm ÷ floor');
  const cases = [
    { label: '10 products', id: tenProductCustomer() },
    { label: '200 products', id: EDGE_CUSTOMERS.twoHundredProducts },
    { label: '5,000 products', id: EDGE_CUSTOMERS.fiveThousandProducts },
  ];
  const chart = [{ selector: '.recharts-bar-rectangle' }];
  for (const { label, id } of cases) {
    const url = `${ORIGIN}/customers/${id}`;
    const floorBody = customerFloor(id);
    const [[c = NaN], [w = NaN], [f = NaN]] = await medians(async () => [
      await measure(browser, url, chart),
      await measure(browser, url, chart, { warm: WARM }),
      await measure(browser, `${ORIGIN}/__floor/${id}`, [FLOOR_FIRST], { floorBody }),
    ]);
    const cells = [c, w].map((v) => ms(v).padStart(9)).join('  ');
    const ratio = `${(w / f).toFixed(1)}×`.padStart(11);
    console.log(`    ${label.padEnd(15)} ${cells}  ${ms(f).padStart(22)}  ${ratio}`);
  }
}

/** @param {import('@playwright/test').Browser} browser */
async function partB(browser) {
  console.log('\n(b) portfolio (/): navigation → first row painted / "All N customers loaded."');
  console.log('    floor: one static HTML table of the same rows grouped per customer (name,');
  console.log('    sold, deployed) → first row painted / all rows parsed and painted\n');
  console.log(
    '    dataset                  cold first / all (ms)  warm first / all (ms)  floor first / all (ms)   warm ÷ floor (first, all)',
  );
  for (const size of /** @type {const} */ (['large', 'standard'])) {
    const rows = perCustomer(deploymentRows(getDataset(size), 0));
    const floorBody = floorHtml(rows);
    const config = demoConfig(size);
    const app = [FIRST_ROW, ALL_LOADED];
    const [cold, warm, floor] = await medians(async () => [
      await measure(browser, `${ORIGIN}/`, app, { config }),
      await measure(browser, `${ORIGIN}/`, app, { config, warm: WARM }),
      await measure(browser, `${ORIGIN}/__floor/${size}`, [FLOOR_FIRST], { floorBody }),
    ]);
    const pair = (/** @type {number[]} */ v = []) =>
      `${ms(v[0] ?? NaN)} / ${ms(v[1] ?? NaN)}`.padStart(21);
    const ratio = (/** @type {number} */ i) =>
      `${((warm?.[i] ?? NaN) / (floor?.[i] ?? NaN)).toFixed(1)}×`;
    const label = `${size} (${rows.length.toLocaleString('en-US')} customers)`.padEnd(24);
    console.log(
      `    ${label} ${pair(cold)}  ${pair(warm)}  ${pair(floor).padStart(23)}  ${`${ratio(0)}, ${ratio(1)}`.padStart(25)}`,
    );
  }
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Run `npm run build` first (bench measures the production build).');
    process.exit(1);
  }
  const preview = await startPreview(PORT);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      console.log(
        `License Insights benchmark — median of ${RUNS} runs, headless Chromium, production build (demo mode)\n`,
      );
      await partA(browser);
      await partB(browser);
    } finally {
      await browser.close();
    }
    const js = initialJsGzip(preview.outDir);
    console.log(
      `\n(c) initial JS for the first route, gzip -9: ${js.kib.toFixed(1)} KiB (${js.files.join(', ')})`,
    );
    console.log('    floor: 0 KiB (a static HTML table needs no script); budget 150 KiB.');
  } finally {
    preview.stop();
  }
}

await main();
