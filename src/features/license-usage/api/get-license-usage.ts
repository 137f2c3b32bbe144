import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';

import type { PartnerCenterClient } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { customerKeys } from '@/lib/api/query-keys';
import { collectionOf, count, optionalDateTime, optionalString } from '@/lib/api/schema-helpers';

// E4 — GET /v1/customers/{customerId}/analytics/licenses/usage: one row per product and
// workload, active vs qualified users. usagePercent's scale is as unverified as E1's
// deploymentPercent, so it is ignored and computed from the counts. The docs' own example
// misspells licensesActive as licenseActive once: both are read.

const active = z.optional(count);

export const usageInsightSchema = z.pipe(
  z.object({
    productName: z.string().check(z.minLength(1)),
    serviceName: z.catch(z.string(), ''),
    channel: z.catch(z.string(), ''),
    workloadCode: z.catch(z.string(), ''),
    workloadName: z.catch(z.string(), ''),
    licensesActive: active,
    licenseActive: active,
    licensesQualified: count,
    processedDateTime: optionalDateTime,
    customerName: optionalString,
  }),
  z.transform(({ licensesActive, licenseActive, ...row }, context) => {
    const value = licensesActive ?? licenseActive;
    if (value === undefined) {
      context.issues.push({
        code: 'custom',
        input: row,
        path: ['licensesActive'],
        message: 'expected a whole number',
      });
      return z.NEVER;
    }
    return { ...row, licensesActive: value };
  }),
);
export type UsageInsight = z.output<typeof usageInsightSchema>;

const usageCollectionSchema = collectionOf(usageInsightSchema);

export function getLicenseUsage(
  client: PartnerCenterClient,
  customerId: string,
  signal?: AbortSignal,
) {
  return client.get(
    `/v1/customers/${encodeURIComponent(customerId)}/analytics/licenses/usage`,
    usageCollectionSchema,
    { signal },
  );
}

export function licenseUsageQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.licenseUsage(customerId),
    queryFn: ({ signal }) => getLicenseUsage(client, customerId, signal),
    // Product and workload names are Partner Center display text.
    meta: { localised: true },
  });
}

export function useLicenseUsage(customerId: string) {
  const client = usePartnerCenterClient();
  return useQuery(licenseUsageQueryOptions(client, customerId));
}
