// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { deploymentRows, usageRows } from './analytics-rows.js';
import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { EDGE_CUSTOMERS, PROCESSED_DATE_TIME, SEED_CUSTOMER_ID } from './fixtures.js';
import { workloadsFor } from './workloads.js';

/** @param {string} url */
const call = (url) => {
  const response = handlePartnerCenterRequest({ method: 'GET', url, headers: {} });
  return { status: response.status, json: JSON.parse(response.body) };
};
const E6 = '/v1/analytics/commercial/usage/license';
const dataset = getDefaultDataset();
const codes = (/** @type {string} */ name, service = 'o365') =>
  workloadsFor(name, service).map((w) => w.workloadCode);
/** @param {string} id */
const byCustomer = (id) => `filter=${encodeURIComponent(`customerTenantId eq '${id}'`)}`;

describe('workloads', () => {
  it('maps suites, single-workload plans and products without a workload', () => {
    expect(codes('MICROSOFT 365 E5')).toEqual(['EXO', 'SPO', 'ODB', 'TEAMS', 'OFFICE', 'YAM']);
    expect(codes('OFFICE 365 E1')).toEqual(['EXO', 'SPO', 'ODB', 'TEAMS', 'YAM']);
    expect(codes('MICROSOFT 365 BUSINESS BASIC')).toEqual(['EXO', 'SPO', 'ODB', 'TEAMS']);
    expect(codes('MICROSOFT 365 BUSINESS PREMIUM (REGION 002)')).toContain('OFFICE');
    expect(codes('EXCHANGE ONLINE (PLAN 1)')).toEqual(['EXO']);
    expect(codes('MICROSOFT 365 APPS FOR BUSINESS')).toEqual(['OFFICE', 'ODB']);
    expect(codes('SHAREPOINT ONLINE (PLAN 2)')).toEqual(['SPO']);
    expect(codes('MICROSOFT TEAMS ESSENTIALS')).toEqual(['TEAMS']);
    expect(codes('POWER BI PRO')).toEqual([]);
    expect(codes('DYNAMICS 365 SALES ENTERPRISE', 'crm')).toEqual([]);
  });

  it('gives believable numbers: qualified ≤ deployed, active mostly 40–100 %, a few above', () => {
    const rows = usageRows(dataset, 0);
    expect(rows.every((r) => r.licensesQualified <= r.licensesDeployed)).toBe(true);
    expect(rows.every((r) => r.licensesDeployed > 0 || r.licensesActive === 0)).toBe(true);
    const used = rows.filter((r) => r.licensesQualified >= 10);
    const above = used.filter((r) => r.licensesActive > r.licensesQualified).length;
    const typical = used.filter(
      (r) =>
        r.licensesActive >= r.licensesQualified * 0.4 - 0.5 &&
        r.licensesActive <= r.licensesQualified,
    ).length;
    expect(above).toBeGreaterThan(0);
    expect(typical / used.length).toBeGreaterThan(0.9);
    expect(rows.some((r) => r.licensesQualified < r.licensesDeployed)).toBe(true);
  });
});

describe('E6 commercial usage', () => {
  it('answers E3 rows split per workload, on both paths, and groups the usage counts', () => {
    const page = call(`/partner${E6}/?${byCustomer(EDGE_CUSTOMERS.edgeCases)}`);
    expect(page.status).toBe(200);
    expect(page.json.Value[0]).toMatchObject({
      customerTenantId: EDGE_CUSTOMERS.edgeCases,
      productName: 'MICROSOFT 365 BUSINESS PREMIUM',
      workloadCode: 'EXO',
      workloadName: 'Exchange',
      licensesActive: 0,
      licensesQualified: 0,
      processedDateTime: '2026-11-23T03:25:16',
    });
    const grouped = call(
      `${E6}?groupby=workloadCode&filter=${encodeURIComponent("workloadName eq 'Teams'")}`,
    );
    const teams = usageRows(dataset, 0).filter((r) => r.workloadCode === 'TEAMS');
    expect(grouped.json.Value).toEqual([
      {
        workloadCode: 'TEAMS',
        licensesDeployed: teams.reduce((s, r) => s + r.licensesDeployed, 0),
        licensesSold: teams.reduce((s, r) => s + r.licensesSold, 0),
        licensesActive: teams.reduce((s, r) => s + r.licensesActive, 0),
        licensesQualified: teams.reduce((s, r) => s + r.licensesQualified, 0),
      },
    ]);
  });

  it('pages with @nextLink and serves past snapshots from that month’s deployed counts', () => {
    const first = call(`${E6}?top=1000`);
    expect(first.json.TotalCount).toBe(usageRows(dataset, 0).length);
    expect(first.json['@nextLink']).toBe(`${E6}?top=1000&skip=1000`);
    const past = call(`${E6}?processedDateTime=2026-10-31&${byCustomer(EDGE_CUSTOMERS.edgeCases)}`);
    const deployed = deploymentRows(dataset, 1).filter(
      (r) => r.customerTenantId === EDGE_CUSTOMERS.edgeCases,
    );
    for (const row of past.json.Value) {
      expect(row.processedDateTime).toBe('2026-10-31T03:25:16');
      const product = deployed.find((d) => d.productId === row.productId);
      expect(row.licensesDeployed).toBe(product?.licensesDeployed);
      expect(row.licensesQualified).toBeLessThanOrEqual(row.licensesDeployed);
    }
    expect(call(`${E6}?groupby=licensesActive`).status).toBe(400);
    expect(call(`${E6}?processedDateTime=2020-01-01`).json.code).toBe(800002);
  });
});

describe('E4 customer usage', () => {
  it('equals the customer’s latest E6 rows, in a Collection envelope', () => {
    const e4 = call(`/v1/customers/${EDGE_CUSTOMERS.twoHundredProducts}/analytics/licenses/usage`);
    const e6 = call(`${E6}?${byCustomer(EDGE_CUSTOMERS.twoHundredProducts)}`).json.Value;
    expect(e4.status).toBe(200);
    expect(e4.json.attributes).toEqual({ objectType: 'Collection' });
    expect(e4.json.totalCount).toBe(e6.length);
    expect(
      e4.json.items.map((/** @type {any} */ i) => [
        i.productName,
        i.workloadCode,
        i.licensesActive,
        i.licensesQualified,
        i.channel,
      ]),
    ).toEqual(
      e6.map((/** @type {any} */ r) => [
        r.productName,
        r.workloadCode,
        r.licensesActive,
        r.licensesQualified,
        r.channel,
      ]),
    );
    const item = e4.json.items.find((/** @type {any} */ i) => i.licensesQualified > 0);
    expect(item).toMatchObject({
      customerId: EDGE_CUSTOMERS.twoHundredProducts,
      customerName: 'Wide World Importers Group',
      processedDateTime: PROCESSED_DATE_TIME,
      usagePercent: Math.round((item.licensesActive / item.licensesQualified) * 10000) / 100,
      attributes: { objectType: 'CustomerLicensesUsageInsights' },
    });
  });

  it('gives the seed customer zero usage, and answers faults and bad ids as E1 does', () => {
    const seed = call(`/v1/customers/${SEED_CUSTOMER_ID}/analytics/licenses/usage`).json.items;
    expect(seed.map((/** @type {any} */ i) => i.workloadCode)).toEqual([
      'EXO',
      'SPO',
      'ODB',
      'TEAMS',
      'EXO',
    ]);
    expect(
      seed.every((/** @type {any} */ i) => i.licensesActive === 0 && i.usagePercent === 0),
    ).toBe(true);
    expect(
      call(`/v1/customers/${EDGE_CUSTOMERS.noRelationship}/analytics/licenses/usage`).status,
    ).toBe(403);
    expect(call('/v1/customers/not-a-guid/analytics/licenses/usage').json.code).toBe(900118);
    expect(
      call(
        `/v1/customers/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/analytics/licenses/usage`,
      ).status,
    ).toBe(404);
  });
});
