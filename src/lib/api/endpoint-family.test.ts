import { endpointFamily } from './endpoint-family';

describe('endpoint family (which throttle gate a request waits at)', () => {
  it.each([
    ['/v1/customers?size=50&filter=x', 'customers'],
    ['/v1/customers/1f2e3d4c-0000-4000-8000-000000000001', 'customers'],
    ['/v1/customers/c-1/analytics/licenses/deployment', 'customer-analytics'],
    ['/v1/customers/c-1/analytics/licenses/usage', 'customer-analytics'],
    ['/v1/analytics/licenses/deployment', 'partner-analytics'],
    ['/v1/analytics/commercial/deployment/license?top=1000', 'partner-analytics'],
    ['/partner/v1/analytics/commercial/usage/license', 'partner-analytics'],
    ['/v1/customers/c-1/subscriptions', 'subscriptions'],
    ['/v1/customers/c-1/subscriptions/s-1/addons', 'subscriptions'],
    ['/v1/customers/c-1/subscribedskus', 'subscriptions'],
    ['/V1/Invoices/inv-1/lineitems', 'invoices'],
    ['/v1/customers/c-1/orders', 'other'],
    ['/v1/productUpgrades', 'other'],
  ])('%s → %s', (path, family) => {
    expect(endpointFamily(path)).toBe(family);
  });

  it('does not read the query string as path', () => {
    expect(endpointFamily('/v1/customers?next=/v1/customers/c-1/analytics/x')).toBe('customers');
  });
});
