import { queryOptions, useQueries } from '@tanstack/react-query';

import type { PartnerCenterClient } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { createLimiter } from '@/lib/concurrency';

import { subscriptionSchema, type Subscription } from './subscription-schema';

// GET /v1/customers/{id}/subscriptions/{subscriptionId} — read only for subscriptions with
// unused seats, for `refundableQuantity` (per-batch refund deadlines) and
// `cancellationAllowedUntilDate`. At most 4 at once: the Subscription resource is throttled
// per tenant (500 a minute), and a customer can have dozens.

const DETAIL_REQUESTS = createLimiter(4);

export function getSubscription(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
  signal?: AbortSignal,
): Promise<Subscription> {
  return client.get(
    `/v1/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`,
    subscriptionSchema,
    { signal },
  );
}

export function subscriptionQueryOptions(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
) {
  return queryOptions({
    queryKey: customerKeys.subscription(customerId, subscriptionId),
    queryFn: ({ signal }) =>
      DETAIL_REQUESTS.run(
        () => getSubscription(client, customerId, subscriptionId, signal),
        signal,
      ),
  });
}

export interface SubscriptionDetails {
  /** By subscription id: the answers received so far. */
  byId: ReadonlyMap<string, Subscription>;
  pending: number;
  failed: number;
}

/** The details of `subscriptionIds`; a failed one only loses its refund line, not the plan. */
export function useSubscriptionDetails(
  customerId: string,
  subscriptionIds: readonly string[],
): SubscriptionDetails {
  const client = usePartnerCenterClient();
  return useQueries({
    queries: subscriptionIds.map((id) => subscriptionQueryOptions(client, customerId, id)),
    combine: (results) => {
      const byId = new Map<string, Subscription>();
      let pending = 0;
      let failed = 0;
      results.forEach((result, index) => {
        if (result.data) byId.set(subscriptionIds[index] ?? '', result.data);
        else if (result.isError) failed++;
        else pending++;
      });
      return { byId, pending, failed };
    },
  });
}
