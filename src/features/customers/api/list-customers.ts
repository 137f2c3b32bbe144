import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { PartnerCenterClient, RequestIds } from '@/lib/api/http-client';
import { assertNewPage, firstPage, followLink, type PageStep } from '@/lib/api/page-walk';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { collectionOf } from '@/lib/api/schema-helpers';

import { customerSchema, type Customer } from './customer-schema';

// E7 — GET /v1/customers?size=n (seek paging through links.next + MS-ContinuationToken)
// E9 — the same with filter={"Field":…,"Value":…,"Operator":"starts_with"}
//
// E9 filters on one field at a time, and partners type either a company name or a domain,
// so a search asks for both and merges them; each "page" advances both cursors.

export const PAGE_SIZE = 50;
/** 20,000 customers (the largest partner we design for) are 400 pages of 50; 1,000 leaves room. */
const MAX_CUSTOMER_PAGES = 1_000;

const customerPageSchema = collectionOf(customerSchema);

type Cursor = PageStep;
type PageParam = { byName: Cursor | null; byDomain: Cursor | null };

export interface CustomerPage {
  customers: Customer[];
  skipped: number;
  next: PageParam | null;
}

function searchPath(field: 'CompanyName' | 'Domain', value: string): string {
  const filter = JSON.stringify({ Field: field, Value: value, Operator: 'starts_with' });
  return `/v1/customers?size=${PAGE_SIZE}&filter=${encodeURIComponent(filter)}`;
}

export function firstPageParam(search: string): PageParam {
  const value = search.trim();
  if (value === '')
    return {
      byName: firstPage(`/v1/customers?size=${PAGE_SIZE}`, MAX_CUSTOMER_PAGES),
      byDomain: null,
    };
  return {
    byName: firstPage(searchPath('CompanyName', value), MAX_CUSTOMER_PAGES),
    byDomain: firstPage(searchPath('Domain', value), MAX_CUSTOMER_PAGES),
  };
}

async function fetchCursor(
  client: PartnerCenterClient,
  cursor: Cursor | null,
  signal: AbortSignal,
) {
  if (!cursor) return { items: [] as Customer[], skipped: 0, next: null };
  assertNewPage(cursor);
  let ids: RequestIds | undefined;
  const page = await client.get(cursor.path, customerPageSchema, {
    signal,
    linkHeaders: cursor.linkHeaders,
    onIds: (sent) => (ids = sent),
  });
  return {
    items: page.items,
    skipped: page.skipped,
    next: page.next && ids ? followLink(client, cursor, page.next, ids) : null,
  };
}

export async function listCustomers(
  client: PartnerCenterClient,
  param: PageParam,
  signal: AbortSignal,
): Promise<CustomerPage> {
  const [byName, byDomain] = await Promise.all([
    fetchCursor(client, param.byName, signal),
    fetchCursor(client, param.byDomain, signal),
  ]);
  // A customer matching both by name and by domain appears twice; `select` keeps one.
  const customers = [...byName.items, ...byDomain.items];
  const next =
    byName.next || byDomain.next ? { byName: byName.next, byDomain: byDomain.next } : null;
  return { customers, skipped: byName.skipped + byDomain.skipped, next };
}

export function customerListQueryOptions(client: PartnerCenterClient, search: string) {
  return infiniteQueryOptions({
    queryKey: customerKeys.list(search.trim()),
    queryFn: ({ pageParam, signal }) => listCustomers(client, pageParam, signal),
    initialPageParam: firstPageParam(search),
    getNextPageParam: (lastPage) => lastPage.next,
    select: (data) => {
      // Pages of a merged search can repeat a customer; show each once, in arrival order.
      const seen = new Set<string>();
      const customers = data.pages
        .flatMap((page) => page.customers)
        .filter((customer) => {
          if (seen.has(customer.id)) return false;
          seen.add(customer.id);
          return true;
        });
      return { customers, skipped: data.pages.reduce((sum, page) => sum + page.skipped, 0) };
    },
  });
}

export function useCustomerList(search: string) {
  const client = usePartnerCenterClient();
  return useInfiniteQuery(customerListQueryOptions(client, search));
}
