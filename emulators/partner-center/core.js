// @ts-check
import { commercialDeployment } from './commercial-deployment.js';
import { commercialUsage } from './commercial-usage.js';
import { customerUsageInsights } from './customer-usage.js';
import { listCustomers, customerResource } from './customers.js';
import { getDefaultDataset } from './dataset.js';
import { applyFault } from './faults.js';
import { partnerDeploymentInsights, partnerUsageInsights } from './partner-insights.js';
import { apiFault, json } from './responses.js';
import { subscriptionEndpoint } from './subscriptions.js';
import { unbilledLineItems } from './unbilled-line-items.js';

// The Partner Center emulator's core: request in, response out, no I/O. The MSW adapter
// (browser demo, integration tests) and the Node HTTP adapter (local stack, e2e) both call
// it, so they cannot drift apart.

/** @typedef {import('./responses.js').PcRequest} PcRequest */
/** @typedef {import('./responses.js').PcResponse} PcResponse */
/** @typedef {import('./faults.js').FaultInput} FaultInput */

// Re-exported so adapters build their own errors (401s, admin refusals) with the same
// headers and body shape as the core's.
export { apiFault, throttled } from './responses.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @param {PcRequest} request @param {import('./dataset.js').Customer} customer */
function deploymentInsights(request, customer) {
  const fault = customer.fault ?? customer.e1Fault;
  if (fault) return applyFault(request, fault);
  const documented = customer.documentedShape === true;
  const items = customer.licenses.map((row) => ({
    // The documented example omits customerId and serviceCode; so does that customer here.
    ...(documented ? {} : { customerId: customer.id }),
    customerName: customer.companyName,
    productName: row.productName,
    ...(documented ? {} : { serviceCode: row.serviceCode }),
    serviceName: row.serviceName,
    channel: row.channel,
    licensesDeployed: row.licensesDeployed,
    // Partner Center's "adjusted" figure; its scale is undocumented and apps must not rely on it.
    deploymentPercent:
      documented || row.licensesSold === 0
        ? 0.0
        : Math.round((row.licensesDeployed / row.licensesSold) * 10000) / 100,
    licensesSold: row.licensesSold,
    processedDateTime: customer.processedDateTime,
    attributes: { objectType: 'CustomerLicensesDeploymentInsights' },
  }));
  return json(request, {
    totalCount: items.length,
    items,
    attributes: { objectType: 'Collection' },
  });
}

/**
 * @param {PcRequest} request
 * @param {{ dataset?: import('./dataset.js').Dataset, fault?: FaultInput | null, now?: number }} [options]
 *   fault: answer this instead of the real response (explicit `{ kind, … }` or `{ status, … }`);
 *   now: the emulator's clock (ms), default Date.now(): subscription terms, refund windows and
 *   billing periods are laid out relative to its UTC day
 * @returns {PcResponse}
 */
export function handlePartnerCenterRequest(request, options = {}) {
  const dataset = options.dataset ?? getDefaultDataset();
  if (options.fault) return applyFault(request, options.fault);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return apiFault(
      request,
      405,
      800002,
      `The HTTP method ${request.method} is not supported here.`,
      { allow: 'GET, HEAD' },
    );
  }
  const url = new URL(request.url, 'https://api.partnercenter.microsoft.com');
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  const segments = path.split('/').filter(Boolean);

  if (path === '/v1/customers') return listCustomers(request, url.searchParams, dataset);
  // E3: the docs show both prefixes (docs/partner-center-api.md, UNVERIFIED which is canonical); serve both.
  if (/^(\/partner)?\/v1\/analytics\/commercial\/deployment\/license$/.test(path)) {
    return commercialDeployment(request, url, dataset);
  }
  if (/^(\/partner)?\/v1\/analytics\/commercial\/usage\/license$/.test(path)) {
    return commercialUsage(request, url, dataset);
  }
  if (path === '/v1/analytics/licenses/deployment')
    return partnerDeploymentInsights(request, dataset);
  if (path === '/v1/analytics/licenses/usage') return partnerUsageInsights(request, dataset);
  if (path === '/v1/invoices/unbilled/lineitems')
    return unbilledLineItems(request, url, dataset, options.now ?? Date.now());

  if (segments[0] === 'v1' && segments[1] === 'customers' && segments[2]) {
    const id = safeDecode(segments[2]);
    const rest = segments.slice(3).join('/');
    const commerce = /^(subscriptions(\/[^/]+)?|subscribedskus)$/.test(rest);
    if (
      !commerce &&
      !['', 'analytics/licenses/deployment', 'analytics/licenses/usage'].includes(rest)
    )
      return notFound(request);
    if (!GUID.test(id))
      return apiFault(request, 400, 900118, `The customer id '${id.slice(0, 64)}' is not valid.`);
    const customer = dataset.byId.get(id.toLowerCase());
    if (!customer && commerce)
      return apiFault(request, 404, 60003, `Tenant with id ${id} was not found.`);
    if (commerce && customer)
      return subscriptionEndpoint(request, url, customer, rest, options.now ?? Date.now());
    if (!customer) {
      // E8 says the tenant does not exist (60003, as the customer docs list); the analytics
      // endpoint answers a generic not found (1000): the docs give no code for it.
      return rest === ''
        ? apiFault(request, 404, 60003, `Tenant with id ${id} was not found.`)
        : apiFault(request, 404, 1000, 'The requested resource was not found.');
    }
    if (rest === '') return json(request, customerResource(customer, true));
    return rest === 'analytics/licenses/usage'
      ? customerUsageInsights(request, customer)
      : deploymentInsights(request, customer);
  }
  return notFound(request);
}

/** A malformed escape (`%E0%A4%A`) must be a 400 for that id, not an exception. @param {string} segment */
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** @param {PcRequest} request */
function notFound(request) {
  return apiFault(request, 404, 1000, 'The requested resource was not found.');
}
