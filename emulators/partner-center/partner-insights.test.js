// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { deploymentRows, usageRows } from './analytics-rows.js';
import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { PROCESSED_DATE_TIME } from './fixtures.js';

/** @param {string} url */
const call = (url) => {
  const response = handlePartnerCenterRequest({ method: 'GET', url, headers: {} });
  return { status: response.status, json: JSON.parse(response.body) };
};
const dataset = getDefaultDataset();

describe('E2/E5 partner-wide insights', () => {
  it('sums the latest E3 rows per service and channel', () => {
    const e2 = call('/v1/analytics/licenses/deployment').json;
    const rows = deploymentRows(dataset, 0).filter(
      (r) => r.serviceName === 'crm' && r.channel === 'direct',
    );
    const sold = rows.reduce((s, r) => s + r.licensesSold, 0);
    const deployed = rows.reduce((s, r) => s + r.licensesDeployed, 0);
    expect(e2.totalCount).toBe(4);
    expect(
      e2.items.find((/** @type {any} */ i) => i.serviceName === 'crm' && i.channel === 'direct'),
    ).toEqual({
      serviceName: 'crm',
      channel: 'direct',
      licensesSold: sold,
      proratedDeploymentPercent: Math.round((deployed / sold) * 10000) / 100,
      processedDateTime: PROCESSED_DATE_TIME,
      attributes: { objectType: 'PartnerLicensesDeploymentInsights' },
    });
  });

  it('sums the latest E6 rows per service, channel and workload', () => {
    const e5 = call('/v1/analytics/licenses/usage').json;
    const rows = usageRows(dataset, 0).filter(
      (r) => r.channel === 'reseller' && r.workloadCode === 'EXO',
    );
    const active = rows.reduce((s, r) => s + r.licensesActive, 0);
    const qualified = rows.reduce((s, r) => s + r.licensesQualified, 0);
    expect(e5.totalCount).toBe(12); // o365 × 2 channels × 6 workloads
    expect(
      e5.items.find((/** @type {any} */ i) => i.channel === 'reseller' && i.workloadCode === 'EXO'),
    ).toEqual({
      serviceCode: 'O365',
      serviceName: 'o365',
      channel: 'reseller',
      workloadCode: 'EXO',
      workloadName: 'Exchange',
      licensesActive: active,
      licensesQualified: qualified,
      usagePercent: Math.round((active / qualified) * 10000) / 100,
      processedDateTime: PROCESSED_DATE_TIME,
      attributes: { objectType: 'PartnerLicensesUsageInsights' },
    });
  });
});
