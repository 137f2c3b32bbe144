// @ts-check
import { CATALOGUE, productId } from './catalogue.js';
import {
  EDGE_CUSTOMERS,
  LONG_PRODUCT_NAME,
  PROCESSED_DATE_TIME,
  SEED_CUSTOMER_ID,
} from './fixtures.js';
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

/** @param {ReturnType<typeof createPrng>} prng @returns {number} */
function seats(prng) {
  const r = prng.next();
  if (r < 0.45) return prng.int(1, 25);
  if (r < 0.8) return prng.int(25, 150);
  if (r < 0.97) return prng.int(150, 800);
  return prng.int(800, 5000);
}

/** @param {ReturnType<typeof createPrng>} prng @param {number} sold */
function deployedFor(prng, sold) {
  const r = prng.next();
  if (r < 0.1) return sold; // fully deployed
  if (r < 0.15) return 0; // bought, never assigned
  if (r < 0.18) return sold + prng.int(1, 3); // over-assigned (trials, grace periods)
  return Math.round(sold * (0.55 + prng.next() * 0.45));
}

/** @param {ReturnType<typeof createPrng>} prng @param {number} count @returns {LicenseRow[]} */
function randomLicenses(prng, count) {
  const pool = [...CATALOGUE];
  /** @type {LicenseRow[]} */
  const rows = [];
  for (let i = 0; i < count; i++) {
    const index = prng.int(0, pool.length - 1);
    const [entry] = pool.splice(index, 1);
    if (!entry) break;
    const licensesSold = seats(prng);
    rows.push({
      ...entry,
      channel: prng.next() < 0.85 ? 'reseller' : 'direct',
      licensesSold,
      licensesDeployed: deployedFor(prng, licensesSold),
    });
  }
  return rows;
}

/**
 * More products than the catalogue has: numbered variants, as add-ons and regional SKUs look.
 * @param {ReturnType<typeof createPrng>} prng @param {number} count
 */
function manyLicenses(prng, count) {
  /** @type {LicenseRow[]} */
  const rows = [];
  for (let i = 0; rows.length < count; i++) {
    const entry = /** @type {(typeof CATALOGUE)[number]} */ (CATALOGUE[i % CATALOGUE.length]);
    const variant = Math.floor(i / CATALOGUE.length);
    const productName =
      variant === 0
        ? entry.productName
        : `${entry.productName} (REGION ${String(variant).padStart(3, '0')})`;
    const licensesSold = seats(prng);
    rows.push({
      ...entry,
      productId: productId(productName),
      productName,
      channel: prng.next() < 0.85 ? 'reseller' : 'direct',
      licensesSold,
      licensesDeployed: deployedFor(prng, licensesSold),
    });
  }
  return rows;
}

/**
 * @param {string} productName @param {number} sold @param {number} deployed
 * @param {string} [serviceName] @param {'reseller' | 'direct'} [channel]
 * @returns {LicenseRow}
 */
function row(productName, sold, deployed, serviceName = 'o365', channel = 'reseller') {
  const entry = CATALOGUE.find((e) => e.productName === productName);
  return {
    productId: entry?.productId ?? productId(productName),
    productName,
    serviceCode: serviceName === 'crm' ? 'CRM' : 'O365',
    serviceName,
    channel,
    licensesSold: sold,
    licensesDeployed: deployed,
  };
}

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
 * @param {{ seed?: number, customerCount?: number }} [options]
 * @returns {Dataset}
 */
export function createDataset({ seed = 20261124, customerCount = 300 } = {}) {
  const prng = createPrng(seed);
  const names = companyNames(prng, customerCount);
  const customers = names.map((companyName) =>
    customer(prng, {
      id: prng.guid(),
      companyName,
      relationshipToPartner: prng.next() < 0.9 ? 'reseller' : 'advisor',
      licenses: randomLicenses(prng, prng.int(1, 40)),
    }),
  );
  customers.push(
    customer(prng, {
      id: SEED_CUSTOMER_ID,
      companyName: 'DT DEMO CSP CUSTOMER 005',
      processedDateTime: '2017-03-14T03:25:16.36+00:00',
      documentedShape: true,
      licenses: [
        row('OFFICE 365 BUSINESS ESSENTIALS', 1, 0),
        row('EXCHANGE ONLINE (PLAN 1)', 5, 0),
        row('EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE', 2, 0),
      ],
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.noLicenses,
      companyName: 'Fabrikam Newly Onboarded Ltd',
      licenses: [],
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.twoHundredProducts,
      companyName: 'Wide World Importers Group',
      licenses: manyLicenses(prng, 200),
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.edgeCases,
      companyName: 'Lamna Healthcare — Cas Limites',
      licenses: [
        row('MICROSOFT 365 BUSINESS PREMIUM', 0, 0), // nothing sold
        row('MICROSOFT TEAMS ESSENTIALS', 0, 4), // deployed, nothing sold
        row('EXCHANGE ONLINE (PLAN 2)', 10, 13), // deployed > sold
        row('OFFICE 365 E3', 40, 40), // 100 %
        row('POWER BI PRO', 25, 0), // 0 %
        row(LONG_PRODUCT_NAME, 12, 7),
        row('DYNAMICS 365 SALES ENTERPRISE', 15, 9, 'crm', 'direct'),
      ],
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.noRelationship,
      companyName: 'Former Customer GmbH',
      licenses: [row('OFFICE 365 E3', 20, 18)],
      fault: {
        kind: 'api-fault',
        status: 403,
        code: 20002,
        description: 'The partner does not have a relationship with this customer.',
      },
    }),
    // Demo customers that always fail, so anyone can see each failure without a test rig.
    customer(prng, {
      id: EDGE_CUSTOMERS.alwaysThrottled,
      companyName: 'Tailspin Throttled Toys',
      licenses: [row('OFFICE 365 E3', 20, 18)],
      fault: { kind: 'throttle', retryAfter: 4 },
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.alwaysUnavailable,
      companyName: 'Relecloud Outage Demo',
      licenses: [row('OFFICE 365 E3', 20, 18)],
      fault: {
        kind: 'api-fault',
        status: 503,
        code: 800003,
        description: 'The service is temporarily unavailable.',
      },
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.schemaDrift,
      companyName: 'Proseware Schema Drift',
      licenses: [row('OFFICE 365 E3', 20, 18)],
      fault: {
        kind: 'body',
        status: 200,
        body: JSON.stringify({
          totalCount: 3,
          items: [
            {
              productName: 'OFFICE 365 E3',
              licensesSold: '20',
              licensesDeployed: 18,
              serviceName: 'o365',
              channel: 'reseller',
              processedDateTime: '2026-11-23T03:25:16',
              newField: { nested: true },
            },
            {
              productName: 'POWER BI PRO',
              licensesSold: 'twenty',
              licensesDeployed: 3,
              serviceName: 'o365',
              channel: 'reseller',
            },
            { product_name: 'VISIO PLAN 2', licensesSold: 4, licensesDeployed: 4 },
          ],
          attributes: { objectType: 'Collection' },
        }),
      },
    }),
    customer(prng, {
      id: EDGE_CUSTOMERS.fiveThousandProducts,
      companyName: 'Contoso Global Distribution',
      licenses: manyLicenses(prng, 5000),
    }),
  );
  customers.sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.id < b.id ? -1 : 1,
  );
  return { customers, byId: new Map(customers.map((c) => [c.id.toLowerCase(), c])) };
}

/** @type {Dataset | undefined} */
let defaultDataset;

/** The default dataset, built once. */
export function getDefaultDataset() {
  defaultDataset ??= createDataset();
  return defaultDataset;
}
