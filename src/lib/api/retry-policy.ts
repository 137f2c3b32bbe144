import type { PartnerCenterError } from './partner-center-error';

// The retry policy, decided once, here. The QueryClient does not retry on top of it.

export const MAX_RETRY_AFTER_SECONDS = 120;
export const MAX_TRANSIENT_ATTEMPTS = 3; // Microsoft's SDK retries at most 3 times in all
export const MAX_THROTTLED_ATTEMPTS = 4;
const BASE_DELAY_MS = 500;

export type RetryDecision =
  | { retry: false }
  | {
      retry: true;
      delayMs: number;
      refreshToken: boolean;
      reason: 'throttled' | 'transient' | 'unauthorized';
    };

const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/** Exponential backoff with up to 50 % jitter, so many tabs do not retry in lock-step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = BASE_DELAY_MS * 2 ** (attempt - 1);
  return Math.round(base + base * 0.5 * random());
}

/**
 * How long a 429 on attempt `attempt` asks to wait: `Retry-After` (capped), and from the
 * second 429 on at least the exponential backoff; the backoff alone without the header.
 * Its family's throttle gate stays closed that long even when the request gives up.
 */
export function throttleDelayMs(
  error: PartnerCenterError,
  attempt: number,
  random: () => number = Math.random,
): number {
  const backoff = backoffMs(attempt, random);
  if (error.retryAfterSeconds === undefined) return backoff;
  return Math.max(
    Math.min(error.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) * 1000,
    attempt > 1 ? backoff : 0,
  );
}

/**
 * @param error the failure of attempt number `attempt` (1-based)
 */
export function decideRetry(
  error: PartnerCenterError,
  attempt: number,
  random: () => number = Math.random,
): RetryDecision {
  if (error.kind === 'network' || error.kind === 'timeout') {
    return attempt < MAX_TRANSIENT_ATTEMPTS
      ? {
          retry: true,
          delayMs: backoffMs(attempt, random),
          refreshToken: false,
          reason: 'transient',
        }
      : { retry: false };
  }
  if (error.kind !== 'http' || error.status === undefined) return { retry: false };
  const status = error.status;
  if (status === 401) {
    // An expired or revoked token: one forced refresh, one retry. MFA faults need a new
    // interactive sign-in, which a silent refresh cannot give.
    if (error.isMfaRequired || attempt > 1) return { retry: false };
    return { retry: true, delayMs: 0, refreshToken: true, reason: 'unauthorized' };
  }
  if (status === 429) {
    if (attempt >= MAX_THROTTLED_ATTEMPTS) return { retry: false };
    const delayMs = throttleDelayMs(error, attempt, random);
    return { retry: true, delayMs, refreshToken: false, reason: 'throttled' };
  }
  if (TRANSIENT_STATUSES.has(status)) {
    return attempt < MAX_TRANSIENT_ATTEMPTS
      ? {
          retry: true,
          delayMs: backoffMs(attempt, random),
          refreshToken: false,
          reason: 'transient',
        }
      : { retry: false };
  }
  return { retry: false };
}
