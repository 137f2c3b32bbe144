import { useRouterState } from '@tanstack/react-router';
import { useMemo } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

// Views read their state from the URL through their own parser, which gives both the
// validated values and the names of the settings it had to ignore. (The router's
// useSearch would not do: it hands back the raw search merged under the validated one, so
// an ignored "?sort=bogus" would still reach the view.)

export function useUrlSearch<T>(
  parse: (raw: Record<string, unknown>) => {
    value: T;
    invalid: string[];
  },
) {
  const raw = useRouterState({ select: (state) => state.location.search });
  return useMemo(() => parse(raw), [parse, raw]);
}

/** Names the URL settings that were not understood and fell back to their defaults. */
export function InvalidSearchNotice({ keys }: { keys: readonly string[] }) {
  const { t } = useI18n();
  if (keys.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('customer.invalidSearch', { keys: keys.join(', ') })}
    </p>
  );
}
