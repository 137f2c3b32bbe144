import type { QueryClient } from '@tanstack/react-query';

import { clearRecentCustomers } from '@/features/customers/lib/recent-customers';
import { clearRightSizeStorage } from '@/features/right-size/lib/tenant-storage';

import { forgetPortfolioSearch } from '../routes/portfolio-return';

/**
 * On sign-out and account switch: another account can be another partner, so nothing it
 * saw (cached answers, recently opened customers, right-size mappings and prices) may be left for the next one.
 */
export function forgetPartnerData(queryClient: QueryClient): void {
  queryClient.clear();
  clearRecentCustomers();
  forgetPortfolioSearch();
  clearRightSizeStorage();
}
