import { useRouterState } from '@tanstack/react-router';
import { useMemo } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * Names the URL settings that were not understood and fell back to their defaults. The
 * route's validateSearch has already dropped them; this reads the raw search again to say
 * which (a cheap parse, only when the search changes).
 */
export function InvalidSearchNotice({
  invalidKeys,
}: {
  invalidKeys(raw: Record<string, unknown>): string[];
}) {
  const { t } = useI18n();
  const raw = useRouterState({ select: (state) => state.location.search });
  const keys = useMemo(() => invalidKeys(raw), [invalidKeys, raw]);
  if (keys.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('customer.invalidSearch', { keys: keys.join(', ') })}
    </p>
  );
}
