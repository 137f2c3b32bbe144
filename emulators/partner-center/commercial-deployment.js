// @ts-check
import { deploymentRows } from './analytics-rows.js';
import { commercialQuery } from './commercial-query.js';

// E3 — /v1/analytics/commercial/deployment/license (also under /partner): one row per
// customer and product; query options in commercial-query.js.

export const E3_FIELDS = /** @type {const} */ ([
  'serviceCode',
  'serviceName',
  'channel',
  'customerTenantId',
  'customerName',
  'productId',
  'productName',
]);

/** @type {import('./commercial-query.js').CommercialEndpoint} */
const E3 = {
  name: 'e3',
  fields: E3_FIELDS,
  sums: ['licensesDeployed', 'licensesSold'],
  rowsAt: deploymentRows,
};

/**
 * @param {import('./responses.js').PcRequest} request
 * @param {URL} url
 * @param {import('./dataset.js').Dataset} dataset
 */
export function commercialDeployment(request, url, dataset) {
  return commercialQuery(request, url, dataset, E3);
}
