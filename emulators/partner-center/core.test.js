// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { handlePartnerCenterRequest } from './core.js';
import { createDataset, getDefaultDataset } from './dataset.js';
import {
  EDGE_CUSTOMERS,
  LONG_PRODUCT_NAME,
  SEED_CUSTOMER_ID,
  SOURCE_GAP_CUSTOMERS,
} from './fixtures.js';

/** @param {string} url @param {Record<string, string>} [headers] */
const call = (url, headers = {}) => {
  const response = handlePartnerCenterRequest({ method: 'GET', url, headers });
  return { ...response, json: response.body ? JSON.parse(response.body) : undefined };
};
const search = (/** @type {object} */ filter, size = 50) =>
  `/v1/customers?size=${size}&filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('dataset', () => {
  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify(createDataset().customers)).toBe(
      JSON.stringify(createDataset().customers),
    );
    expect(JSON.stringify(createDataset({ seed: 1 }).customers)).not.toBe(
      JSON.stringify(createDataset().customers),
    );
  });

  it('has ~300 customers with 1–40 products, French names with accents, onmicrosoft domains', () => {
    const { customers } = getDefaultDataset();
    const regular = customers.filter(
      (c) =>
        !(/** @type {string[]} */ (Object.values(EDGE_CUSTOMERS)).includes(c.id)) &&
        c.id !== SEED_CUSTOMER_ID &&
        c.id !== SOURCE_GAP_CUSTOMERS.notYetInAnalytics,
    );
    expect(regular).toHaveLength(300);
    expect(regular.every((c) => c.licenses.length >= 1 && c.licenses.length <= 40)).toBe(true);
    expect(regular.some((c) => /[éèêàçô]/i.test(c.companyName))).toBe(true);
    expect(customers.every((c) => /^[a-z0-9]+\.onmicrosoft\.com$/.test(c.domain))).toBe(true);
    const services = new Set(regular.flatMap((c) => c.licenses.map((l) => l.serviceName)));
    expect(services).toEqual(new Set(['o365', 'crm']));
  });

  it('holds the edge cases the app must handle', () => {
    const byId = getDefaultDataset().byId;
    expect(byId.get(EDGE_CUSTOMERS.noLicenses)?.licenses).toEqual([]);
    expect(byId.get(EDGE_CUSTOMERS.twoHundredProducts)?.licenses).toHaveLength(200);
    const edge = byId.get(EDGE_CUSTOMERS.edgeCases)?.licenses ?? [];
    expect(edge.some((l) => l.licensesSold === 0)).toBe(true);
    expect(edge.some((l) => l.licensesDeployed > l.licensesSold)).toBe(true);
    expect(edge.some((l) => l.licensesSold > 0 && l.licensesDeployed === l.licensesSold)).toBe(
      true,
    );
    expect(edge.some((l) => l.licensesSold > 0 && l.licensesDeployed === 0)).toBe(true);
    expect(LONG_PRODUCT_NAME).toHaveLength(120);
    expect(edge.some((l) => l.productName === LONG_PRODUCT_NAME)).toBe(true);
  });
});

describe('E1 license deployment', () => {
  it('answers the documented example for the seed customer, without customerId or serviceCode', () => {
    const response = call(`/v1/Customers/${SEED_CUSTOMER_ID}/Analytics/licenses/Deployment`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      totalCount: 3,
      items: [
        ['OFFICE 365 BUSINESS ESSENTIALS', 0, 1],
        ['EXCHANGE ONLINE (PLAN 1)', 0, 5],
        ['EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE', 0, 2],
      ].map(([productName, licensesDeployed, licensesSold]) => ({
        customerName: 'DT DEMO CSP CUSTOMER 005',
        productName,
        serviceName: 'o365',
        channel: 'reseller',
        licensesDeployed,
        deploymentPercent: 0,
        licensesSold,
        processedDateTime: '2017-03-14T03:25:16.36+00:00',
        attributes: { objectType: 'CustomerLicensesDeploymentInsights' },
      })),
      attributes: { objectType: 'Collection' },
    });
  });

  it('echoes the correlation and request ids and adds MS-CV and MS-ServerId', () => {
    const response = call(`/v1/customers/${SEED_CUSTOMER_ID}/analytics/licenses/deployment`, {
      'ms-correlationid': 'corr-1',
      'ms-requestid': 'req-1',
    });
    expect(response.headers).toMatchObject({
      'ms-correlationid': 'corr-1',
      'ms-requestid': 'req-1',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.headers['ms-cv']).toMatch(/\.0$/);
    expect(response.headers['ms-serverid']).toMatch(/^\d+$/);
  });

  it('answers ApiFaults for an unknown, a malformed and an unrelated customer', () => {
    expect(
      call('/v1/customers/00000000-0000-4000-8000-000000000000/analytics/licenses/deployment'),
    ).toMatchObject({ status: 404, json: { code: 1000, source: 'PartnerFD' } });
    expect(call('/v1/customers/00000000-0000-4000-8000-000000000000')).toMatchObject({
      status: 404,
      json: { code: 60003 },
    });
    expect(call('/v1/customers/not-a-guid/analytics/licenses/deployment')).toMatchObject({
      status: 400,
      json: { code: 900118 },
    });
    expect(
      call(`/v1/customers/${EDGE_CUSTOMERS.noRelationship}/analytics/licenses/deployment`),
    ).toMatchObject({ status: 403, json: { code: 20002 } });
  });
});

describe('E7/E9 customers', () => {
  it('pages through every customer exactly once with the continuation token', () => {
    const seen = [];
    let response = call('/v1/customers?size=50');
    for (;;) {
      expect(response.json.totalCount).toBe(response.json.items.length);
      seen.push(...response.json.items.map((/** @type {{ id: string }} */ c) => c.id));
      const next = response.json.links.next;
      if (!next) break;
      expect(next.headers[0].key).toBe('MS-ContinuationToken');
      expect(response.json.continuationToken).toBe(next.headers[0].value);
      response = call(next.uri, { 'ms-continuationtoken': next.headers[0].value });
    }
    expect(seen).toEqual(getDefaultDataset().customers.map((c) => c.id));
  });

  it('caps the page size at 500 and rejects a bad size or a forged token', () => {
    expect(call('/v1/customers?size=9999').json.items).toHaveLength(310);
    expect(call('/v1/customers?size=0').status).toBe(400);
    expect(
      call('/v1/customers?size=50&seekOperation=Next', { 'ms-continuationtoken': 'forged.token' }),
    ).toMatchObject({ status: 400, json: { code: 800002 } });
  });

  it('searches by company name or domain prefix, case-insensitively, with + or %20 for spaces', () => {
    const byName = call(
      search({ Field: 'CompanyName', Value: 'dt DEMO', Operator: 'starts_with' }),
    );
    expect(byName.json.items.map((/** @type {any} */ c) => c.companyProfile.companyName)).toEqual([
      'DT DEMO CSP CUSTOMER 005',
    ]);
    const plus = `/v1/customers?size=50&filter=${encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: 'DT DEMO', Operator: 'starts_with' })).replace(/%20/g, '+')}`;
    expect(call(plus).json.items).toHaveLength(1);
    const byDomain = call(search({ Field: 'Domain', Value: 'DTDEMO', Operator: 'starts_with' }));
    expect(byDomain.json.items[0].id).toBe(SEED_CUSTOMER_ID);
  });

  it('keeps the filter across pages and rejects a bad filter', () => {
    const first = call(search({ Field: 'CompanyName', Value: 'b', Operator: 'starts_with' }, 2));
    const next = first.json.links.next;
    const second = call(next.uri, { 'ms-continuationtoken': next.headers[0].value });
    for (const c of [...first.json.items, ...second.json.items])
      expect(c.companyProfile.companyName.toLowerCase()).toMatch(/^b/);
    expect(call(search({ Field: 'Email', Value: 'x', Operator: 'starts_with' })).status).toBe(400);
    expect(call('/v1/customers?filter=%7Bnot-json').status).toBe(400);
  });

  it('returns the full customer on E8', () => {
    const response = call(`/v1/customers/${SEED_CUSTOMER_ID}`);
    expect(response.json).toMatchObject({
      id: SEED_CUSTOMER_ID,
      companyProfile: { companyName: 'DT DEMO CSP CUSTOMER 005' },
      allowDelegatedAccess: true,
      attributes: { objectType: 'Customer' },
    });
  });
});

describe('fault injection', () => {
  it('produces a 429 with Retry-After and the throttling body shape', () => {
    const response = handlePartnerCenterRequest(
      { method: 'GET', url: '/v1/customers', headers: {} },
      { fault: { kind: 'throttle', retryAfter: 3 } },
    );
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('3');
    expect(JSON.parse(response.body)).toEqual({
      statusCode: 429,
      message: 'Rate limit is exceeded. Try again in 3 seconds.',
    });
  });

  it('produces an HTML error page and an empty body', () => {
    const html = handlePartnerCenterRequest(
      { method: 'GET', url: '/v1/customers', headers: {} },
      { fault: { kind: 'html', status: 503 } },
    );
    expect(html.headers['content-type']).toBe('text/html');
    const empty = handlePartnerCenterRequest(
      { method: 'GET', url: '/v1/customers', headers: {} },
      { fault: { kind: 'empty', status: 500 } },
    );
    expect(empty.body).toBe('');
  });
});
