import { z } from 'zod/mini';

// "Flag below N % deployed" and "ignore up to K spare seats": a personal preference, not
// view state, so it is remembered in this browser (localStorage) rather than in the URL.
// Stored values are untrusted like any input: anything out of range falls back.

export interface Thresholds {
  /** Flag customers deployed below this percentage (0–100). */
  belowPercent: number;
  /** …unless they have at most this many spare seats. */
  ignoreSpare: number;
}

/**
 * Defaults that single out a minority worth a call: on the standard demo dataset, 68 of
 * 308 customers (22 %) are below 70 % deployed with more than 5 unused seats. The earlier
 * 80 % / 5 flagged 173 (56 %), which says nothing about who to look at first. The spare
 * seats also stay 5 because the right-size plan keeps that many per product: 10 spare
 * seats of every product would leave most plans with nothing to cut (70 % / 10 flags 67).
 */
export const DEFAULT_THRESHOLDS: Thresholds = { belowPercent: 70, ignoreSpare: 5 };
export const THRESHOLDS_STORAGE_KEY = 'license-insights.portfolio-thresholds.v1';

export const thresholdsSchema = z.object({
  belowPercent: z.number().check(z.minimum(0), z.maximum(100)),
  ignoreSpare: z.int().check(z.minimum(0), z.maximum(1_000_000)),
});

export function loadThresholds(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(THRESHOLDS_STORAGE_KEY);
    if (!raw) return DEFAULT_THRESHOLDS;
    const parsed = thresholdsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
  } catch {
    // Storage disabled (privacy mode) or a corrupted value: use the defaults.
    return DEFAULT_THRESHOLDS;
  }
}

export function saveThresholds(
  thresholds: Thresholds,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(THRESHOLDS_STORAGE_KEY, JSON.stringify(thresholds));
  } catch {
    // Quota or privacy mode: the thresholds still apply for this visit.
  }
}
