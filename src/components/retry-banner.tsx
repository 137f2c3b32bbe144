import { useEffect, useState } from 'react';

import type { RetryNotice } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { useI18n } from '@/lib/i18n/i18n-provider';

// Partner Center throttles (429 + Retry-After); the HTTP client waits and retries by
// itself. This banner makes the wait visible, counts it down and lets the user give up.

export function RetryBanner() {
  const { t } = useI18n();
  const client = usePartnerCenterClient();
  const [notices, setNotices] = useState<RetryNotice[]>([]);
  const [now, setNow] = useState(() => Date.now());

  useEffect(
    () =>
      client.onRetry((notice) => {
        if (notice.delayMs < 1000) return; // quick backoffs would only flash
        setNotices((current) => [
          ...current.filter((n) => n.requestId !== notice.requestId),
          notice,
        ]);
      }),
    [client],
  );

  const active = notices.filter((notice) => notice.retryAt > now);
  useEffect(() => {
    if (active.length === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active.length]);

  const first = active[0];
  if (!first) return null;
  const seconds = Math.max(1, Math.ceil((first.retryAt - now) / 1000));
  const cancelAll = () => {
    active.forEach((notice) => notice.cancel());
    setNotices([]);
  };
  return (
    <div className="retry-banner" role="status">
      <span>
        {first.reason === 'throttled'
          ? t('retry.throttled', { seconds })
          : t('retry.transient', { seconds })}
      </span>
      <button type="button" className="button button--small" onClick={cancelAll}>
        {t('retry.cancel')}
      </button>
    </div>
  );
}
