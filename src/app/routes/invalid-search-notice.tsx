import { useRouterState } from '@tanstack/react-router';

import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * Names the URL settings that were not understood and fell back to their defaults: those
 * this route's search reports, or those of the address the app was opened on (the router
 * cleans that address as it starts; see rememberIgnoredSettings).
 */
export function InvalidSearchNotice({ keys: fromSearch }: { keys: readonly string[] | undefined }) {
  const { t } = useI18n();
  const fromStart = useRouterState({ select: (state) => state.location.state.ignoredSettings });
  const keys = fromSearch?.length ? fromSearch : fromStart;
  if (!keys || keys.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('customer.invalidSearch', { keys: keys.join(', ') })}
    </p>
  );
}
