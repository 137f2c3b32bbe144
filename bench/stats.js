// @ts-check
// Medians over runs, and the formatting of the report's numbers.

/** @param {number[]} values */
export const median = (values) => {
  const known = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return known[Math.floor(known.length / 2)] ?? NaN;
};

/** @param {number} value */
export const ms = (value) => (Number.isNaN(value) ? '—' : value.toFixed(0));

/** @param {number} value  a size in bytes */
export const kib = (value) => (Number.isNaN(value) ? '—' : `${(value / 1024).toFixed(1)} KiB`);

/** @param {number} value  a CLS score */
export const cls = (value) => (Number.isNaN(value) ? '—' : value.toFixed(3));

/** @param {number} top @param {number} bottom */
export const ratio = (top, bottom) =>
  Number.isNaN(top) || Number.isNaN(bottom) || bottom === 0 ? '—' : `${(top / bottom).toFixed(1)}×`;

/**
 * Calls `once` `runs` times; each call returns named figures. Returns each figure's median
 * (a figure missing from some runs is the median of the runs that have it).
 * @param {number} runs
 * @param {(run: number) => Promise<Record<string, number>>} once
 * @returns {Promise<Record<string, number>>}
 */
export async function medians(runs, once) {
  /** @type {Record<string, number[]>} */
  const all = {};
  for (let run = 0; run < runs; run++) {
    for (const [key, value] of Object.entries(await once(run))) (all[key] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(all).map(([key, values]) => [key, median(values)]));
}
