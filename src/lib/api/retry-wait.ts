import type { PartnerCenterError } from './partner-center-error';
import type { RetryDecision } from './retry-policy';

// The backoff wait of one request before it is tried again (a 5xx, a timeout), announced
// so the status strip can count it down and offer to give up. Throttling (429) waits at
// its family's gate instead (throttle-gates.ts): one wait for all the family's requests.

export interface RetryNotice {
  requestId: string;
  reason: Extract<RetryDecision, { retry: true }>['reason'];
  delayMs: number;
  /** Wall-clock time the next attempt starts. */
  retryAt: number;
  /** Gives up waiting: the request fails with its last error. */
  cancel(): void;
}

export function waitForRetry(
  decision: Extract<RetryDecision, { retry: true }>,
  requestId: string,
  signal: AbortSignal | undefined,
  lastError: PartnerCenterError,
  announce: (notice: RetryNotice) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (action: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      action();
    };
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(resolve), decision.delayMs);
    signal?.addEventListener('abort', onAbort);
    announce({
      requestId,
      reason: decision.reason,
      delayMs: decision.delayMs,
      retryAt: Date.now() + decision.delayMs,
      cancel: () => finish(() => reject(lastError)),
    });
  });
}
