// @ts-check
// Reads a Chromium trace (Playwright's browser.startTracing) of one measured visit: the
// navigation start, the requests, the renderer main thread's tasks and the CPU profile's
// JS self time per script (trace-profile.js), between navigation start and the stopwatch's
// `bench:painted:0` mark.
import { selfTimeByScript } from './trace-profile.js';

// `args` is any: its shape differs per event name and Chromium version, and every read
// below tolerates a missing field.
/**
 * @typedef {{ name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number, tid: number, id?: string, args?: any }} TraceEvent
 * @typedef {{ start: number, end: number, url: string, method: string, type: string, status: number, cached: boolean }} Request
 * @typedef {{ start: number, dur: number, what: string[] }} Task
 */

const ATTRIBUTED = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
  'ParseAuthorStyleSheet',
  'XHRReadyStateChange',
]);

/** @param {string} url */
export const shortUrl = (url) => {
  try {
    const u = new URL(url);
    return `${u.pathname.replace(/^\/assets\//, '')}${u.search}`;
  } catch {
    return url;
  }
};

/** @param {TraceEvent} e */
function label(e) {
  const d = e.args?.data ?? {};
  const file = shortUrl(d.url ?? e.args?.fileName ?? '');
  if (e.name === 'FunctionCall')
    return `${d.functionName || '(anonymous)'} ${file}:${d.lineNumber ?? '?'}`;
  if (e.name === 'EvaluateScript') return `evaluate ${file}`;
  if (e.name.startsWith('v8.compile')) return `compile ${file}`;
  if (e.name === 'v8.evaluateModule') return 'evaluate module';
  if (e.name === 'EventDispatch') return `event ${d.type ?? ''}`;
  if (e.name === 'UpdateLayoutTree') return 'style';
  return e.name;
}

/**
 * @param {{ traceEvents?: TraceEvent[] }} trace
 * @param {number} paintedMs  the stopwatch's reading (ms from navigation start)
 */
export function readTrace(trace, paintedMs) {
  const events = trace.traceEvents ?? [];
  const mark = events.find((e) => e.name === 'bench:painted:0');
  if (!mark) throw new Error('the trace has no bench:painted:0 mark');
  const navigationId = mark.args?.data?.navigationId;
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.navigationId === navigationId,
  );
  const t0 = nav?.ts ?? mark.ts - paintedMs * 1000;
  const end = mark.ts;
  const rel = (/** @type {number} */ ts) => (ts - t0) / 1000;
  const onMain = (/** @type {TraceEvent} */ e) => e.pid === mark.pid && e.tid === mark.tid;
  const inWindow = (/** @type {number} */ ts) => ts >= t0 && ts <= end;

  /** @type {(name: string) => number | undefined} */
  const paint = (name) => {
    const e = events.find((x) => x.name === name && x.args?.data?.navigationId === navigationId);
    return e ? rel(e.ts) : undefined;
  };
  const milestones = [
    { at: 0, what: 'navigation start' },
    { at: paint('firstPaint'), what: 'first paint' },
    { at: paint('firstContentfulPaint'), what: 'first contentful paint' },
    { at: rel(mark.ts), what: 'chart painted (bench stopwatch)' },
  ].filter((m) => m.at !== undefined);

  return {
    milestones: /** @type {{ at: number, what: string }[]} */ (milestones),
    requests: requests(events, rel).filter((r) => r.start <= rel(end)),
    ...tasks(
      events.filter((e) => onMain(e) && inWindow(e.ts)),
      rel,
      rel(end),
    ),
    scripts: selfTimeByScript(events, mark, t0, end, shortUrl),
    span: rel(end),
  };
}

/** @param {TraceEvent[]} events @param {(ts: number) => number} rel @returns {Request[]} */
function requests(events, rel) {
  /** @type {Map<string, Partial<Record<'send' | 'response' | 'finish', any>>>} */
  const byId = new Map();
  for (const e of events) {
    const kind = {
      ResourceSendRequest: 'send',
      ResourceReceiveResponse: 'response',
      ResourceFinish: 'finish',
    }[e.name];
    const id = e.args?.data?.requestId;
    if (!kind || !id) continue;
    const entry = byId.get(id) ?? {};
    entry[/** @type {'send'} */ (kind)] = { ...e.args.data, ts: e.ts };
    byId.set(id, entry);
  }
  return [...byId.values()]
    .filter((r) => r.send)
    .map(({ send, response, finish }) => {
      const timing = response?.timing;
      const start = timing?.requestTime > 0 ? timing.requestTime * 1e6 : send.ts;
      const done = finish?.finishTime > 0 ? finish.finishTime * 1e6 : (finish?.ts ?? NaN);
      return {
        start: rel(Math.min(start, send.ts)),
        end: rel(done),
        url: send.url,
        method: send.requestMethod ?? 'GET',
        type: send.resourceType ?? '',
        status: response?.statusCode ?? 0,
        cached: Boolean(response?.fromCache),
      };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * @param {TraceEvent[]} main  events on the renderer main thread that start in the window
 * @param {(ts: number) => number} rel
 * @param {number} span  the window's length (ms): busy time is clipped to it
 */
function tasks(main, rel, span) {
  const runs = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const attributed = main.filter((e) => ATTRIBUTED.has(e.name) && e.ph === 'X');
  const busy = runs.reduce((sum, e) => {
    const from = rel(e.ts);
    return sum + Math.max(0, Math.min(from + (e.dur ?? 0) / 1000, span) - from);
  }, 0);
  const longest = [...runs].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
  /** @type {Task[]} */
  const long = longest.map((task) => {
    const inside = attributed.filter(
      (e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
    );
    // The outermost attributed events (not inside another one), longest first.
    const outer = inside.filter(
      (e) =>
        !inside.some(
          (o) =>
            o !== e &&
            o.ts <= e.ts &&
            o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
            (o.dur ?? 0) > (e.dur ?? 0),
        ),
    );
    const what = outer
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 3)
      .map((e) => `${label(e)} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`);
    return { start: rel(task.ts), dur: (task.dur ?? 0) / 1000, what };
  });
  return { busy, long, over50: runs.filter((e) => (e.dur ?? 0) >= 50_000).length };
}
