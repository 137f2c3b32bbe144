import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

// React Query pauses requests while the browser is offline and resumes them when it is
// back; this says so, instead of leaving a skeleton that seems to hang.
export function OfflineBanner() {
  const { t } = useI18n();
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <div className="retry-banner retry-banner--offline" role="status">
      {t('retry.offline')}
    </div>
  );
}
