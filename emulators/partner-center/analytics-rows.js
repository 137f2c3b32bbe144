// @ts-check
import { licensesAt, snapshotDates } from './history.js';
import { usageFor } from './workloads.js';

// The flattened partner-wide rows of E3 (deployment) and E6 (usage) for one snapshot, built
// once per dataset and snapshot: the large dataset has ~75,000 rows, and a client paging
// through it with top/skip asks for the same rows once per page.

/** @typedef {import('./dataset.js').Dataset} Dataset */
/**
 * @typedef {object} DeploymentRow  an E3 row
 * @property {string} serviceCode
 * @property {string} serviceName
 * @property {string} channel
 * @property {string} customerTenantId
 * @property {string} customerName
 * @property {string} productId
 * @property {string} productName
 * @property {number} licensesDeployed
 * @property {number} licensesSold
 * @property {string} processedDateTime
 *
 * @typedef {DeploymentRow & import('./workloads.js').WorkloadUsage} UsageRow  an E6 row
 */

/** Keeps the last `size` entries; enough for a client paging through one query at a time. */
export class SmallCache {
  /** @param {number} size */
  constructor(size) {
    this.size = size;
    /** @type {Map<string, unknown>} */
    this.entries = new Map();
  }

  /** @template T @param {string} key @param {() => T} build @returns {T} */
  get(key, build) {
    if (this.entries.has(key)) {
      const value = this.entries.get(key);
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, value);
      return /** @type {T} */ (value);
    }
    const value = build();
    this.entries.set(key, value);
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}

/** @type {WeakMap<Dataset, SmallCache>} */
const caches = new WeakMap();

/** The query cache of one dataset (rows and grouped results). @param {Dataset} dataset */
export function cacheOf(dataset) {
  let cache = caches.get(dataset);
  if (!cache) {
    cache = new SmallCache(16);
    caches.set(dataset, cache);
  }
  return cache;
}

/** E3 writes dates without an offset or fraction (docs/partner-center-api.md); they are UTC. @param {string} value */
export function withoutOffset(value) {
  return value.replace(/(\.\d+)?[+-]\d{2}:\d{2}$/, '');
}

/**
 * E3 rows of snapshot `index` (0 = latest; see snapshotDates()), customers in listing order.
 * @param {Dataset} dataset @param {number} [index]
 * @returns {DeploymentRow[]}
 */
export function deploymentRows(dataset, index = 0) {
  return cacheOf(dataset).get(`rows:deployment:${index}`, () => {
    const snapshot = snapshotDates()[index];
    return dataset.customers.flatMap((customer) => {
      const processedDateTime =
        index === 0 ? withoutOffset(customer.processedDateTime) : String(snapshot);
      return licensesAt(customer, index).map((license) => ({
        serviceCode: license.serviceCode,
        serviceName: license.serviceName,
        channel: license.channel,
        customerTenantId: customer.id,
        customerName: customer.companyName,
        productId: license.productId,
        productName: license.productName,
        licensesDeployed: license.licensesDeployed,
        licensesSold: license.licensesSold,
        processedDateTime,
      }));
    });
  });
}

/**
 * E6 rows of snapshot `index`: one per customer, product and workload.
 * @param {Dataset} dataset @param {number} [index]
 * @returns {UsageRow[]}
 */
export function usageRows(dataset, index = 0) {
  // Usage is derived from that month's deployment row, so the two always agree.
  return cacheOf(dataset).get(`rows:usage:${index}`, () =>
    deploymentRows(dataset, index).flatMap((row) =>
      usageFor(row.customerTenantId, row, index).map((usage) => ({ ...row, ...usage })),
    ),
  );
}
