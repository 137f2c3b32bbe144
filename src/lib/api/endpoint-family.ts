// Which Partner Center throttle a request counts against. Partner Center throttles per
// resource, not per host: the Customer resource has its own limit (500 requests per minute
// per tenant), analytics, subscriptions and invoices are limited separately, some keyed by
// partner, some by partner + customer. So a 429 on one family says nothing about another:
// holding every request would freeze the customer picker for a trend's throttle, holding
// only the request that got the 429 lets its siblings run into the same wall.
//
//   customers           /v1/customers, /v1/customers/{id}
//   customer-analytics  /v1/customers/{id}/analytics/*      (E1, E4)
//   partner-analytics   /v1/analytics/*, incl. /v1/analytics/commercial/* (E3, E6…)
//   subscriptions       /v1/customers/{id}/subscriptions*, /v1/customers/{id}/subscribedskus*
//   invoices            /v1/invoices*
//   other               anything else: one shared gate, the cautious choice for the unknown
//
// One family per resource across customers: which APIs key by partner + customer is not
// documented, and waiting a little too broadly costs seconds where a storm costs minutes.

export const ENDPOINT_FAMILIES = [
  'customers',
  'customer-analytics',
  'partner-analytics',
  'subscriptions',
  'invoices',
  'other',
] as const;

export type EndpointFamily = (typeof ENDPOINT_FAMILIES)[number];

/** @param path an API path as the client receives it (`/v1/…` or `/partner/v1/…`, query allowed) */
export function endpointFamily(path: string): EndpointFamily {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  const segments = pathname.toLowerCase().split('/').filter(Boolean);
  if (segments[0] === 'partner') segments.shift();
  if (segments[0] !== 'v1') return 'other';
  const [resource, id, sub] = segments.slice(1);
  if (resource === 'analytics') return 'partner-analytics';
  if (resource === 'invoices') return 'invoices';
  if (resource !== 'customers') return 'other';
  if (id === undefined || sub === undefined) return 'customers';
  if (sub === 'analytics') return 'customer-analytics';
  if (sub === 'subscriptions' || sub === 'subscribedskus') return 'subscriptions';
  return 'other';
}
