import { z } from 'zod/mini';

import { booleanFlag, filterValue, parseSearchFields } from '@/lib/search-params';

import { PORTFOLIO_SORT_KEYS, type PortfolioSortKey } from './portfolio-rows';

// The portfolio's state in the URL (?q=&service=&channel=&sort=&dir=&flagged=), so a
// bookmark or a link sent to a colleague opens the same list.

export const portfolioSearchFields = {
  // Not trimmed here: the box is bound to the URL, and a trailing space being typed must
  // stay in it. The search itself ignores surrounding spaces.
  q: z.string().check(z.maxLength(100)),
  service: filterValue,
  channel: filterValue,
  sort: z.enum(PORTFOLIO_SORT_KEYS),
  dir: z.enum(['asc', 'desc']),
  flagged: booleanFlag,
};

export interface PortfolioSearch {
  q?: string | undefined;
  service?: string | undefined;
  channel?: string | undefined;
  sort?: PortfolioSortKey | undefined;
  dir?: 'asc' | 'desc' | undefined;
  flagged?: boolean | undefined;
}

export function parsePortfolioSearch(raw: Record<string, unknown>): {
  value: PortfolioSearch;
  invalid: string[];
} {
  return parseSearchFields(raw, portfolioSearchFields);
}

export function resolvePortfolioSort(search: PortfolioSearch) {
  const sort = search.sort ?? 'unused';
  return { sort, dir: search.dir ?? (sort === 'customer' ? 'asc' : 'desc') } as const;
}
