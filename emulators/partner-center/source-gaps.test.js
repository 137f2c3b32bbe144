// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { handlePartnerCenterRequest } from './core.js';
import { SOURCE_GAP_CUSTOMERS } from './fixtures.js';

// The two deployment sources disagreeing, as a public report says Partner Center did: the
// per-customer report (E1) empty, missing or refused while the analytics (E3) have the rows,
// and a customer the analytics have not processed yet while E1 lists its licenses.

/** @param {string} url */
const call = (url) => {
  const response = handlePartnerCenterRequest({ method: 'GET', url, headers: {} });
  return { ...response, json: response.body ? JSON.parse(response.body) : undefined };
};
const e1 = (/** @type {string} */ id) => call(`/v1/customers/${id}/analytics/licenses/deployment`);
const e3 = (/** @type {string} */ id, /** @type {string} */ extra = '') =>
  call(
    `/v1/analytics/commercial/deployment/license?filter=${encodeURIComponent(
      `customerTenantId eq '${id}'`,
    )}${extra}`,
  );

describe('source gaps', () => {
  it('E1 answers an empty collection, 404 and 400 while E3 has rows and a history', () => {
    expect(e1(SOURCE_GAP_CUSTOMERS.e1Empty)).toMatchObject({
      status: 200,
      json: { totalCount: 0, items: [] },
    });
    expect(e1(SOURCE_GAP_CUSTOMERS.e1NotFound)).toMatchObject({ status: 404 });
    expect(e1(SOURCE_GAP_CUSTOMERS.e1BadRequest)).toMatchObject({ status: 400 });
    for (const id of [
      SOURCE_GAP_CUSTOMERS.e1Empty,
      SOURCE_GAP_CUSTOMERS.e1NotFound,
      SOURCE_GAP_CUSTOMERS.e1BadRequest,
    ]) {
      const latest = e3(id);
      expect(latest.status).toBe(200);
      expect(latest.json.Value.length).toBeGreaterThan(0);
      expect(latest.json.Value.every((/** @type {any} */ row) => row.customerTenantId === id)).toBe(
        true,
      );
      expect(e3(id, '&processedDateTime=2026-08-31').json.Value.length).toBeGreaterThan(0);
    }
  });

  it('a customer not processed by the analytics yet: E1 rows, no E3 rows, still listed', () => {
    const id = SOURCE_GAP_CUSTOMERS.notYetInAnalytics;
    expect(e1(id).json.items.map((/** @type {any} */ item) => item.licensesSold)).toEqual([12, 4]);
    expect(e3(id).json.Value).toEqual([]);
    expect(call(`/v1/customers/${id}`).json.companyProfile.companyName).toBe(
      'Zava Not Yet Processed',
    );
  });
});
