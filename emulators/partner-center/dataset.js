// @ts-check
import { edgeCustomers, withSourceGaps } from './edge-customers.js';
import { PROCESSED_DATE_TIME } from './fixtures.js';
import { randomLicenses } from './licenses.js';
import { companyNames, domainSlug } from './names.js';
import { createPrng } from './prng.js';

// The emulator's data: deterministic from a seed, so every machine, run and test sees the
// same customers and can compute what the app must show.

/**
 * @typedef {object} LicenseRow
 * @property {string} productId
 * @property {string} productName
 * @property {string} serviceCode
 * @property {string} serviceName
 * @property {'reseller' | 'direct'} channel
 * @property {number} licensesSold
 * @property {number} licensesDeployed
 *
 * @typedef {object} Customer
 * @property {string} id            the customer's tenant id
 * @property {string} commerceId
 * @property {string} companyName
 * @property {string} domain
 * @property {'reseller' | 'advisor'} relationshipToPartner
 * @property {string} city
 * @property {LicenseRow[]} licenses
 * @property {string} processedDateTime
 * @property {boolean} [documentedShape]  rows omit customerId and serviceCode, like the docs' example
 * @property {import('./faults.js').Fault} [fault]  E1 always fails this way (demo customers)
 * @property {import('./faults.js').Fault} [e1Fault]  E1 fails this way while the analytics
 *   keep the customer's rows and history (SOURCE_GAP_CUSTOMERS)
 * @property {boolean} [notInAnalytics]  E3 and E6 have no rows for it yet (E1 has)
 *
 * @typedef {object} Dataset
 * @property {Customer[]} customers           ordered by company name, as listings are
 * @property {Map<string, Customer>} byId     lower-case id → customer
 */

const CITIES = [
  'Seattle',
  'London',
  'Paris',
  'Lyon',
  'Montréal',
  'Bordeaux',
  'Manchester',
  'Toulouse',
  'Dublin',
  'Bruxelles',
];

/**
 * @param {ReturnType<typeof createPrng>} prng
 * @param {Partial<Customer> & Pick<Customer, 'id' | 'companyName' | 'licenses'>} fields
 * @returns {Customer}
 */
function customer(prng, fields) {
  return {
    commerceId: prng.guid(),
    domain: `${domainSlug(fields.companyName)}.onmicrosoft.com`,
    relationshipToPartner: 'reseller',
    city: prng.pick(CITIES),
    processedDateTime: PROCESSED_DATE_TIME,
    ...fields,
  };
}

/** @param {Customer} c */
function sortKey(c) {
  return c.companyName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * @param {{ seed?: number, customerCount?: number, maxProducts?: number }} [options]
 *   maxProducts: each generated customer has 1–maxProducts products; by default 40, and 6
 *   for a partner with more than 1,000 customers (the large dataset), to keep memory sane.
 * @returns {Dataset}
 */
export function createDataset({
  seed = 20261124,
  customerCount = 300,
  maxProducts = customerCount > 1000 ? 6 : 40,
} = {}) {
  const prng = createPrng(seed);
  const names = companyNames(prng, customerCount);
  const customers = names.map((companyName) =>
    customer(prng, {
      id: prng.guid(),
      companyName,
      relationshipToPartner: prng.next() < 0.9 ? 'reseller' : 'advisor',
      licenses: randomLicenses(prng, prng.int(1, maxProducts)),
    }),
  );
  customers.push(...edgeCustomers(prng, (fields) => customer(prng, fields)));
  withSourceGaps(customers);
  uniqueDomains(customers);
  const keys = new Map(customers.map((c) => [c, sortKey(c)]));
  customers.sort((a, b) => {
    const ka = /** @type {string} */ (keys.get(a));
    const kb = /** @type {string} */ (keys.get(b));
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
  });
  return { customers, byId: new Map(customers.map((c) => [c.id.toLowerCase(), c])) };
}

/**
 * Domains are unique in Entra; long names cut at 40 characters can collide (only in large
 * datasets), so a repeat gets a number. The first holder keeps its domain unchanged.
 * @param {Customer[]} customers
 */
function uniqueDomains(customers) {
  const taken = new Set();
  for (const c of customers) {
    let domain = c.domain;
    for (let n = 2; taken.has(domain); n++) domain = c.domain.replace('.', `${n}.`);
    c.domain = domain;
    taken.add(domain);
  }
}

/** @type {Dataset | undefined} */
let defaultDataset;

/** The default dataset (300 generated customers plus the fixed ones), built once. */
export function getDefaultDataset() {
  defaultDataset ??= createDataset();
  return defaultDataset;
}

/** @typedef {'standard' | 'large'} DatasetSize */
export const DATASET_SIZES = /** @type {const} */ (['standard', 'large']);
export const LARGE_CUSTOMER_COUNT = 20_000;

/** @type {Dataset | undefined} */
let largeDataset;

/**
 * A dataset by size, built once per size: `standard` is getDefaultDataset(); `large` is a
 * partner with 20,000 customers of 1–6 products each, plus the fixed ones.
 * @param {DatasetSize} [size]
 * @returns {Dataset}
 */
export function getDataset(size = 'standard') {
  if (size === 'standard') return getDefaultDataset();
  largeDataset ??= createDataset({ customerCount: LARGE_CUSTOMER_COUNT });
  return largeDataset;
}
