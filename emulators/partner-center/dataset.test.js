// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { deploymentRows } from './analytics-rows.js';
import { handlePartnerCenterRequest } from './core.js';
import { getDataset, getDefaultDataset, LARGE_CUSTOMER_COUNT } from './dataset.js';
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID, SOURCE_GAP_CUSTOMERS } from './fixtures.js';

const fixed = new Set([
  ...Object.values(EDGE_CUSTOMERS),
  SEED_CUSTOMER_ID,
  SOURCE_GAP_CUSTOMERS.notYetInAnalytics,
]);

describe('dataset sizes', () => {
  it('serves the default dataset as standard, built once', () => {
    expect(getDataset('standard')).toBe(getDefaultDataset());
    expect(getDataset()).toBe(getDefaultDataset());
  });

  it('builds a large partner: 20,000 customers with unique names, ids and domains, 1–6 products', () => {
    const large = getDataset('large');
    expect(getDataset('large')).toBe(large);
    const generated = large.customers.filter((c) => !fixed.has(c.id));
    expect(generated).toHaveLength(LARGE_CUSTOMER_COUNT);
    expect(large.customers).toHaveLength(LARGE_CUSTOMER_COUNT + fixed.size);
    expect(new Set(large.customers.map((c) => c.companyName)).size).toBe(large.customers.length);
    expect(large.byId.size).toBe(large.customers.length);
    expect(new Set(large.customers.map((c) => c.domain)).size).toBe(large.customers.length);
    expect(generated.every((c) => c.licenses.length >= 1 && c.licenses.length <= 6)).toBe(true);
    expect(large.byId.get(EDGE_CUSTOMERS.fiveThousandProducts)?.licenses).toHaveLength(5000);
  }, 30_000);

  it('pages E3 grouped by customer over the large dataset, every customer once', () => {
    const large = getDataset('large');
    const query = 'groupby=customerTenantId,customerName&top=5000&processedDateTime=2026-03-31';
    let url = `/v1/analytics/commercial/deployment/license?${query}`;
    const seen = new Set();
    for (let pages = 0; url && pages < 10; pages++) {
      const response = handlePartnerCenterRequest(
        { method: 'GET', url, headers: {} },
        { dataset: large },
      );
      const body = JSON.parse(response.body);
      for (const row of body.Value) seen.add(row.customerTenantId);
      url = body['@nextLink'];
    }
    // March 2026 is 8 snapshots back; customers whose products all came later are absent.
    const expected = new Set(deploymentRows(large, 8).map((r) => r.customerTenantId));
    expect(seen).toEqual(expected);
    expect(seen.size).toBeGreaterThan(LARGE_CUSTOMER_COUNT * 0.9);
  }, 30_000);
});
