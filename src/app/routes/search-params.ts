import { z } from 'zod/mini';

import { parseTrendSearch, type TrendSearch } from '@/features/deployment-trend/lib/trend-search';
import {
  parseDeploymentSearch,
  type DeploymentSearch,
} from '@/features/license-deployment/lib/view-search';
import { parsePortfolioSearch } from '@/features/portfolio/lib/portfolio-search';
import { parseSearchFields } from '@/lib/search-params';

// Route search validation. Bad values never crash a route: they fall back to defaults and
// the page shows which ones were ignored.

const pickerSearch = z.object({
  q: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(100))), undefined),
});

export function validatePickerSearch(raw: Record<string, unknown>): { q?: string | undefined } {
  const q = typeof raw.q === 'number' ? String(raw.q) : raw.q;
  return pickerSearch.parse({ q: q === '' ? undefined : q });
}

export function validatePortfolioSearch(raw: Record<string, unknown>) {
  return parsePortfolioSearch(raw).value;
}

export const CUSTOMER_TABS = ['snapshot', 'trend', 'usage'] as const;
export type CustomerTab = (typeof CUSTOMER_TABS)[number];

export type CustomerSearch = DeploymentSearch & TrendSearch & { tab?: CustomerTab | undefined };

export function parseCustomerSearch(raw: Record<string, unknown>) {
  const deployment = parseDeploymentSearch(raw);
  const trend = parseTrendSearch(raw);
  const tab = parseSearchFields(raw, { tab: z.enum(CUSTOMER_TABS) });
  return {
    value: { ...deployment.value, ...trend.value, ...tab.value } as CustomerSearch,
    invalid: [...deployment.invalid, ...trend.invalid, ...tab.invalid],
  };
}

export function validateCustomerSearch(raw: Record<string, unknown>): CustomerSearch {
  return parseCustomerSearch(raw).value;
}
