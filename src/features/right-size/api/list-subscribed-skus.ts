import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';

import type { PartnerCenterClient } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { collectionOf, count, optionalString } from '@/lib/api/schema-helpers';

// GET /v1/customers/{id}/subscribedskus — live license counts per Entra SKU (App+User only).
// `productSku.id` is the Entra skuId, the key analytics' `productId` is compared with. A
// 403 here is a missing GDAP role: the view falls back to analytics and says so.

export const subscribedSkuSchema = z.object({
  productSku: z.object({
    id: z.string().check(z.minLength(1)),
    name: optionalString,
    skuPartNumber: optionalString,
  }),
  totalUnits: count,
  consumedUnits: count,
  capabilityStatus: optionalString,
});
export type SubscribedSku = z.output<typeof subscribedSkuSchema>;

const collectionSchema = collectionOf(subscribedSkuSchema);

export function listSubscribedSkus(
  client: PartnerCenterClient,
  customerId: string,
  signal?: AbortSignal,
) {
  return client.get(
    `/v1/customers/${encodeURIComponent(customerId)}/subscribedskus`,
    collectionSchema,
    { signal },
  );
}

export function subscribedSkusQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.subscribedSkus(customerId),
    queryFn: ({ signal }) => listSubscribedSkus(client, customerId, signal),
    meta: { localised: true },
  });
}

export function useSubscribedSkus(customerId: string) {
  const client = usePartnerCenterClient();
  return useQuery(subscribedSkusQueryOptions(client, customerId));
}
