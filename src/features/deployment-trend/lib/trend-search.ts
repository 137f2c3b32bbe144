import { z } from 'zod/mini';

import { parseSearchFields } from '@/lib/search-params';

// The trend's state in the URL (?months=24&product=…): a bookmark reopens the same period
// and product.

export const TREND_PERIODS = [12, 24] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

export const trendSearchFields = {
  months: z.pipe(
    z.enum(['12', '24']),
    z.transform((value) => Number(value) as TrendPeriod),
  ),
  // Product names are free text from Partner Center (commas, brackets, accents); they are
  // only compared and rendered as text, so only length and control characters are checked.
  product: z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[^\p{Cc}]+$/u)),
};

export interface TrendSearch {
  months?: TrendPeriod | undefined;
  product?: string | undefined;
}

export function parseTrendSearch(raw: Record<string, unknown>): {
  value: TrendSearch;
  invalid: string[];
} {
  return parseSearchFields(raw, trendSearchFields);
}
