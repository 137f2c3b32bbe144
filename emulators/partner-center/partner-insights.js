// @ts-check
import { cacheOf, deploymentRows, usageRows } from './analytics-rows.js';
import { PROCESSED_DATE_TIME } from './fixtures.js';
import { json } from './responses.js';
import { usagePercent } from './workloads.js';

// E2 (/v1/analytics/licenses/deployment) and E5 (/v1/analytics/licenses/usage): the legacy
// partner-wide aggregates of the latest snapshot, over the same rows as E3 and E6 (every
// customer, including those whose per-customer calls fail, as E3 includes them).

/** @param {number} part @param {number} whole */
const percent = (part, whole) => (whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100);

/** @param {unknown[]} items */
const collection = (items) => ({
  totalCount: items.length,
  items,
  attributes: { objectType: 'Collection' },
});

/**
 * One item per serviceName + channel.
 * @param {import('./dataset.js').Dataset} dataset
 */
export function partnerDeploymentItems(dataset) {
  return cacheOf(dataset).get('e2', () => {
    /** @type {Map<string, { serviceName: string, channel: string, sold: number, deployed: number }>} */
    const groups = new Map();
    for (const row of deploymentRows(dataset, 0)) {
      const key = `${row.serviceName}|${row.channel}`;
      const group = groups.get(key) ?? {
        serviceName: row.serviceName,
        channel: row.channel,
        sold: 0,
        deployed: 0,
      };
      group.sold += row.licensesSold;
      group.deployed += row.licensesDeployed;
      groups.set(key, group);
    }
    return [...groups.values()].map((g) => ({
      serviceName: g.serviceName,
      channel: g.channel,
      licensesSold: g.sold,
      // Σ deployed / Σ sold on a 0–100 scale. The real scale (0–1 or 0–100) is UNVERIFIED
      // (api.md); the app must not rely on it.
      proratedDeploymentPercent: percent(g.deployed, g.sold),
      processedDateTime: PROCESSED_DATE_TIME,
      attributes: { objectType: 'PartnerLicensesDeploymentInsights' },
    }));
  });
}

/**
 * One item per serviceName + channel + workload.
 * @param {import('./dataset.js').Dataset} dataset
 */
export function partnerUsageItems(dataset) {
  return cacheOf(dataset).get('e5', () => {
    /** @type {Map<string, { serviceCode: string, serviceName: string, channel: string, workloadCode: string, workloadName: string, active: number, qualified: number }>} */
    const groups = new Map();
    for (const row of usageRows(dataset, 0)) {
      const key = `${row.serviceName}|${row.channel}|${row.workloadCode}`;
      const group = groups.get(key) ?? {
        serviceCode: row.serviceCode,
        serviceName: row.serviceName,
        channel: row.channel,
        workloadCode: row.workloadCode,
        workloadName: row.workloadName,
        active: 0,
        qualified: 0,
      };
      group.active += row.licensesActive;
      group.qualified += row.licensesQualified;
      groups.set(key, group);
    }
    return [...groups.values()].map((g) => ({
      serviceCode: g.serviceCode,
      serviceName: g.serviceName,
      channel: g.channel,
      workloadCode: g.workloadCode,
      workloadName: g.workloadName,
      licensesActive: g.active,
      licensesQualified: g.qualified,
      usagePercent: usagePercent(g.active, g.qualified),
      processedDateTime: PROCESSED_DATE_TIME,
      attributes: { objectType: 'PartnerLicensesUsageInsights' },
    }));
  });
}

/** @param {import('./responses.js').PcRequest} request @param {import('./dataset.js').Dataset} dataset */
export function partnerDeploymentInsights(request, dataset) {
  return json(request, collection(partnerDeploymentItems(dataset)));
}

/** @param {import('./responses.js').PcRequest} request @param {import('./dataset.js').Dataset} dataset */
export function partnerUsageInsights(request, dataset) {
  return json(request, collection(partnerUsageItems(dataset)));
}
