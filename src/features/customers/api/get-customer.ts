import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PartnerCenterClient } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';

import { customerSchema } from './customer-schema';

// E8 — GET /v1/customers/{customerId}

export function getCustomer(client: PartnerCenterClient, customerId: string, signal?: AbortSignal) {
  return client.get(`/v1/customers/${encodeURIComponent(customerId)}`, customerSchema, { signal });
}

export function customerQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => getCustomer(client, customerId, signal),
  });
}

export function useCustomer(customerId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const client = usePartnerCenterClient();
  return useQuery({ ...customerQueryOptions(client, customerId), enabled });
}
