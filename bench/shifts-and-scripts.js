// @ts-check
// Two tables from the visits (a) and (b) already made (no extra runs): the layout shifts
// of each view, and the JS fetched before its first data paint.
import { CUSTOMER_CASES } from './customer-view.js';
import { SIZES } from './portfolio.js';
import { cls, kib } from './stats.js';
import { printHeading, printTable } from './table.js';

/** @param {import('./options.js').BenchContext} ctx */
const modes = (ctx) => [...(ctx.demo ? ['demo'] : []), ...(ctx.msal ? ['msal'] : [])];

/** @param {Record<string, number>} f */
function views(f) {
  return [
    ...CUSTOMER_CASES.map(({ label }) => ({ label: `customer, ${label}`, key: `a:${label}` })),
    ...SIZES.map((size) => ({ label: `portfolio, ${size}`, key: `b:${size}` })),
  ].filter(({ key }) => Object.keys(f).some((k) => k.startsWith(`${key}:`)));
}

/** @param {Record<string, number>} f @param {import('./options.js').BenchContext} ctx */
export function printShifts(f, ctx) {
  printHeading('CLS per view (returning visit, median)', [
    'layout-shift entries without recent input, from navigation until 1 s after the last',
    'target painted; "window" = the Core Web Vitals figure (largest session window: shifts',
    '< 1 s apart, window ≤ 5 s), "sum" = every shift added up. Good CLS ≤ 0.1.',
  ]);
  const list = modes(ctx);
  printTable(
    ['view', ...list.flatMap((m) => [`${m} window`, `${m} sum`])],
    views(f).map(({ label, key }) => [
      label,
      ...list.flatMap((m) => [
        cls(f[`${key}:${m}:cls`] ?? NaN),
        cls(f[`${key}:${m}:clsSum`] ?? NaN),
      ]),
    ]),
  );
}

/** @param {Record<string, number>} f @param {import('./options.js').BenchContext} ctx */
export function printScripts(f, ctx) {
  printHeading('JS fetched before the first data paint (gzip -9 of the build files, median)', [
    'every .js the page requested (Resource Timing, cached or not) before the chart / first',
    'portfolio row painted, on the returning visit; budget (msal) 200 KiB; floor 0 KiB.',
  ]);
  const list = modes(ctx);
  const rows = views(f).map(({ label, key }) => [
    label,
    ...list.map((m) => {
      const files = ctx.files.get(`${key}:${m}`) ?? [];
      return `${kib(f[`${key}:${m}:js`] ?? NaN)} (${files.length} files)`;
    }),
  ]);
  printTable(['view', ...list], rows);
  for (const m of list) {
    const key = `a:${CUSTOMER_CASES[0]?.label}:${m}`;
    const files = (ctx.files.get(key) ?? []).map((file) => file.replace(/^assets\//, ''));
    if (files.length) console.log(`    ${m}, customer view (last run): ${files.join(', ')}`);
    const portfolioFiles = (ctx.files.get(`b:standard:${m}`) ?? []).map((file) =>
      file.replace(/^assets\//, ''),
    );
    if (portfolioFiles.length)
      console.log(`    ${m}, portfolio (last run): ${portfolioFiles.join(', ')}`);
  }
}
