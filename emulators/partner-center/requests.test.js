// @vitest-environment node
// @ts-check
import { describe, expect, it } from 'vitest';

import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from './fixtures.js';

// Request handling beyond the happy paths of core.test.js: malformed input, paging with
// filters, generated headers, the shapes of list items.

/** @param {string} url @param {Record<string, string>} [headers] @param {string} [method] */
const call = (url, headers = {}, method = 'GET') => {
  const response = handlePartnerCenterRequest({ method, url, headers });
  return { ...response, json: JSON.parse(response.body) };
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('malformed requests', () => {
  it('rejects a size that is not a positive integer with 800002', () => {
    for (const size of ['abc', '0', '-3', '1.5', ''])
      expect(call(`/v1/customers?size=${size}`)).toMatchObject({
        status: 400,
        json: { code: 800002, source: 'PartnerFD' },
      });
  });

  it('rejects tokens that are not the ones it issued', () => {
    const first = call('/v1/customers?size=10').json;
    const token = first.continuationToken;
    const [payload, sum] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ offset: 0, filter: null })).toString(
      'base64url',
    );
    for (const bad of ['', '%%%', `${payload}.x${sum}`, `${forgedPayload}.${sum}`])
      expect(
        call('/v1/customers?size=10&seekOperation=Next', { 'ms-continuationtoken': bad }).status,
      ).toBe(400);
    expect(call('/v1/customers?size=10&seekOperation=Next').status).toBe(400);
  });

  it('answers 404 1000 to unknown paths, 405 to writes, 400 to a mangled id', () => {
    expect(call('/v1/invoices')).toMatchObject({ status: 404, json: { code: 1000 } });
    expect(call(`/v1/customers/${SEED_CUSTOMER_ID}/orders`).status).toBe(404);
    expect(call(`/v1/customers/${SEED_CUSTOMER_ID}/subscriptions/a/b`).status).toBe(404);
    const post = call('/v1/customers', {}, 'POST');
    expect(post).toMatchObject({ status: 405, json: { source: 'PartnerFD' } });
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(call('/v1/customers/%E0%A4%A/analytics/licenses/deployment')).toMatchObject({
      status: 400,
      json: { code: 900118 },
    });
  });
});

describe('headers', () => {
  it('generates correlation and request ids when the caller sent none', () => {
    const { headers } = call('/v1/customers?size=1');
    expect(headers['ms-correlationid']).toMatch(GUID);
    expect(headers['ms-requestid']).toMatch(GUID);
    expect(headers['ms-cv']).toMatch(/^[0-9a-z]+\.0$/i);
  });
});

describe('customers', () => {
  it('lists customers without the E8-only billing profile and delegated access flag', () => {
    const [item] = call('/v1/customers?size=1').json.items;
    expect(item).not.toHaveProperty('billingProfile');
    expect(item).not.toHaveProperty('allowDelegatedAccess');
    expect(item).toMatchObject({
      companyProfile: { attributes: { objectType: 'CustomerCompanyProfile' } },
      attributes: { objectType: 'Customer' },
    });
    expect(item.id).toBe(item.companyProfile.tenantId);
  });

  it('decodes + and %20 alike in the filter, and walks a filtered listing to its end', () => {
    const json = '{"Field":"CompanyName","Value":"dt demo csp","Operator":"starts_with"}';
    const plus = encodeURIComponent(json).replace(/%20/g, '+');
    expect(plus).toContain('+');
    const pct = encodeURIComponent(json);
    expect(call(`/v1/customers?filter=${plus}`).json.items[0].id).toBe(SEED_CUSTOMER_ID);
    expect(call(`/v1/customers?filter=${pct}`).json.items[0].id).toBe(SEED_CUSTOMER_ID);

    const filter = encodeURIComponent('{"Field":"Domain","Value":"C","Operator":"starts_with"}');
    const expected = getDefaultDataset()
      .customers.filter((c) => c.domain.startsWith('c'))
      .map((c) => c.id);
    const seen = [];
    let page = call(`/v1/customers?size=7&filter=${filter}`).json;
    for (;;) {
      seen.push(...page.items.map((/** @type {{ id: string }} */ c) => c.id));
      if (!page.links.next) break;
      page = call(page.links.next.uri, { 'ms-continuationtoken': page.continuationToken }).json;
    }
    expect(expected.length).toBeGreaterThan(7);
    expect(seen).toEqual(expected);
  });

  it('rejects an unknown operator and a filter that is not an object', () => {
    const bad = (/** @type {string} */ text) =>
      call(`/v1/customers?filter=${encodeURIComponent(text)}`).status;
    expect(bad('{"Field":"CompanyName","Value":"a","Operator":"contains"}')).toBe(400);
    expect(bad('"CompanyName"')).toBe(400);
    expect(bad('{"Field":"CompanyName","Value":3,"Operator":"starts_with"}')).toBe(400);
  });

  it('answers an empty collection for the customer without licenses', () => {
    expect(
      call(`/v1/customers/${EDGE_CUSTOMERS.noLicenses}/analytics/licenses/deployment`).json,
    ).toEqual({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } });
  });
});
