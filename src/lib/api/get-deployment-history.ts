import { queryOptions } from '@tanstack/react-query';

import { createLimiter } from '../concurrency';

import {
  commercialDeploymentPath,
  equalsFilter,
  getCommercialDeploymentStep,
  type CommercialDeploymentRow,
} from './commercial-deployment';
import type { PartnerCenterClient } from './http-client';
import { firstPage, type PageStep } from './page-walk';
import { customerKeys } from './query-keys';

// E3 for one customer as processed at a past date (`processedDateTime`), or the latest
// processing: one request per point, each cached on its own, at most 4 in flight so a
// 24-month trend does not burst into Partner Center's throttle. Shared: the trend reads a
// point per month, and the customer snapshot reads the latest one when E1 has nothing for
// a customer the analytics know (docs/partner-center-api.md, "E1 may be empty").

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
  // back to a page already read, or an endless chain, fails the point (page-walk).
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
