// @ts-check
import { PROCESSED_DATE_TIME, SEED_CUSTOMER_ID } from './fixtures.js';
import { createPrng } from './prng.js';

// E3/E6 history (`processedDateTime` in the past): 24 monthly snapshots. Each past row is
// computed by walking back from the customer's current row with a PRNG seeded from the
// customer and product ids, so a row's past never depends on call order or on which month
// was asked first, and the latest snapshot is exactly today's data (E1 and E3 agree).

/** @typedef {import('./dataset.js').LicenseRow} LicenseRow */
/** @typedef {import('./dataset.js').Customer} Customer */

export const SNAPSHOT_COUNT = 24;

/** @type {string[] | undefined} */
let dates;

/**
 * The processings E3 can answer, newest first, written as E3 writes them (no offset, UTC):
 * index 0 is the latest (`PROCESSED_DATE_TIME`), index k the processing at the end of the
 * k-th previous month at the same time of day (2026-10-31T03:25:16 … 2024-12-31T03:25:16).
 * @returns {readonly string[]}
 */
export function snapshotDates() {
  if (!dates) {
    const latest = PROCESSED_DATE_TIME.replace(/(\.\d+)?[+-]\d{2}:\d{2}$/, '');
    const year = Number(latest.slice(0, 4));
    const month = Number(latest.slice(5, 7)) - 1;
    const time = latest.slice(10);
    dates = [latest];
    for (let back = 1; back < SNAPSHOT_COUNT; back++) {
      // Day 0 of a month is the last day of the month before it.
      const end = new Date(Date.UTC(year, month - back + 1, 0));
      dates.push(`${end.toISOString().slice(0, 10)}${time}`);
    }
  }
  return dates;
}

const REQUESTED =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/**
 * The UTC calendar date (YYYY-MM-DD) of an ISO date or date-time; offset-less means UTC.
 * @param {string} text @returns {string | null} null when it is not a valid date
 */
export function utcDateOf(text) {
  const match = REQUESTED.exec(text.trim());
  if (!match) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const offset = match[7];
  const utc = Date.UTC(
    /** @type {number} */ (y),
    /** @type {number} */ (mo) - 1,
    /** @type {number} */ (d),
    h,
    mi,
    s,
  );
  const check = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March; the round trip catches it (and hour 24, etc.).
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== mi ||
    check.getUTCSeconds() !== s
  )
    return null;
  let shift = 0;
  if (offset && offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    shift = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  }
  return new Date(utc - shift).toISOString().slice(0, 10);
}

/**
 * Which snapshot answers `processedDateTime`: the newest whose UTC date is on or before the
 * requested UTC date (a date on or after the latest gets the latest).
 * @param {string} requested
 * @returns {{ index: number } | { error: string }}
 */
export function snapshotIndexFor(requested) {
  const date = utcDateOf(requested);
  if (date === null)
    return { error: `processedDateTime '${requested.slice(0, 40)}' is not a valid ISO date.` };
  const index = snapshotDates().findIndex((snapshot) => snapshot.slice(0, 10) <= date);
  if (index === -1)
    return {
      error: `processedDateTime '${requested.slice(0, 40)}' is outside the 24-month retention period.`,
    };
  return { index };
}

/** FNV-1a, to seed a row's PRNG from its ids. @param {string} text */
export function hashSeed(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * One product's row `monthsBack` snapshots ago, or null when the customer did not have it yet.
 * @param {string} customerId @param {LicenseRow} now the current row @param {number} monthsBack
 * @returns {LicenseRow | null}
 */
export function licenseAt(customerId, now, monthsBack) {
  if (monthsBack === 0) return now;
  const prng = createPrng(hashSeed(`${customerId}|${now.productId}`));
  // About a quarter of the products were bought within the last two years.
  const introduced = prng.next() < 0.25 ? prng.int(2, SNAPSHOT_COUNT - 1) : Infinity;
  if (monthsBack >= introduced) return null;
  const declining = prng.next() < 0.12; // seats were cut: sold was higher before
  const period = prng.int(2, 6); // a purchase (or a cut) every few months
  const phase = prng.int(0, period - 1);
  const ramp = 0.01 + prng.next() * 0.05; // deployment grows a little every month
  // Over-assignment (deployed > sold) only where today's row has it, never more of it.
  const overage = Math.max(0, now.licensesDeployed - now.licensesSold);
  const ratio = now.licensesSold > 0 ? Math.min(1, now.licensesDeployed / now.licensesSold) : 0;
  let sold = now.licensesSold;
  let deployed = now.licensesDeployed;
  for (let back = 1; back <= monthsBack; back++) {
    const step = back % period === phase;
    const fraction = 0.05 + prng.next() * 0.2;
    if (step && declining) {
      sold += Math.max(1, Math.round(sold * fraction));
      deployed = Math.round(sold * ratio);
    } else if (step && sold > 1) {
      // Going back past a purchase: fewer seats, and deployment had not caught up yet.
      sold -= Math.max(1, Math.round(sold * fraction));
      deployed = Math.round(deployed * (1 - fraction));
    } else {
      deployed = Math.round(deployed * (1 - ramp));
    }
    deployed = Math.max(0, Math.min(deployed, sold + overage));
  }
  return { ...now, licensesSold: sold, licensesDeployed: deployed };
}

/**
 * A customer's rows `monthsBack` snapshots ago (0 = today's rows, unchanged). The seed
 * customer (processed in 2017) and the customers whose calls always fail have no history;
 * a customer the analytics have not processed yet has no rows at all.
 * @param {Customer} customer @param {number} monthsBack
 * @returns {LicenseRow[]}
 */
export function licensesAt(customer, monthsBack) {
  if (customer.notInAnalytics) return [];
  if (monthsBack === 0) return customer.licenses;
  if (customer.id === SEED_CUSTOMER_ID || customer.fault) return [];
  /** @type {LicenseRow[]} */
  const rows = [];
  for (const license of customer.licenses) {
    const past = licenseAt(customer.id, license, monthsBack);
    if (past) rows.push(past);
  }
  return rows;
}
