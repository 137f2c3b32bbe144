import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import {
  commercialDeploymentPath,
  equalsFilter,
  getCommercialDeploymentStep,
  type CommercialDeploymentRow,
} from '@/lib/api/commercial-deployment';
import type { PartnerCenterClient } from '@/lib/api/http-client';
import { firstPage, type PageStep } from '@/lib/api/page-walk';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { createLimiter } from '@/lib/concurrency';
import { latestDate } from '@/lib/latest-date';

import { monthEndsBefore } from '../lib/trend-points';

// E3 for one customer as processed at a past date (`processedDateTime`): one request per
// month point, each cached on its own, at most 4 in flight so a 24-month trend does not
// burst into Partner Center's throttle. Points arrive one by one and are shown as they do.

const MONTH_REQUESTS = createLimiter(4);

export interface HistoryPoint {
  /** The date asked for (YYYY-MM-DD), or null for the latest processing. */
  requested: string | null;
  rows: CommercialDeploymentRow[];
  skipped: number;
}

export async function getDeploymentHistory(
  client: PartnerCenterClient,
  customerId: string,
  processedDate: string | null,
  signal?: AbortSignal,
): Promise<HistoryPoint> {
  let step: PageStep | null = firstPage(
    commercialDeploymentPath({
      filter: equalsFilter({ customerTenantId: customerId }),
      processedDate: processedDate ?? undefined,
    }),
  );
  const rows: CommercialDeploymentRow[] = [];
  let skipped = 0;
  // One customer rarely needs a second page, but a 10,000-product customer would. A link
  // back to a page already read, or an endless chain, fails the month (page-walk).
  while (step) {
    const page = await getCommercialDeploymentStep(client, step, signal);
    rows.push(...page.rows);
    skipped += page.skipped;
    step = page.next;
  }
  return { requested: processedDate, rows, skipped };
}

export function deploymentHistoryQueryOptions(
  client: PartnerCenterClient,
  customerId: string,
  processedDate: string | null,
) {
  return queryOptions({
    queryKey: customerKeys.deploymentHistory(customerId, processedDate ?? 'latest'),
    queryFn: ({ signal }) =>
      MONTH_REQUESTS.run(
        () => getDeploymentHistory(client, customerId, processedDate, signal),
        signal,
      ),
    // Product names are Partner Center display text.
    meta: { localised: true },
    // A past month's processing never changes. The latest keeps the client's default: an
    // explicit `staleTime: undefined` would override that default with 0 and refetch it on
    // every mount.
    ...(processedDate ? { staleTime: Infinity } : {}),
  });
}

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
