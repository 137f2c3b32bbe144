import { queryOptions, useQuery } from '@tanstack/react-query';

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

// E3 for one customer, latest processing: unlike E1 its rows carry `productId` (the Entra
// skuId), which is what joins them to the live subscribed SKUs.

export async function getRightSizeDeployment(
  client: PartnerCenterClient,
  customerId: string,
  signal?: AbortSignal,
): Promise<{ rows: CommercialDeploymentRow[]; skipped: number }> {
  let step: PageStep | null = firstPage(
    commercialDeploymentPath({ filter: equalsFilter({ customerTenantId: customerId }) }),
  );
  const rows: CommercialDeploymentRow[] = [];
  let skipped = 0;
  while (step) {
    const page = await getCommercialDeploymentStep(client, step, signal);
    rows.push(...page.rows);
    skipped += page.skipped;
    step = page.next;
  }
  return { rows, skipped };
}

export function rightSizeDeploymentQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.rightSizeDeployment(customerId),
    queryFn: ({ signal }) => getRightSizeDeployment(client, customerId, signal),
    meta: { localised: true },
  });
}

export function useRightSizeDeployment(customerId: string) {
  const client = usePartnerCenterClient();
  return useQuery(rightSizeDeploymentQueryOptions(client, customerId));
}
