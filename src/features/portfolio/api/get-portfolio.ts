import { infiniteQueryOptions, onlineManager, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import {
  commercialDeploymentPath,
  equalsFilter,
  getCommercialDeploymentStep,
} from '@/lib/api/commercial-deployment';
import type { PartnerCenterClient } from '@/lib/api/http-client';
import { firstPage, type PageStep } from '@/lib/api/page-walk';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { portfolioKeys } from '@/lib/api/query-keys';

import { foldPortfolioPage, type FoldedPage } from '../lib/portfolio-fold';

// E3 one row per customer and product (its ungrouped answer), for the service/channel
// chosen (filtered by Partner Center). Grouping by customer alone would sum sold and
// deployed over all a customer's products, so a product deployed beyond what was sold
// would hide another's spare seats; per product, unused and over-assigned seats are
// counted exactly as the customer view counts them. `groupby` is not used because it drops
// `processedDateTime` (not a groupby field), which tells stale customers apart. Each page
// is folded into per-customer totals as it arrives (portfolio-fold.ts): the raw rows of
// 20,000 customers × their products are never kept. Pages follow `@nextLink` in the
// background until every row is in.

/** Smaller than the 10,000 maximum so the first rows show sooner and progress moves. */
export const PORTFOLIO_PAGE_SIZE = 5_000;

export interface PortfolioFilters {
  service?: string | undefined;
  channel?: string | undefined;
}

export interface PortfolioPage extends FoldedPage {
  /** Rows this page brought (customer × product), for the progress bar. */
  rowsRead: number;
  skipped: number;
  /** The next page's request; checked for repeats and the page limit when it is made. */
  next: PageStep | null;
  /** Rows (customer × product) in the whole answer, when Partner Center says so. */
  totalCount: number | undefined;
}

export function firstPortfolioPath(filters: PortfolioFilters): string {
  return commercialDeploymentPath({
    top: PORTFOLIO_PAGE_SIZE,
    filter: equalsFilter({ serviceName: filters.service, channel: filters.channel }),
  });
}

export function portfolioQueryOptions(client: PartnerCenterClient, filters: PortfolioFilters) {
  return infiniteQueryOptions({
    queryKey: portfolioKeys.customers(filters),
    queryFn: async ({ pageParam, signal }): Promise<PortfolioPage> => {
      const page = await getCommercialDeploymentStep(client, pageParam, signal);
      return {
        ...foldPortfolioPage(page.rows),
        rowsRead: page.rows.length,
        skipped: page.skipped,
        next: page.next,
        totalCount: page.totalCount,
      };
    },
    initialPageParam: firstPage(firstPortfolioPath(filters)),
    getNextPageParam: (lastPage) => lastPage.next,
    // React Query would refetch every loaded page from the first after an outage (20,000
    // customers again); usePortfolio resumes from the page that failed instead.
    refetchOnReconnect: false,
  });
}

/** The portfolio, with every remaining page fetched one after another in the background. */
export function usePortfolio(filters: PortfolioFilters) {
  const client = usePartnerCenterClient();
  const query = useInfiniteQuery(portfolioQueryOptions(client, filters));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, refetch } = query;
  const { isFetchNextPageError } = query;
  // The page count is a dependency too: a fast page can start and finish between two
  // renders, leaving every flag as it was, and the walk would stall there.
  const pageCount = query.data?.pages.length ?? 0;
  useEffect(() => {
    // A failed page stops the walk; the view offers to resume from where it stopped.
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage, pageCount]);
  useEffect(() => {
    if (!isError) return undefined;
    // Back online after the walk stopped on a failure: go on from the page that failed,
    // keeping what is loaded (or load the first page, if that is what failed).
    return onlineManager.subscribe((online) => {
      if (!online) return;
      if (isFetchNextPageError) void fetchNextPage();
      else void refetch();
    });
  }, [isError, isFetchNextPageError, fetchNextPage, refetch]);
  return query;
}
