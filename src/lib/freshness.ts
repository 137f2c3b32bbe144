// When analytics data counts as stale. Partner Center processes license analytics daily,
// so data a few days old is normal (a weekend, a late run); more than a week means the
// processing stopped for that partner or customer, and its figures may no longer match
// what the customer has. One constant, documented in the README ("Stale data").

/** Data processed more than this many days before the reference is flagged as stale. */
export const STALE_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when `processed` is more than STALE_AFTER_DAYS older than `reference` (now, or the
 * newest date among comparable data). An unknown date is not called stale: the view says
 * it is unknown instead.
 */
export function isStale(processed: Date | null | undefined, reference: Date = new Date()): boolean {
  if (!processed || !Number.isFinite(processed.getTime())) return false;
  if (!Number.isFinite(reference.getTime())) return false;
  return reference.getTime() - processed.getTime() > STALE_AFTER_DAYS * DAY_MS;
}
