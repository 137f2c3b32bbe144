// @ts-check
import { applyFault } from './faults.js';
import { json } from './responses.js';
import { usageFor, usagePercent } from './workloads.js';

// E4 — /v1/customers/{id}/analytics/licenses/usage: one item per product and workload of the
// latest snapshot, the same numbers as that customer's latest E6 rows. The seed customer
// gets rows too: its documented products have nothing deployed, so every count is 0.

/**
 * @param {import('./responses.js').PcRequest} request
 * @param {import('./dataset.js').Customer} customer
 */
export function customerUsageInsights(request, customer) {
  if (customer.fault) return applyFault(request, customer.fault);
  const items = customer.licenses.flatMap((license) =>
    usageFor(customer.id, license, 0).map((usage) => ({
      customerId: customer.id,
      customerName: customer.companyName,
      productName: license.productName,
      serviceCode: license.serviceCode,
      serviceName: license.serviceName,
      channel: license.channel,
      workloadCode: usage.workloadCode,
      workloadName: usage.workloadName,
      usagePercent: usagePercent(usage.licensesActive, usage.licensesQualified),
      licensesActive: usage.licensesActive,
      licensesQualified: usage.licensesQualified,
      processedDateTime: customer.processedDateTime,
      attributes: { objectType: 'CustomerLicensesUsageInsights' },
    })),
  );
  return json(request, {
    totalCount: items.length,
    items,
    attributes: { objectType: 'Collection' },
  });
}
