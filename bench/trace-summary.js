// @ts-check
// Prints a trace (trace-events.js) as a waterfall: navigation start → each request's start
// and end (document, config.json, every JS chunk with its gzip size, the token request if
// any, each Partner Center request) → the longest main-thread tasks with what ran in them
// → first paint → chart painted; then the main thread's busy time and JS time per script.
import { gzipBytes } from './js-size.js';
import { kib, ms } from './stats.js';
import { printTable } from './table.js';
import { readTrace, shortUrl } from './trace-events.js';

/** @param {import('./trace-events.js').Request} r @param {string} dir */
function describe(r, dir) {
  const url = new URL(r.url);
  const cache = r.cached ? ', cache' : '';
  const status = r.status ? ` ${r.status}` : '';
  if (r.type === 'Document') return `document ${url.pathname}${status}${cache}`;
  if (url.hostname === 'login.microsoftonline.com')
    return `Entra ${r.method} ${url.pathname}${status}`;
  if (url.pathname.startsWith('/pc-api/')) {
    const path = shortUrl(r.url).replace(/^\/pc-api/, '');
    return `Partner Center ${r.method} ${path.length > 90 ? `${path.slice(0, 87)}…` : path}${status}`;
  }
  if (/\.m?js$/.test(url.pathname)) {
    const size = kib(gzipBytes(dir, url.pathname.slice(1)));
    return `script ${shortUrl(r.url)} (${size} gz${cache})${status}`;
  }
  return `${r.type.toLowerCase() || 'request'} ${shortUrl(r.url)}${status}${cache}`;
}

/**
 * @param {{ traceEvents?: import('./trace-events.js').TraceEvent[] }} trace
 * @param {{ paintedMs: number, dir: string, latencyMs: number }} options
 */
export function printWaterfall(trace, { paintedMs, dir }) {
  const t = readTrace(trace, paintedMs);
  /** @type {{ start: number, row: string[] }[]} */
  const rows = [
    ...t.milestones.map((m) => ({ start: m.at, row: [ms(m.at), '', '', `● ${m.what}`] })),
    ...t.requests.map((r) => ({
      start: r.start,
      row: [ms(r.start), ms(r.end), ms(r.end - r.start), describe(r, dir)],
    })),
    ...t.long.map((task) => ({
      start: task.start,
      row: [
        ms(task.start),
        ms(task.start + task.dur),
        ms(task.dur),
        `▇ main-thread task: ${task.what.join('; ') || '(no attribution)'}`,
      ],
    })),
  ].sort((a, b) => a.start - b.start);
  printTable(
    ['start', 'end', 'ms', 'what (ms from navigation start; ▇ = one of the 8 longest tasks)'],
    rows.map((r) => r.row),
    { align: 'rrrl' },
  );
  const share = ((t.busy / t.span) * 100).toFixed(0);
  console.log(
    `    main thread busy ${ms(t.busy)} of ${ms(t.span)} ms (${share}%); ${t.over50} tasks ≥ 50 ms`,
  );
  const js = t.scripts
    .filter(([script, time]) => time >= 1 && script !== '(idle)')
    .slice(0, 8)
    .map(([script, time]) => `${script} ${ms(time)}`)
    .join(', ');
  console.log(
    `    JS self time by script (CPU profile, ms; (program) = the engine's own work): ${js}`,
  );
}
