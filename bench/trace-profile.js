// @ts-check
// JS self time per script from the V8 CPU profile a trace carries (the
// disabled-by-default-v8.cpu_profiler category): the build is minified, so the script
// (chunk) is the useful attribution, not the function name.

/** @typedef {import('./trace-events.js').TraceEvent} TraceEvent */

/**
 * JS self time per script URL from the CPU profile samples of the mark's thread.
 * @param {TraceEvent[]} events
 * @param {TraceEvent} mark  the thread to read (the renderer main thread); its profile's
 *   chunks are written from V8's profiler thread, so they are matched by profile id
 * @param {number} t0 @param {number} end  the window, trace µs
 * @param {(url: string) => string} shortUrl
 * @returns {[string, number][]}  [script, ms], most first
 */
export function selfTimeByScript(events, mark, t0, end, shortUrl) {
  /** @type {Map<number, string>} */
  const urlOf = new Map();
  /** @type {Map<string, number>} */
  const self = new Map();
  const profile = events.find(
    (e) => e.name === 'Profile' && e.pid === mark.pid && e.tid === mark.tid,
  );
  const chunks = events.filter(
    (e) => e.name === 'ProfileChunk' && e.pid === mark.pid && e.id === profile?.id,
  );
  let time = profile?.args?.data?.startTime ?? NaN;
  for (const chunk of chunks) {
    const cpu = chunk.args?.data?.cpuProfile ?? {};
    for (const node of cpu.nodes ?? []) {
      const f = node.callFrame ?? {};
      urlOf.set(node.id, f.url ? shortUrl(f.url) : (f.functionName ?? '?'));
    }
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((/** @type {number} */ id, /** @type {number} */ i) => {
      const delta = deltas[i + 1] ?? 0; // this sample lasts until the next one
      time += deltas[i] ?? 0;
      if (time < t0 || time > end) return;
      const key = urlOf.get(id) ?? '?';
      self.set(key, (self.get(key) ?? 0) + delta / 1000);
    });
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}
