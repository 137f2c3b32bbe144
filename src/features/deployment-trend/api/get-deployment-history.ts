import { useQueries, useQuery } from '@tanstack/react-query';

import { deploymentHistoryQueryOptions } from '@/lib/api/get-deployment-history';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { latestDate } from '@/lib/latest-date';

import { monthEndsBefore } from '../lib/trend-points';

// The trend's points: E3 for one customer at the latest processing and at the end of each
// month before it (the endpoint file is shared: src/lib/api/get-deployment-history.ts).

/**
 * With a stable `combine`, useQueries returns the same array until a result changes, so
 * the view's memoised points are not rebuilt on every render while months load.
 */
function keepResults<T>(results: T): T {
  return results;
}

/**
 * The latest processing first (it says which day the data is from), then the ends of the
 * `months - 1` months before it, fetched in parallel within the limit.
 */
export function useDeploymentHistory(customerId: string, months: number) {
  const client = usePartnerCenterClient();
  const latest = useQuery(deploymentHistoryQueryOptions(client, customerId, null));
  const anchor = latest.data ? latestDate(latest.data.rows) : null;
  const dates = anchor ? monthEndsBefore(anchor, months - 1) : [];
  const past = useQueries({
    queries: dates.map((date) => deploymentHistoryQueryOptions(client, customerId, date)),
    combine: keepResults,
  });
  return { latest, dates, past };
}
