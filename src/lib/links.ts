import { linkOptions } from '@tanstack/react-router';

// Every in-app link is built here, so a path is written once and a feature never hard-codes
// another page's URL. Search values are validated again by the destination route.

export type PortfolioLinkSearch = {
  q?: string | undefined;
  service?: string | undefined;
  channel?: string | undefined;
  sort?: string | undefined;
  dir?: string | undefined;
  flagged?: boolean | undefined;
};

/** The customer view's settings; a view passing its whole validated state keeps the rest. */
export type CustomerLinkSearch = {
  tab?: 'trend' | 'usage' | 'rightsize' | undefined;
  service?: string | undefined;
  channel?: string | undefined;
  [setting: string]: unknown;
};

export const links = {
  portfolio: (search: PortfolioLinkSearch = {}) => linkOptions({ to: '/', search }),
  picker: () => linkOptions({ to: '/customers' }),
  customer: (customerId: string, search: CustomerLinkSearch = {}) =>
    linkOptions({ to: '/customers/$customerId', params: { customerId }, search }),
};
