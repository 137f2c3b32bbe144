// @ts-check
import { usageRows } from './analytics-rows.js';
import { E3_FIELDS } from './commercial-deployment.js';
import { commercialQuery } from './commercial-query.js';

// E6 — /v1/analytics/commercial/usage/license (also under /partner): E3's rows split per
// workload, with active and qualified counts; the same query options as E3.

export const E6_FIELDS = /** @type {const} */ ([...E3_FIELDS, 'workloadCode', 'workloadName']);

/** @type {import('./commercial-query.js').CommercialEndpoint} */
const E6 = {
  name: 'e6',
  fields: E6_FIELDS,
  sums: ['licensesDeployed', 'licensesSold', 'licensesActive', 'licensesQualified'],
  rowsAt: usageRows,
};

/**
 * @param {import('./responses.js').PcRequest} request
 * @param {URL} url
 * @param {import('./dataset.js').Dataset} dataset
 */
export function commercialUsage(request, url, dataset) {
  return commercialQuery(request, url, dataset, E6);
}
