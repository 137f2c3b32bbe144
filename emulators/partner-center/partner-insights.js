// @ts-check
import { cacheOf, deploymentRows, usageRows } from './analytics-rows.js';
import { groupRows } from './commercial-query.js';
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
    const groups = groupRows(
      deploymentRows(dataset, 0),
      ['serviceName', 'channel'],
      ['licensesSold', 'licensesDeployed'],
    );
    return groups.map((g) => ({
      serviceName: g.serviceName,
      channel: g.channel,
      licensesSold: g.licensesSold,
      // Σ deployed / Σ sold on a 0–100 scale. The real scale (0–1 or 0–100) is UNVERIFIED
      // (docs/partner-center-api.md); the app must not rely on it.
      proratedDeploymentPercent: percent(Number(g.licensesDeployed), Number(g.licensesSold)),
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
    const groups = groupRows(
      usageRows(dataset, 0),
      ['serviceCode', 'serviceName', 'channel', 'workloadCode', 'workloadName'],
      ['licensesActive', 'licensesQualified'],
    );
    return groups.map((g) => ({
      ...g,
      usagePercent: usagePercent(Number(g.licensesActive), Number(g.licensesQualified)),
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
