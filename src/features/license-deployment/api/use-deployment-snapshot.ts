import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { QueryLike } from '@/components/query-state';
import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { errorMeaning } from '@/lib/api/describe-error';
import { deploymentHistoryQueryOptions, type HistoryPoint } from '@/lib/api/get-deployment-history';
import {
  licenseDeploymentQueryOptions,
  type DeploymentInsight,
} from '@/lib/api/get-license-deployment';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';

// The customer snapshot reads E1, the per-customer deployment report. A public report says
// E1 answered nothing for months while the analytics (E3) kept working, so when E1 answers
// an empty collection, 404 or 400, the snapshot asks E3's latest processing for the same
// customer (the trend's cached query) and shows whichever has rows, saying which. The
// user never reads "No licenses" while the other source has them.

/** How E1 failed to give rows, when it did. */
export type E1Gap = 'empty' | 'missing' | 'refused';

export interface DeploymentSnapshot {
  items: DeploymentInsight[];
  skipped: number;
  /** e1: the per-customer report; e3: the analytics, because E1 had nothing (`gap`). */
  source: 'e1' | 'e3';
  gap?: E1Gap | undefined;
}

type E1Result = QueryLike<{ items: DeploymentInsight[]; skipped: number }>;
type E3Result = QueryLike<HistoryPoint>;

export function e1Gap(e1: Pick<E1Result, 'data' | 'error'>): E1Gap | null {
  if (e1.data) return e1.data.items.length === 0 && e1.data.skipped === 0 ? 'empty' : null;
  if (!e1.error) return null;
  const meaning = errorMeaning(e1.error);
  return meaning === 'missing' || meaning === 'refused' ? meaning : null;
}

/** E3 rows in E1's shape; a row without a product name cannot be shown and is counted. */
export function fromAnalytics(rows: readonly CommercialDeploymentRow[], skipped: number) {
  const items: DeploymentInsight[] = [];
  let unreadable = skipped;
  for (const row of rows) {
    if (!row.productName) {
      unreadable++;
      continue;
    }
    items.push({
      customerName: row.customerName,
      productName: row.productName,
      serviceCode: row.serviceCode,
      serviceName: row.serviceName,
      channel: row.channel,
      licensesSold: row.licensesSold,
      licensesDeployed: row.licensesDeployed,
      processedDateTime: row.processedDateTime,
    });
  }
  return { items, skipped: unreadable };
}

/**
 * One query-like result for the view: E1 as it is, unless E1 has a gap; then E3 while it
 * loads (pending), E3's rows when it has some, and E1's own answer (empty, or its error
 * panel) when E3 has nothing either.
 */
export function combineSnapshot(
  e1: E1Result,
  e3: E3Result,
  gap: E1Gap | null,
  analytics: DeploymentSnapshot | undefined,
  reported: DeploymentSnapshot | undefined,
): QueryLike<DeploymentSnapshot> {
  const refetchBoth = () => Promise.all([e1.refetch(), gap ? e3.refetch() : undefined]);
  if (gap === null) return { ...pick(e1), data: reported, refetch: () => e1.refetch() };
  if (e3.data === undefined && !e3.isError)
    return {
      data: undefined,
      error: null,
      isError: false,
      isRefetchError: false,
      refetch: refetchBoth,
    };
  if (analytics && analytics.items.length > 0)
    return { ...pick(e3), data: analytics, refetch: refetchBoth };
  return { ...pick(e1), data: reported, refetch: refetchBoth };
}

function pick(query: QueryLike<unknown>) {
  return { error: query.error, isError: query.isError, isRefetchError: query.isRefetchError };
}

export function useDeploymentSnapshot(customerId: string): QueryLike<DeploymentSnapshot> {
  const client = usePartnerCenterClient();
  const e1 = useQuery(licenseDeploymentQueryOptions(client, customerId));
  const gap = e1Gap(e1);
  const e3 = useQuery({
    ...deploymentHistoryQueryOptions(client, customerId, null),
    enabled: gap !== null,
  });
  // Stable objects while the answers are, so the view's memoised rows are not rebuilt.
  const reported = useMemo<DeploymentSnapshot | undefined>(
    () => (e1.data ? { ...e1.data, source: 'e1' } : undefined),
    [e1.data],
  );
  const analytics = useMemo<DeploymentSnapshot | undefined>(
    () =>
      e3.data && gap
        ? { ...fromAnalytics(e3.data.rows, e3.data.skipped), source: 'e3', gap }
        : undefined,
    [e3.data, gap],
  );
  return combineSnapshot(e1, e3, gap, analytics, reported);
}
