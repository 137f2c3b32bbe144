import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { z } from 'zod/mini';

import type { PartnerCenterClient, RequestIds } from './http-client';
import { assertNewPage, firstPage, followLink, v1RelativeLink, type PageStep } from './page-walk';
import { usePartnerCenterClient } from './partner-center-context';
import { billingKeys } from './query-keys';
import { collectionOf, optionalDateTime, optionalString } from './schema-helpers';

// GET /v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems
//     &currencycode={cc}&period=current — partner-wide (every customer), seek-paged with
// links.next + MS-ContinuationToken. Shared here because the customer's right-size plan and
// the portfolio's money column both join it on subscriptionId. The docs quote numbers as
// strings in one example item and as numbers in the next, so both are read.

/** A decimal that may come as a number or a numeric string ("14.4", "-720"). */
export const decimal = z.catch(
  z.optional(
    z.union([
      z.number().check(z.refine(Number.isFinite)),
      z.pipe(
        z.string().check(z.regex(/^\s*-?\d+(\.\d+)?\s*$/)),
        z.transform((value) => Number(value)),
      ),
    ]),
  ),
  undefined,
);

export const unbilledLineItemSchema = z.object({
  customerId: z.string().check(z.minLength(1)),
  subscriptionId: z.string().check(z.minLength(1)),
  productId: optionalString,
  skuId: optionalString,
  productName: optionalString,
  skuName: optionalString,
  chargeType: optionalString,
  unitPrice: decimal,
  effectiveUnitPrice: decimal,
  quantity: decimal,
  billableQuantity: decimal,
  subtotal: decimal,
  pcToBCExchangeRate: decimal,
  currency: optionalString,
  billingFrequency: optionalString,
  termAndBillingCycle: optionalString,
  chargeStartDate: optionalDateTime,
  chargeEndDate: optionalDateTime,
  subscriptionEndDate: optionalDateTime,
});
export type UnbilledLineItem = z.output<typeof unbilledLineItemSchema>;

const pageSchema = collectionOf(unbilledLineItemSchema);

/** 100,000 lines (the 20,000-customer partner) are 50 pages of the default 2,000; 500 leaves room. */
const MAX_BILLING_PAGES = 500;

export function unbilledLineItemsPath(currency: string): string {
  const params = new URLSearchParams({
    provider: 'onetime',
    invoicelineitemtype: 'billinglineitems',
    currencycode: currency,
    period: 'current',
  });
  return `/v1/invoices/unbilled/lineitems?${params.toString()}`;
}

export interface UnbilledPage {
  items: UnbilledLineItem[];
  skipped: number;
  next: PageStep | null;
}

export async function getUnbilledLineItemsPage(
  client: PartnerCenterClient,
  step: PageStep,
  signal?: AbortSignal,
): Promise<UnbilledPage> {
  assertNewPage(step);
  let ids: RequestIds | undefined;
  const page = await client.get(step.path, pageSchema, {
    signal,
    linkHeaders: step.linkHeaders,
    onIds: (sent) => (ids = sent),
  });
  // The SDK loops while a continuation token comes back: a top-level token without a
  // link is followed on the same path with the token as header.
  const link =
    page.next ??
    (page.continuationToken
      ? {
          uri: step.path,
          headers: [{ key: 'MS-ContinuationToken', value: page.continuationToken }],
        }
      : null);
  const next = link && ids ? followLink(client, step, v1RelativeLink(link), ids) : null;
  return { items: page.items, skipped: page.skipped, next };
}

export function unbilledLineItemsQueryOptions(client: PartnerCenterClient, currency: string) {
  return infiniteQueryOptions({
    queryKey: billingKeys.unbilledLineItems(currency),
    queryFn: ({ pageParam, signal }) => getUnbilledLineItemsPage(client, pageParam, signal),
    initialPageParam: firstPage(unbilledLineItemsPath(currency), MAX_BILLING_PAGES),
    getNextPageParam: (last: UnbilledPage) => last.next,
    // Walked once per sign-in: current-period charges change a few times a month, the walk
    // can be ~50 pages, and sign-out clears the whole cache (forget-partner-data).
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export interface UnbilledWalk {
  items: UnbilledLineItem[];
  skipped: number;
  pages: number;
  done: boolean;
  error: unknown;
}

/** The whole walk, page after page in the background; `done` once the last page is in. */
export function useUnbilledLineItems(currency: string, enabled = true): UnbilledWalk {
  const client = usePartnerCenterClient();
  const query = useInfiniteQuery({ ...unbilledLineItemsQueryOptions(client, currency), enabled });
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  const loaded = query.data?.pages.length ?? 0;
  useEffect(() => {
    // One page at a time; never cancelling a page under way (cancelRefetch: false), so a
    // re-render cannot restart the walk's current request.
    if (enabled && hasNextPage && !isFetching && !isError)
      void fetchNextPage({ cancelRefetch: false });
  }, [enabled, hasNextPage, isFetching, isError, fetchNextPage, loaded]);
  const pages = query.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  return {
    items,
    skipped: pages?.reduce((sum, page) => sum + page.skipped, 0) ?? 0,
    pages: pages?.length ?? 0,
    done: query.isSuccess && !hasNextPage,
    error: query.error,
  };
}
