// Hierarchical query keys, generic → specific, shared by every feature so that a key is
// written once and invalidation by prefix works (e.g. everything about one customer).

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (search: string) => [...customerKeys.lists(), { search }] as const,
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
  licenseDeployment: (customerId: string) =>
    [...customerKeys.detail(customerId), 'license-deployment'] as const,
  /** E3 for one customer as processed on `processedDate` (YYYY-MM-DD, or 'latest'). */
  deploymentHistory: (customerId: string, processedDate: string) =>
    [...customerKeys.detail(customerId), 'deployment-history', processedDate] as const,
  licenseUsage: (customerId: string) =>
    [...customerKeys.detail(customerId), 'license-usage'] as const,
  /** The partner's own subscriptions for the customer (the list, without refund details). */
  subscriptions: (customerId: string) =>
    [...customerKeys.detail(customerId), 'subscriptions'] as const,
  /** One subscription by id: the list plus refundableQuantity and the cancellation date. */
  subscription: (customerId: string, subscriptionId: string) =>
    [...customerKeys.subscriptions(customerId), subscriptionId] as const,
  /** Live assigned counts per Entra SKU. */
  subscribedSkus: (customerId: string) =>
    [...customerKeys.detail(customerId), 'subscribed-skus'] as const,
  /** E3 (latest processing) for one customer as the right-size plan reads it. */
  rightSizeDeployment: (customerId: string) =>
    [...customerKeys.detail(customerId), 'right-size-deployment'] as const,
};

export const billingKeys = {
  all: ['billing'] as const,
  /** Partner-wide unbilled license line items of the current period, in one currency. */
  unbilledLineItems: (currency: string) =>
    [...billingKeys.all, 'unbilled-line-items', currency, 'current'] as const,
};

export const portfolioKeys = {
  all: ['portfolio'] as const,
  /** Every customer, grouped, for one service/channel selection (server-side filter). */
  customers: (filters: { service?: string | undefined; channel?: string | undefined }) =>
    [...portfolioKeys.all, 'customers', filters] as const,
  /** Services, channels and the data date, for the filters and "as of". */
  facets: () => [...portfolioKeys.all, 'facets'] as const,
};
