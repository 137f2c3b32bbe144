// Hierarchical query keys, generic → specific, shared by every feature so that a key is
// written once and invalidation by prefix works (e.g. everything about one customer).

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (search: string) => [...customerKeys.lists(), { search }] as const,
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
  licenseDeployment: (customerId: string) =>
    [...customerKeys.detail(customerId), 'license-deployment'] as const,
};
