import { useEffect, useState } from 'react';

import type { RequestProgress, RetryNotice, ThrottleNotice } from './http-client';
import { usePartnerCenterClient } from './partner-center-context';

// What the HTTP client is waiting for right now, for the status strip: closed throttle
// gates (one per family), backoff waits of single requests, and requests Partner Center
// is slow to answer. Each list holds only what is still going on.

export interface PartnerCenterActivity {
  throttled: readonly ThrottleNotice[];
  retries: readonly RetryNotice[];
  progress: readonly RequestProgress[];
  /** Ticks every 250 ms while a countdown is shown. */
  now: number;
}

export function usePartnerCenterActivity(): PartnerCenterActivity {
  const client = usePartnerCenterClient();
  const [throttled, setThrottled] = useState<readonly ThrottleNotice[]>([]);
  const [retries, setRetries] = useState<readonly RetryNotice[]>([]);
  const [progress, setProgress] = useState<readonly RequestProgress[]>([]);
  const [now, setNow] = useState(() => Date.now());

  // Each announcement also resets the clock, so a countdown never starts from a stale time.
  useEffect(
    () =>
      client.onThrottle((closed) => {
        setNow(Date.now());
        setThrottled(closed);
      }),
    [client],
  );
  useEffect(
    () =>
      client.onRetry((notice) => {
        if (notice.delayMs < 1000) return; // quick backoffs would only flash
        // A cancelled wait leaves the strip at once, not when its countdown would have ended.
        const shown: RetryNotice = {
          ...notice,
          cancel() {
            notice.cancel();
            setRetries((current) => current.filter((n) => n !== shown));
          },
        };
        setNow(Date.now());
        setRetries((current) => [
          ...current.filter((n) => n.requestId !== notice.requestId),
          shown,
        ]);
      }),
    [client],
  );
  useEffect(
    () =>
      client.onRequestProgress((event) =>
        setProgress((current) => [
          ...current.filter((p) => p.requestId !== event.requestId),
          ...(event.state === 'done' ? [] : [event]),
        ]),
      ),
    [client],
  );

  const activeRetries = retries.filter((notice) => notice.retryAt > now);
  const counting = throttled.length > 0 || activeRetries.length > 0;
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [counting]);

  return { throttled, retries: activeRetries, progress, now };
}
