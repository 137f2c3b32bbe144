// @ts-check
// The in-page stopwatch: runs in the page (page.evaluate), so its readings do not depend on
// how long round trips to Playwright take while the page is busy.

/**
 * @typedef {object} Target  what "painted" means: the first element matching `selector`
 *   that has a layout box (and whose text matches `text`, when given)
 * @property {string} selector
 * @property {RegExp} [text]
 */

/**
 * Milliseconds from navigation start to each target painted. A requestAnimationFrame loop
 * notes the frame a target first appears in and reads performance.now() at the next frame
 * (so it was painted); each reading is also left as a `bench:painted:<i>` user-timing mark,
 * which a Chromium trace shows. The loop ends once every target is found: in a long static
 * document it would otherwise make Chromium lay out the growing table every frame and slow
 * the parse down severalfold.
 * @param {{ selector: string, text: string | undefined }[]} targets
 * @returns {Promise<number[]>}
 */
export function stopwatch(targets) {
  const times = targets.map(() => NaN);
  const found = targets.map(() => false);
  /** @param {{ selector: string, text: string | undefined }} target */
  const present = ({ selector, text }) =>
    [...document.querySelectorAll(selector)].some(
      (el) =>
        el.getClientRects().length > 0 &&
        (text === undefined || new RegExp(text).test(el.textContent?.trim() ?? '')),
    );
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`timed out: ${JSON.stringify(targets)}`)),
      180_000,
    );
    const tick = () => {
      targets.forEach((target, i) => {
        if (found[i] || !present(target)) return;
        found[i] = true;
        requestAnimationFrame(() => {
          times[i] = performance.now();
          performance.mark(`bench:painted:${i}`);
        });
      });
      if (times.every((t) => !Number.isNaN(t))) {
        clearTimeout(timeout);
        resolve(times);
      } else requestAnimationFrame(tick);
    };
    tick();
  });
}
