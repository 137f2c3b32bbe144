import type { QueryClient } from '@tanstack/react-query';

import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { customerListQueryOptions } from '@/features/customers/api/list-customers';
import { preloadDeploymentChart } from '@/features/license-deployment/components/chart-module';
import { licenseUsageQueryOptions } from '@/features/license-usage/api/get-license-usage';
import {
  portfolioQueryOptions,
  type PortfolioFilters,
} from '@/features/portfolio/api/get-portfolio';
import { portfolioFacetsQueryOptions } from '@/features/portfolio/api/get-portfolio-facets';
import { topUnusedChartModule } from '@/features/portfolio/components/top-unused-chart-module';
import { rightSizeDeploymentQueryOptions } from '@/features/right-size/api/get-right-size-deployment';
import { subscribedSkusQueryOptions } from '@/features/right-size/api/list-subscribed-skus';
import { subscriptionsQueryOptions } from '@/features/right-size/api/list-subscriptions';
import { deploymentHistoryQueryOptions } from '@/lib/api/get-deployment-history';
import { licenseDeploymentQueryOptions } from '@/lib/api/get-license-deployment';
import type { PartnerCenterClient } from '@/lib/api/http-client';
import { isGuid } from '@/lib/guid';

import { rightSizeModule, trendModule, usageModule } from './routes/customer-chunks';
import type { CustomerTab } from './routes/search-params';

// What each route needs, started by the router as navigation (or a hover: preload on
// intent) begins — not after the page has rendered. Loaders only START work: the views read
// the same queries (same queryOptions, same keys), show progress and errors themselves, and
// nothing here throws. Prefetches never reject, so a failure surfaces once, in the view.

export interface RouterContext {
  queryClient: QueryClient;
  partnerCenter: PartnerCenterClient;
}

const ignore = (promise: Promise<unknown>) => void promise.catch(() => undefined);

export function loadPortfolio(
  { queryClient, partnerCenter }: RouterContext,
  filters: PortfolioFilters,
) {
  void queryClient.prefetchInfiniteQuery(portfolioQueryOptions(partnerCenter, filters));
  void queryClient.prefetchQuery(portfolioFacetsQueryOptions(partnerCenter));
  ignore(topUnusedChartModule.preload());
}

export function loadPicker({ queryClient, partnerCenter }: RouterContext, search: string) {
  void queryClient.prefetchInfiniteQuery(customerListQueryOptions(partnerCenter, search));
}

export function loadCustomer(
  { queryClient, partnerCenter }: RouterContext,
  customerId: string,
  tab: CustomerTab,
) {
  if (!isGuid(customerId)) return; // the page says so without calling the API
  void queryClient.prefetchQuery(customerQueryOptions(partnerCenter, customerId));
  switch (tab) {
    case 'snapshot':
      void queryClient.prefetchQuery(licenseDeploymentQueryOptions(partnerCenter, customerId));
      ignore(preloadDeploymentChart());
      break;
    case 'trend':
      void queryClient.prefetchQuery(
        deploymentHistoryQueryOptions(partnerCenter, customerId, null),
      );
      ignore(trendModule.preload());
      break;
    case 'usage':
      // Usage sits beside the snapshot's sold/deployed counts.
      void queryClient.prefetchQuery(licenseUsageQueryOptions(partnerCenter, customerId));
      void queryClient.prefetchQuery(licenseDeploymentQueryOptions(partnerCenter, customerId));
      ignore(usageModule.preload());
      break;
    case 'rightsize':
      // The billing walk is partner-wide and long: the view starts it, once per sign-in.
      void queryClient.prefetchQuery(subscriptionsQueryOptions(partnerCenter, customerId));
      void queryClient.prefetchQuery(subscribedSkusQueryOptions(partnerCenter, customerId));
      void queryClient.prefetchQuery(rightSizeDeploymentQueryOptions(partnerCenter, customerId));
      ignore(rightSizeModule.preload());
      break;
  }
}
