// @ts-check
// What `npm run bench` measures, from the environment:
//   BENCH_RUNS=5           runs per figure (the report prints medians)
//   BENCH_LATENCY_MS=300   MSAL mode: the Partner Center emulator waits that long before
//                          each answer; the MSAL floor then also waits one round trip
//   BENCH_PARTS=a,b,msal   modes (demo, msal) and parts (a, b, c, click, lighthouse, trace);
//                          no mode named = both, no part named = all of them
//   BENCH_LIGHTHOUSE_RUNS  Lighthouse runs per view (default: BENCH_RUNS)

export const MODES = /** @type {const} */ (['demo', 'msal']);
export const PARTS = /** @type {const} */ (['a', 'b', 'c', 'click', 'lighthouse', 'trace']);

/**
 * @typedef {(typeof MODES)[number]} Mode
 * @typedef {(typeof PARTS)[number]} Part
 *
 * @typedef {object} BenchContext  what every part gets
 * @property {number} runs
 * @property {number} latencyMs
 * @property {string} dir  the served copy of dist/ (scripts are gzipped from here)
 * @property {Map<string, string[]>} files  per figure, the scripts fetched before its paint
 * @property {{ browser: import('@playwright/test').Browser, origin: string } | undefined} demo
 * @property {{ browser: import('@playwright/test').Browser, origin: string, largeOrigin: string | undefined } | undefined} msal
 */

/** @param {string} name @param {number} fallback */
function wholeNumber(name, fallback) {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

export function benchOptions() {
  const runs = Math.max(1, wholeNumber('BENCH_RUNS', 5));
  const words = (process.env.BENCH_PARTS ?? '')
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const unknown = words.filter(
    (w) => !(/** @type {readonly string[]} */ ([...MODES, ...PARTS]).includes(w)),
  );
  if (unknown.length) {
    throw new Error(
      `BENCH_PARTS: unknown ${unknown.join(', ')} (known: ${[...MODES, ...PARTS].join(', ')})`,
    );
  }
  const modes = MODES.filter((m) => words.includes(m));
  const parts = PARTS.filter((p) => words.includes(p));
  return {
    runs,
    lighthouseRuns: Math.max(1, wholeNumber('BENCH_LIGHTHOUSE_RUNS', runs)),
    latencyMs: wholeNumber('BENCH_LATENCY_MS', 0),
    modes: new Set(modes.length ? modes : MODES),
    parts: new Set(parts.length ? parts : PARTS),
  };
}
