// @ts-check
// (b) Navigation → the portfolio's first row painted, and → "All N customers loaded", for
// the standard dataset (~308 customers) and the large one (20,000+): demo cold and warm,
// MSAL returning visit, beside the floor (one static HTML table of the same rows grouped
// per customer → first row painted / all rows parsed and painted).
import { deploymentRows } from '../emulators/partner-center/analytics-rows.js';
import { getDataset } from '../emulators/partner-center/dataset.js';

import { floorHtml, perCustomer } from './floors.js';
import { ALL_LOADED, FIRST_ROW, SETTLE_MS, demoVisit, file, floorVisit } from './modes.js';
import { signedInPage } from './msal-stack.js';
import { medians, ms, ratio } from './stats.js';
import { printHeading, printTable } from './table.js';
import { instrument, visit } from './visit.js';

export const SIZES = /** @type {const} */ (['standard', 'large']);
const TARGETS = [FIRST_ROW, ALL_LOADED];

/** @param {'standard' | 'large'} dataset */
const demoConfig = (dataset) => ({
  auth: { mode: 'demo', dataset },
  partnerCenter: { baseUrl: '/pc-api' },
});

/** @param {import('./options.js').BenchContext} ctx */
export async function portfolio(ctx) {
  const { demo, msal, latencyMs } = ctx;
  const js = { dir: ctx.dir, files: ctx.files };
  const floors = new Map(SIZES.map((s) => [s, perCustomer(deploymentRows(getDataset(s), 0))]));
  const figures = await medians(ctx.runs, async () => {
    /** @type {Record<string, number>} */
    const out = {};
    for (const size of SIZES) {
      const config = demoConfig(size);
      if (demo) {
        const url = `${demo.origin}/`;
        file(
          out,
          `b:${size}:demo-cold`,
          await demoVisit(demo.browser, url, TARGETS, { warm: false, config }),
          js,
        );
        file(
          out,
          `b:${size}:demo`,
          await demoVisit(demo.browser, url, TARGETS, { warm: true, config, settleMs: SETTLE_MS }),
          js,
        );
      }
      const appOrigin = size === 'large' ? msal?.largeOrigin : msal?.origin;
      if (msal && appOrigin) {
        const signedIn = await signedInPage(msal.browser, appOrigin, instrument);
        try {
          file(
            out,
            `b:${size}:msal`,
            await visit(signedIn.page, `${appOrigin}/`, TARGETS, { settleMs: SETTLE_MS }),
            js,
          );
        } finally {
          await signedIn.close();
        }
      }
      const side = demo ?? msal;
      if (!side) continue;
      const floorBody = floorHtml(floors.get(size) ?? []);
      const floorUrl = `${side.origin}/__floor/${size}`;
      file(out, `b:${size}:floor`, await floorVisit(side.browser, floorUrl, floorBody), js);
      if (msal && latencyMs) {
        file(
          out,
          `b:${size}:floorRt`,
          await floorVisit(side.browser, floorUrl, floorBody, latencyMs),
          js,
        );
      }
    }
    return out;
  });
  printPortfolio(figures, ctx, floors);
  return figures;
}

/**
 * @param {Record<string, number>} f
 * @param {import('./options.js').BenchContext} ctx
 * @param {Map<string, unknown[]>} floors
 */
function printPortfolio(f, ctx, floors) {
  const rt = ctx.msal && ctx.latencyMs ? 'floorRt' : 'floor';
  printHeading(
    '(b) portfolio (/): navigation → first row painted / "All N customers loaded" (ms)',
    [
      'each cell: first row / all loaded; floor: one static HTML table of the same rows grouped',
      'per customer → first row painted / all rows parsed and painted.',
      ...(rt === 'floorRt' ? [`msal ÷ floor uses the floor served ${ctx.latencyMs} ms late.`] : []),
    ],
  );
  const rows = SIZES.map((size) => {
    const g = (/** @type {string} */ k) => f[`b:${size}:${k}`] ?? NaN;
    const pair = (/** @type {string} */ k) => `${ms(g(k))} / ${ms(g(`${k}:all`))}`;
    const ratios = (/** @type {string} */ k, /** @type {string} */ floor) =>
      `${ratio(g(k), g(floor))}, ${ratio(g(`${k}:all`), g(`${floor}:all`))}`;
    const count = (floors.get(size)?.length ?? 0).toLocaleString('en-US');
    const skipped = size === 'large' && ctx.msal && !ctx.msal.largeOrigin;
    return [
      `${size} (${count} customers)`,
      ...(ctx.demo ? [pair('demo-cold'), pair('demo')] : []),
      ...(ctx.msal ? [skipped ? '—' : pair('msal')] : []),
      pair('floor'),
      ...(rt === 'floorRt' ? [pair('floorRt')] : []),
      ...(ctx.demo ? [ratios('demo', 'floor')] : []),
      ...(ctx.msal ? [ratios('msal', rt)] : []),
    ];
  });
  printTable(
    [
      'dataset',
      ...(ctx.demo ? ['demo cold', 'demo warm'] : []),
      ...(ctx.msal ? ['msal'] : []),
      'floor',
      ...(rt === 'floorRt' ? [`floor +${ctx.latencyMs}`] : []),
      ...(ctx.demo ? ['demo warm ÷ floor'] : []),
      ...(ctx.msal ? ['msal ÷ floor'] : []),
    ],
    rows,
  );
}
