// @ts-check
// Calendar helpers for subscription terms. All instants are UTC milliseconds; a "day" is a
// UTC midnight. Subscriptions are laid out relative to the emulator's clock (the day of
// `now`), so renewals stay "in 9 days" and refund windows stay open whatever the date.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** UTC midnight of the day holding `ms`. @param {number} ms */
export function dayOf(ms) {
  return Math.floor(ms / DAY) * DAY;
}

/**
 * `ms` moved by whole months, the day of month clamped (Jan 31 + 1 month = Feb 28/29).
 * @param {number} ms @param {number} months
 */
export function addMonths(ms, months) {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(year, month, day) + (ms - dayOf(ms));
}

/** Months in a term. @param {'P1M' | 'P1Y' | 'P3Y'} term */
export function termMonths(term) {
  return term === 'P1M' ? 1 : term === 'P1Y' ? 12 : 36;
}

/** `2026-12-02T00:00:00Z`: dates as Partner Center writes them. @param {number} ms */
export function isoDay(ms) {
  return `${new Date(dayOf(ms)).toISOString().slice(0, 10)}T00:00:00Z`;
}

/** `2026-12-02T16:57:15.0966728Z`-like: seven fraction digits, as the docs' examples. @param {number} ms */
export function isoInstant(ms) {
  const text = new Date(ms).toISOString();
  return `${text.slice(0, 23)}${String(ms % 7919).padStart(4, '0')}Z`;
}
