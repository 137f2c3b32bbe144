import type { SearchSchemaInput } from '@tanstack/react-router';
import { z } from 'zod/mini';

import { trendSearchFields } from '@/features/deployment-trend/lib/trend-search';
import { deploymentSearchFields } from '@/features/license-deployment/lib/view-search';
import { portfolioSearchFields } from '@/features/portfolio/lib/portfolio-search';
import { routeSearch, type RouteSearch } from '@/lib/search-params';

// Each route's validateSearch: the view's whole state from the URL, one parse, per field
// (features own their fields). Bad values never crash a route: they fall back to defaults
// and the page names them (`ignored`).

const pickerSearchFields = {
  q: z.pipe(
    z.string().check(z.trim(), z.maxLength(100)),
    z.transform((value) => value || undefined),
  ),
};

export const CUSTOMER_TABS = ['snapshot', 'trend', 'usage', 'rightsize'] as const;
export type CustomerTab = (typeof CUSTOMER_TABS)[number];

const customerSearchFields = {
  ...deploymentSearchFields,
  ...trendSearchFields,
  tab: z.enum(CUSTOMER_TABS),
};

export type PickerSearch = RouteSearch<typeof pickerSearchFields>;
export type PortfolioRouteSearch = RouteSearch<typeof portfolioSearchFields>;
export type CustomerSearch = RouteSearch<typeof customerSearchFields>;

/** Whatever the address bar holds; tagged so that links may leave every setting out. */
type RawSearch = Record<string, unknown> & SearchSchemaInput;

export const validatePickerSearch = (raw: RawSearch): PickerSearch =>
  routeSearch(raw, pickerSearchFields);

export const validatePortfolioSearch = (raw: RawSearch): PortfolioRouteSearch =>
  routeSearch(raw, portfolioSearchFields);

export const validateCustomerSearch = (raw: RawSearch): CustomerSearch =>
  routeSearch(raw, customerSearchFields);
