// @ts-check
// (a) Navigation → a customer's chart painted, at 10, 200 and 5,000 products: demo cold
// and warm, MSAL returning visit, each beside the floor (the customer's products as a
// static HTML table) measured in the same run.
import { EDGE_CUSTOMERS } from '../emulators/partner-center/fixtures.js';

import { customerRows, customerWithProducts, floorHtml } from './floors.js';
import { CHART, SETTLE_MS, demoVisit, file, floorVisit } from './modes.js';
import { signedInPage } from './msal-stack.js';
import { medians, ms, ratio } from './stats.js';
import { printHeading, printTable } from './table.js';
import { instrument, visit } from './visit.js';

export const CUSTOMER_CASES = [
  { label: '10 products', id: customerWithProducts(10) },
  { label: '200 products', id: EDGE_CUSTOMERS.twoHundredProducts },
  { label: '5,000 products', id: EDGE_CUSTOMERS.fiveThousandProducts },
];

/** @param {import('./options.js').BenchContext} ctx */
export async function customerView(ctx) {
  const { demo, msal, latencyMs } = ctx;
  const js = { dir: ctx.dir, files: ctx.files };
  const floors = new Map(CUSTOMER_CASES.map((c) => [c.id, floorHtml(customerRows(c.id))]));
  const figures = await medians(ctx.runs, async () => {
    /** @type {Record<string, number>} */
    const out = {};
    const signedIn = msal && (await signedInPage(msal.browser, msal.origin, instrument));
    try {
      for (const { label, id } of CUSTOMER_CASES) {
        const path = `/customers/${id}`;
        const floorBody = floors.get(id) ?? '';
        if (demo) {
          const url = `${demo.origin}${path}`;
          file(
            out,
            `a:${label}:demo-cold`,
            await demoVisit(demo.browser, url, [CHART], { warm: false }),
            js,
          );
          file(
            out,
            `a:${label}:demo`,
            await demoVisit(demo.browser, url, [CHART], { warm: true, settleMs: SETTLE_MS }),
            js,
          );
        }
        if (signedIn && msal) {
          const result = await visit(signedIn.page, `${msal.origin}${path}`, [CHART], {
            settleMs: SETTLE_MS,
          });
          file(out, `a:${label}:msal`, result, js);
        }
        const browser = (demo ?? msal)?.browser;
        if (!browser) continue;
        const floorUrl = `${(demo ?? msal)?.origin}/__floor/${id}`;
        file(out, `a:${label}:floor`, await floorVisit(browser, floorUrl, floorBody), js);
        if (msal && latencyMs) {
          file(
            out,
            `a:${label}:floorRt`,
            await floorVisit(browser, floorUrl, floorBody, latencyMs),
            js,
          );
        }
      }
    } finally {
      await signedIn?.close();
    }
    return out;
  });
  printCustomerView(figures, ctx);
  return figures;
}

/** @param {Record<string, number>} f @param {import('./options.js').BenchContext} ctx */
function printCustomerView(f, ctx) {
  const rt = ctx.msal && ctx.latencyMs ? 'floorRt' : 'floor';
  printHeading('(a) navigation → customer chart painted (ms)', [
    'demo cold = first visit (emulator worker, nothing cached); demo warm = returning',
    'visit (assets cached); msal = returning visit in the signed-in tab.',
    'floor = the same products as one static HTML table, first row painted.',
    ...(rt === 'floorRt'
      ? [`msal ÷ floor uses the floor served ${ctx.latencyMs} ms late (one API round trip).`]
      : []),
  ]);
  const rows = CUSTOMER_CASES.map(({ label }) => {
    const g = (/** @type {string} */ k) => f[`a:${label}:${k}`] ?? NaN;
    return [
      label,
      ...(ctx.demo ? [ms(g('demo-cold')), ms(g('demo'))] : []),
      ...(ctx.msal ? [ms(g('msal'))] : []),
      ms(g('floor')),
      ...(rt === 'floorRt' ? [ms(g('floorRt'))] : []),
      ...(ctx.demo ? [ratio(g('demo'), g('floor'))] : []),
      ...(ctx.msal ? [ratio(g('msal'), g(rt))] : []),
    ];
  });
  printTable(
    [
      'case',
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
