// @ts-check
// `npm run bench`: what the user waits for, measured in headless Chromium against the
// production build, in demo mode (emulator in a Web Worker) and in MSAL mode (real
// redirect sign-in against the Entra ID emulator, /pc-api proxied to the Node Partner
// Center emulator). Not a test: it prints medians of BENCH_RUNS runs, each beside a floor
// measured in the same run (the same rows as a plain HTML table) and their ratio.
//   (a) navigation → customer chart painted (10, 200, 5,000 products)   customer-view.js
//   (b) navigation → portfolio first row / all loaded (standard, large) portfolio.js
//   CLS per view, JS fetched before the first data paint (from a, b)  shifts-and-scripts.js
//   (c) initial JS of index.html, gzip -9                               js-size.js
//   hover-then-click portfolio → customer chart                         hover-click.js
//   Chromium trace of the MSAL returning visit, as a waterfall          trace.js
//   Lighthouse mobile on the customer view and the portfolio (nginx)  lighthouse.js
// Environment (BENCH_RUNS, BENCH_LATENCY_MS, BENCH_PARTS, …): see options.js.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { chromium } from '@playwright/test';

import { chromiumLaunchOptions } from '../tooling/browser.js';
import { PORTS } from '../tooling/ports.js';

import { customerView } from './customer-view.js';
import { hoverClick } from './hover-click.js';
import { initialJsGzip } from './js-size.js';
import { lighthouseMobile } from './lighthouse.js';
import { startMsalStack } from './msal-stack.js';
import { benchOptions } from './options.js';
import { portfolio } from './portfolio.js';
import { copyDist, startPreview } from './preview.js';
import { printScripts, printShifts } from './shifts-and-scripts.js';
import { kib } from './stats.js';
import { printHeading } from './table.js';
import { traceMsal } from './trace.js';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Run `npm run build` first (bench measures the production build).');
    process.exit(1);
  }
  const options = benchOptions();
  const { parts, modes } = options;
  const browserParts = parts.has('a') || parts.has('b') || parts.has('click');
  const dist = copyDist();
  /** @type {(() => unknown)[]} */
  const cleanups = [dist.remove];
  // Ctrl-C: the servers run in their own process groups, so end them here.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      void Promise.allSettled(cleanups.reverse().map((cleanup) => cleanup())).then(() =>
        process.exit(130),
      );
    });
  }
  try {
    /** @type {import('./options.js').BenchContext} */
    const ctx = { ...options, dir: dist.dir, files: new Map(), demo: undefined, msal: undefined };
    if (modes.has('demo') && browserParts) {
      const preview = await startPreview(PORTS.bench, dist.dir);
      cleanups.push(preview.stop);
      const browser = await chromium.launch(chromiumLaunchOptions());
      cleanups.push(() => browser.close());
      ctx.demo = { browser, origin: `http://127.0.0.1:${PORTS.bench}` };
    }
    if (modes.has('msal') && (browserParts || parts.has('trace'))) {
      const stack = await startMsalStack({
        outDir: dist.dir,
        latencyMs: options.latencyMs,
        large: parts.has('b'),
      });
      cleanups.push(stack.stop);
      const browser = await chromium.launch(stack.launchOptions);
      cleanups.push(() => browser.close());
      ctx.msal = { browser, origin: stack.origin, largeOrigin: stack.largeOrigin };
    }
    const browserVersion = (ctx.demo ?? ctx.msal)?.browser.version() ?? '';
    console.log(
      `License Insights benchmark — median of ${options.runs} runs, headless Chromium ${browserVersion}, production build`,
    );
    console.log(
      `modes: ${[...modes].join(', ')}; parts: ${[...parts].join(', ')}; Partner Center latency (msal): ${options.latencyMs} ms`,
    );
    console.log(`machine: ${cpus().length} cores, load average at start ${load()}`);

    const a = parts.has('a') ? await customerView(ctx) : {};
    const b = parts.has('b') ? await portfolio(ctx) : {};
    if (parts.has('a') || parts.has('b')) {
      printShifts({ ...a, ...b }, ctx);
      printScripts({ ...a, ...b }, ctx);
    }
    if (parts.has('c')) {
      const js = initialJsGzip(dist.dir);
      printHeading(`(c) initial JS of index.html, gzip -9: ${kib(js.bytes)}`, [
        js.files.map((f) => f.replace(/^assets\//, '')).join(', '),
        'floor: 0 KiB (a static HTML table needs no script).',
      ]);
    }
    if (parts.has('click')) await hoverClick(ctx);
    if (parts.has('trace') && ctx.msal) await traceMsal(ctx);
    // Last, alone: Lighthouse's simulated throttling reads the main thread's real work.
    while (cleanups.length > 1) await cleanups.pop()?.();
    if (parts.has('lighthouse')) {
      await lighthouseMobile({ dir: dist.dir, runs: options.lighthouseRuns });
    }
    console.log(`\nload average at the end ${load()}`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
