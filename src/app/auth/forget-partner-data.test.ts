import { QueryClient } from '@tanstack/react-query';

import {
  getRecentCustomers,
  rememberCustomer,
  resetRecentCustomersCache,
  setRecentCustomersScope,
} from '@/features/customers/lib/recent-customers';

import { portfolioReturnSearch, rememberPortfolioSearch } from '../routes/portfolio-return';

import { forgetPartnerData } from './forget-partner-data';

describe('sign-out and account switch', () => {
  it('forget the cached answers and the recently opened customers', () => {
    setRecentCustomersScope('11111111-1111-4111-8111-111111111111');
    rememberCustomer({ id: 'c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', name: 'Contoso' });
    const queryClient = new QueryClient();
    queryClient.setQueryData(['customers'], ['Contoso']);
    rememberPortfolioSearch({ q: 'contoso' });
    forgetPartnerData(queryClient);
    expect(portfolioReturnSearch()).toEqual({});
    resetRecentCustomersCache();
    expect(getRecentCustomers()).toEqual([]);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(queryClient.getQueryData(['customers'])).toBeUndefined();
    setRecentCustomersScope(null);
  });
});
