import { queryOptions, useQuery } from '@tanstack/react-query';

import {
  commercialDeploymentPath,
  getCommercialDeploymentPage,
} from '@/lib/api/commercial-deployment';
import type { PartnerCenterClient } from '@/lib/api/http-client';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { portfolioKeys } from '@/lib/api/query-keys';

// Two small E3 requests that frame the portfolio: the services and channels sold (grouped,
// a handful of rows) for the filters, and one ungrouped row for the processing date —
// grouped rows carry no date.

export interface PortfolioFacets {
  services: string[];
  channels: string[];
  processed: Date | null;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const distinct = (values: string[]) =>
  [...new Set(values.filter((value) => value !== ''))].sort(collator.compare);

export async function getPortfolioFacets(
  client: PartnerCenterClient,
  signal?: AbortSignal,
): Promise<PortfolioFacets> {
  const [groups, sample] = await Promise.all([
    getCommercialDeploymentPage(
      client,
      commercialDeploymentPath({ groupby: ['serviceName', 'channel'] }),
      signal,
    ),
    getCommercialDeploymentPage(client, commercialDeploymentPath({ top: 1 }), signal),
  ]);
  return {
    services: distinct(groups.rows.map((row) => row.serviceName)),
    channels: distinct(groups.rows.map((row) => row.channel)),
    processed: sample.rows[0]?.processedDateTime ?? null,
  };
}

/**
 * The first filter whose value is none of those Partner Center has data for (compared
 * without case, as its filter compares), or null.
 */
export function unknownFilter(
  filters: { service?: string | undefined; channel?: string | undefined },
  facets: Pick<PortfolioFacets, 'services' | 'channels'>,
): { field: 'service' | 'channel'; value: string } | null {
  const known = (value: string, values: readonly string[]) =>
    values.some((option) => option.toLowerCase() === value.toLowerCase());
  if (filters.service && !known(filters.service, facets.services))
    return { field: 'service', value: filters.service };
  if (filters.channel && !known(filters.channel, facets.channels))
    return { field: 'channel', value: filters.channel };
  return null;
}

export function portfolioFacetsQueryOptions(client: PartnerCenterClient) {
  return queryOptions({
    queryKey: portfolioKeys.facets(),
    queryFn: ({ signal }) => getPortfolioFacets(client, signal),
  });
}

export function usePortfolioFacets() {
  const client = usePartnerCenterClient();
  return useQuery(portfolioFacetsQueryOptions(client));
}
