// @ts-check
// `npm run bench`: what the user waits for, measured in headless Chromium against the
// production build (demo mode, emulator in a service worker). Not a test: it prints
// numbers. Each figure is the median of RUNS fresh browser contexts, printed beside a
// floor measured in the same run — the same rows as a plain HTML table — and their ratio.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

import { chromiumLaunchOptions } from '../e2e/support/browser.js';
import { getDefaultDataset } from '../emulators/partner-center/dataset.js';
import { EDGE_CUSTOMERS } from '../emulators/partner-center/fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4180; // not 4190: fetch and Chromium refuse that "bad port"
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function initialJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join('dist', file)), { level: 9 }).length,
    0,
  );
  return { files, kib: bytes / 1024 };
}

/** @param {string} customerId */
function floorHtml(customerId) {
  const customer = getDefaultDataset().byId.get(customerId);
  const rows = (customer?.licenses ?? [])
    .map(
      (r) =>
        `<tr><th>${r.productName}</th><td>${r.licensesSold}</td><td>${r.licensesDeployed}</td></tr>`,
    )
    .join('');
  return `<!doctype html><title>floor</title><table id="floor"><tbody>${rows}</tbody></table>`;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} selector what "painted" means
 * @param {{ floorBody?: string, warm?: boolean }} [options] floorBody: answer the URL with this
 *   HTML instead; warm: visit the app once first (service worker installed, assets cached),
 *   as a returning user would be
 */
async function timeToPaint(browser, url, selector, { floorBody, warm = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (warm) {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector('.customer-list__link', { timeout: 60_000 });
  }
  if (floorBody)
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: floorBody }));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  // Wait one frame so the element was painted, then read the time since navigation start.
  const ms = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  await context.close();
  return /** @type {number} */ (ms);
}

function tenProductCustomer() {
  const found = getDefaultDataset().customers.find((c) => c.licenses.length === 10 && !c.fault);
  if (!found) throw new Error('no customer with 10 products in the dataset');
  return found.id;
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Run `npm run build` first (bench measures the production build).');
    process.exit(1);
  }
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  try {
    await waitForServer(`${ORIGIN}/config.json`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const cases = [
      { label: '10 products', id: tenProductCustomer() },
      { label: '200 products', id: EDGE_CUSTOMERS.twoHundredProducts },
      { label: '5,000 products', id: EDGE_CUSTOMERS.fiveThousandProducts },
    ];
    console.log(
      `License Insights benchmark — median of ${RUNS} runs, headless Chromium, production build (demo mode)\n`,
    );
    console.log('(a) navigation → customer chart painted');
    console.log('    cold = first visit (demo: includes installing the emulator service worker);');
    console.log('    warm = returning visit (worker active, assets cached)\n');
    console.log('    case            cold (ms)  warm (ms)  floor: HTML table (ms)  warm ÷ floor');
    for (const { label, id } of cases) {
      const cold = [];
      const warm = [];
      const floor = [];
      const url = `${ORIGIN}/customers/${id}`;
      for (let run = 0; run < RUNS; run++) {
        cold.push(await timeToPaint(browser, url, '.recharts-bar-rectangle'));
        warm.push(await timeToPaint(browser, url, '.recharts-bar-rectangle', { warm: true }));
        const floorUrl = `${ORIGIN}/__floor/${id}`;
        floor.push(await timeToPaint(browser, floorUrl, '#floor', { floorBody: floorHtml(id) }));
      }
      const [c, w, f] = [median(cold), median(warm), median(floor)];
      const cells = [c, w].map((v) => v.toFixed(0).padStart(9)).join('  ');
      const ratio = `${(w / f).toFixed(1)}×`.padStart(11);
      console.log(`    ${label.padEnd(15)} ${cells}  ${f.toFixed(0).padStart(22)}  ${ratio}`);
    }
    await browser.close();
    console.log(
      '\n(b) portfolio: first rows / all 20,000 customers — not measured: the portfolio view does not exist yet (issue 5).',
    );
    const js = initialJsGzip();
    console.log(
      `\n(c) initial JS for the first route, gzip -9: ${js.kib.toFixed(1)} KiB (${js.files.join(', ')})`,
    );
    console.log('    floor: 0 KiB (a static HTML table needs no script); budget 150 KiB.');
  } finally {
    try {
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
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

await main();
