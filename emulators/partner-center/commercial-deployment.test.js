// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { E3_FIELDS } from './commercial-deployment.js';
import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from './fixtures.js';
import { FilterError, parseFilter } from './odata-filter.js';

const E3 = '/v1/analytics/commercial/deployment/license';
/** @param {string} query @param {string} [path] */
const e3 = (query, path = E3) => {
  const response = handlePartnerCenterRequest({
    method: 'GET',
    url: `${path}?${query}`,
    headers: {},
  });
  return { status: response.status, json: JSON.parse(response.body) };
};
// A customer the analytics have not processed yet has no E3 rows (source-gaps.test.js).
const allRows = getDefaultDataset()
  .customers.filter((c) => !c.notInAnalytics)
  .flatMap((c) => c.licenses.map((l) => ({ c, l })));

describe('E3 filter grammar', () => {
  const row = { serviceName: 'o365', channel: 'reseller', customerName: "L'Atelier" };
  it('handles eq/ne, and/or with and binding tighter, parentheses and quoted quotes', () => {
    expect(parseFilter("serviceName eq 'O365'", E3_FIELDS)(row)).toBe(true);
    expect(parseFilter("channel ne 'reseller'", E3_FIELDS)(row)).toBe(false);
    expect(
      parseFilter(
        "serviceName eq 'crm' or serviceName eq 'o365' and channel eq 'direct'",
        E3_FIELDS,
      )(row),
    ).toBe(false);
    expect(
      parseFilter(
        "(serviceName eq 'crm' or serviceName eq 'o365') AND channel eq 'reseller'",
        E3_FIELDS,
      )(row),
    ).toBe(true);
    expect(parseFilter("customerName eq 'L''Atelier'", E3_FIELDS)(row)).toBe(true);
  });

  it.each([
    ["unknownField eq 'x'"],
    ["serviceName gt 'x'"],
    ['serviceName eq o365'],
    ["(serviceName eq 'x'"],
    ["serviceName eq 'x' channel eq 'y'"],
    [''],
  ])('rejects %j', (filter) => {
    expect(() => parseFilter(filter, E3_FIELDS)).toThrow(FilterError);
  });
});

describe('E3 commercial deployment', () => {
  it('answers one row per customer and product, on both documented paths, trailing slash optional', () => {
    const page = e3(
      `filter=${encodeURIComponent(`customerTenantId eq '${SEED_CUSTOMER_ID.toUpperCase()}'`)}`,
    );
    expect(page.status).toBe(200);
    expect(page.json.TotalCount).toBe(3);
    expect(page.json['@nextLink']).toBeNull();
    expect(page.json.Value[0]).toMatchObject({
      customerName: 'DT DEMO CSP CUSTOMER 005',
      processedDateTime: '2017-03-14T03:25:16',
    });
    expect(e3('top=1', `/partner${E3}/`).status).toBe(200);
  });

  it('pages with top/skip through @nextLink and visits every row once', () => {
    let page = e3('top=2000');
    let seen = page.json.Value.length;
    while (page.json['@nextLink']) {
      const [path, query] = page.json['@nextLink'].split('?');
      page = e3(query, path);
      seen += page.json.Value.length;
    }
    expect(seen).toBe(allRows.length);
    expect(e3('top=10001').status).toBe(400);
  });

  it('groups by customer with summed counts', () => {
    const grouped = e3('groupby=customerTenantId,customerName&top=10000').json.Value;
    const edge = grouped.find(
      (/** @type {any} */ g) => g.customerTenantId === EDGE_CUSTOMERS.edgeCases,
    );
    const licenses = getDefaultDataset().byId.get(EDGE_CUSTOMERS.edgeCases)?.licenses ?? [];
    expect(edge).toEqual({
      customerTenantId: EDGE_CUSTOMERS.edgeCases,
      customerName: 'Lamna Healthcare — Cas Limites',
      licensesDeployed: licenses.reduce((sum, l) => sum + l.licensesDeployed, 0),
      licensesSold: licenses.reduce((sum, l) => sum + l.licensesSold, 0),
    });
    expect(e3('groupby=bogus').status).toBe(400);
  });

  it('answers 400 ApiFault for a bad filter', () => {
    expect(e3(`filter=${encodeURIComponent("serviceName eq 'o365' or")}`)).toMatchObject({
      status: 400,
      json: { code: 800002 },
    });
  });
});
