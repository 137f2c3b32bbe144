// @ts-check
// Lighthouse mobile (its default config: Moto G Power-sized screen, simulated slow 4G and
// 4× CPU slowdown), performance category only, for the customer view and the portfolio:
// the demo build served by Debian's nginx with the deploy/nginx recipe, as in production.
// Lighthouse resets the origin's storage first, so each run is a first visit. Chromium is launched by Playwright with the
// project's flags and a remote-debugging port that Lighthouse connects to.
// Version: lighthouse ^12.8.2, the newest 12.x (engines: node >= 18.16); every 13.x needs
// Node >= 22.19 and this project supports 20.19. It runs with Debian's Chromium 156 here.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

import { SEED_CUSTOMER_ID } from '../emulators/partner-center/fixtures.js';
import { startNginx } from '../scripts/nginx/run-nginx.js';
import { chromiumLaunchOptions } from '../tooling/browser.js';
import { PORTS } from '../tooling/ports.js';

import { median, ms } from './stats.js';
import { printHeading, printTable } from './table.js';

const AUDITS = /** @type {const} */ ([
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['Speed Index', 'speed-index'],
]);

/** @param {{ dir: string, runs: number }} options  dir: the demo build to serve */
export async function lighthouseMobile({ dir, runs }) {
  // Demo mode answers /pc-api in its emulator worker: nginx's upstream is never reached.
  const nginx = await startNginx({
    distRoot: dir,
    port: PORTS.benchNginx,
    upstream: 'http://127.0.0.1:9',
  });
  const launch = chromiumLaunchOptions([`--remote-debugging-port=${PORTS.benchDevtools}`]);
  const browser = await chromium.launch(launch);
  /** @type {string[][]} */
  const rows = [];
  let benchmarkIndex = NaN;
  let lighthouseVersion = '';
  try {
    const views = [
      ['customer view', `${nginx.url}/customers/${SEED_CUSTOMER_ID}`],
      ['portfolio', `${nginx.url}/`],
    ];
    for (const [label = '', url = ''] of views) {
      /** @type {{ score: number[], audits: number[][], index: number[] }} */
      const all = { score: [], audits: AUDITS.map(() => []), index: [] };
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: PORTS.benchDevtools,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        all.score.push((lhr.categories.performance?.score ?? NaN) * 100);
        AUDITS.forEach(([, id], i) => all.audits[i]?.push(lhr.audits[id]?.numericValue ?? NaN));
        all.index.push(lhr.environment.benchmarkIndex);
        lighthouseVersion = lhr.lighthouseVersion;
      }
      benchmarkIndex = median(all.index);
      rows.push([
        label,
        ms(median(all.score)),
        ...AUDITS.map(([name], i) => {
          const value = median(all.audits[i] ?? []);
          return name === 'CLS' ? value.toFixed(3) : ms(value);
        }),
      ]);
    }
  } finally {
    await browser.close();
    await nginx.close();
  }
  printHeading(`Lighthouse ${lighthouseVersion} mobile, performance (median of ${runs})`, [
    'demo build behind nginx (deploy/nginx recipe), first visit (Lighthouse clears storage);',
    `simulated throttling; this machine's benchmarkIndex ${ms(benchmarkIndex)}. Target score ≥ 90.`,
  ]);
  printTable(
    ['view', 'score', ...AUDITS.map(([name]) => (name === 'CLS' ? name : `${name} (ms)`))],
    rows,
  );
}
