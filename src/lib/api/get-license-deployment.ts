import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';

import type { PartnerCenterClient } from './http-client';
import { customerKeys } from './query-keys';
import { collectionOf, count, optionalDateTime, optionalString } from './schema-helpers';

// E1 — GET /v1/customers/{customerId}/analytics/licenses/deployment
// One row per product. The documented example omits customerId and serviceCode, and the
// scale of deploymentPercent is unknown, so neither is required nor used: the counts are
// the truth and the percentage is computed from them.

export const deploymentInsightSchema = z.object({
  customerName: optionalString,
  productName: z.string().check(z.minLength(1)),
  serviceCode: optionalString,
  serviceName: z.catch(z.string(), ''),
  channel: z.catch(z.string(), ''),
  licensesSold: count,
  licensesDeployed: count,
  processedDateTime: optionalDateTime,
});
export type DeploymentInsight = z.output<typeof deploymentInsightSchema>;

const deploymentCollectionSchema = collectionOf(deploymentInsightSchema);

export function getLicenseDeployment(
  client: PartnerCenterClient,
  customerId: string,
  signal?: AbortSignal,
) {
  return client.get(
    `/v1/customers/${encodeURIComponent(customerId)}/analytics/licenses/deployment`,
    deploymentCollectionSchema,
    { signal },
  );
}

export function licenseDeploymentQueryOptions(client: PartnerCenterClient, customerId: string) {
  return queryOptions({
    queryKey: customerKeys.licenseDeployment(customerId),
    queryFn: ({ signal }) => getLicenseDeployment(client, customerId, signal),
    // Product and workload names are Partner Center display text.
    meta: { localised: true },
  });
}
