// @ts-check
// A Chromium trace of the MSAL returning visit to the seed customer and to a 200-product
// customer: saved whole under bench/out/ (open it in Chrome DevTools → Performance) and
// printed as a waterfall (trace-summary.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from '../emulators/partner-center/fixtures.js';

import { CHART } from './modes.js';
import { signedInPage } from './msal-stack.js';
import { printHeading } from './table.js';
import { printWaterfall } from './trace-summary.js';
import { instrument, visit } from './visit.js';

const OUT = join('bench', 'out');
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
];

/** @param {import('./options.js').BenchContext} ctx */
export async function traceMsal(ctx) {
  const msal = ctx.msal;
  if (!msal) return;
  mkdirSync(OUT, { recursive: true });
  const cases = [
    { label: 'seed customer', file: 'trace-msal-seed.json', id: SEED_CUSTOMER_ID },
    { label: '200 products', file: 'trace-msal-200.json', id: EDGE_CUSTOMERS.twoHundredProducts },
  ];
  const { page, close } = await signedInPage(msal.browser, msal.origin, instrument);
  try {
    for (const { label, file, id } of cases) {
      const url = `${msal.origin}/customers/${id}`;
      await visit(page, url, [CHART]); // a returning visit: this route's chunks cached
      await msal.browser.startTracing(page, { categories: CATEGORIES, screenshots: true });
      // Let every process start recording before the navigation (its start is what counts).
      await page.waitForTimeout(1000);
      const { times } = await visit(page, url, [CHART]);
      const trace = await msal.browser.stopTracing();
      const path = join(OUT, file);
      writeFileSync(path, trace);
      printHeading(`Trace: msal returning visit, ${label} (${path})`);
      printWaterfall(JSON.parse(trace.toString('utf8')), {
        paintedMs: times[0] ?? NaN,
        dir: ctx.dir,
        latencyMs: ctx.latencyMs,
      });
    }
  } finally {
    await close();
  }
}
