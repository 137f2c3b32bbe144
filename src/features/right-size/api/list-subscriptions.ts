import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod/mini';

import type { PartnerCenterClient, RequestIds } from '@/lib/api/http-client';
import {
  assertNewPage,
  firstPage,
  followLink,
  v1RelativeLink,
  type PageStep,
} from '@/lib/api/page-walk';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { collectionOf } from '@/lib/api/schema-helpers';

import { subscriptionSchema, type Subscription } from './subscription-schema';

// GET /v1/customers/{id}/subscriptions — the partner's own subscriptions for the customer.
// No paging is documented, but the body is a ResourceCollection, which can carry
// links.next (UNVERIFIED whether it ever does): a link is followed through page-walk.

const pageSchema = collectionOf(subscriptionSchema);
type SubscriptionPage = z.output<typeof pageSchema>;

export interface SubscriptionList {
  subscriptions: Subscription[];
  skipped: number;
}

export function subscriptionsPath(customerId: string): string {
  return `/v1/customers/${encodeURIComponent(customerId)}/subscriptions`;
}

export async function listSubscriptions(
  client: PartnerCenterClient,
  customerId: string,
  signal?: AbortSignal,
): Promise<SubscriptionList> {
  let step: PageStep | null = firstPage(subscriptionsPath(customerId));
  const subscriptions: Subscription[] = [];
  let skipped = 0;
  while (step) {
    assertNewPage(step);
    let ids: RequestIds | undefined;
    const page: SubscriptionPage = await client.get(step.path, pageSchema, {
      signal,
      linkHeaders: step.linkHeaders,
      onIds: (sent) => (ids = sent),
    });
    subscriptions.push(...page.items);
    skipped += page.skipped;
    step = page.next && ids ? followLink(client, step, v1RelativeLink(page.next), ids) : null;
  }
  return { subscriptions, skipped };
}

export function subscriptionsQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.subscriptions(customerId),
    queryFn: ({ signal }) => listSubscriptions(client, customerId, signal),
    // Offer and friendly names are display text.
    meta: { localised: true },
  });
}

export function useSubscriptions(customerId: string) {
  const client = usePartnerCenterClient();
  return useQuery(subscriptionsQueryOptions(client, customerId));
}
