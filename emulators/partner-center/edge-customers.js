// @ts-check
import {
  EDGE_CUSTOMERS,
  LONG_PRODUCT_NAME,
  SEED_CUSTOMER_ID,
  SOURCE_GAP_CUSTOMERS,
} from './fixtures.js';
import { manyLicenses, row } from './licenses.js';

// The customers with fixed ids that tests, demos and the docs rely on (fixtures.js), built
// after the generated ones from the same PRNG, in this order: the order is part of the data.

/** @typedef {import('./dataset.js').Customer} Customer */

/**
 * @param {import('./licenses.js').Prng} prng
 * @param {(fields: Partial<Customer> & Pick<Customer, 'id' | 'companyName' | 'licenses'>) => Customer} make
 * @returns {Customer[]}
 */
export function edgeCustomers(prng, make) {
  return [
    make({
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
    make({
      id: EDGE_CUSTOMERS.noLicenses,
      companyName: 'Fabrikam Newly Onboarded Ltd',
      licenses: [],
    }),
    make({
      id: EDGE_CUSTOMERS.twoHundredProducts,
      companyName: 'Wide World Importers Group',
      licenses: manyLicenses(prng, 200),
    }),
    make({
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
    make({
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
    make({
      id: EDGE_CUSTOMERS.alwaysThrottled,
      companyName: 'Tailspin Throttled Toys',
      licenses: [row('OFFICE 365 E3', 20, 18)],
      fault: { kind: 'throttle', retryAfter: 4 },
    }),
    make({
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
    make({
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
    make({
      id: EDGE_CUSTOMERS.fiveThousandProducts,
      companyName: 'Contoso Global Distribution',
      licenses: manyLicenses(prng, 5000),
    }),
    // Last, so the PRNG stream of everything before it is unchanged.
    make({
      id: SOURCE_GAP_CUSTOMERS.notYetInAnalytics,
      companyName: 'Zava Not Yet Processed',
      licenses: [
        row('MICROSOFT 365 BUSINESS STANDARD', 12, 9),
        row('EXCHANGE ONLINE (PLAN 1)', 4, 4),
      ],
      notInAnalytics: true,
    }),
  ];
}

/**
 * E1 fails for three generated customers while E3 keeps their rows and history (when the
 * dataset has them: the large one is generated differently).
 * @param {Customer[]} customers
 */
export function withSourceGaps(customers) {
  /** @type {Record<string, import('./faults.js').Fault>} */
  const faults = {
    [SOURCE_GAP_CUSTOMERS.e1Empty]: {
      kind: 'body',
      status: 200,
      body: JSON.stringify({ totalCount: 0, items: [], attributes: { objectType: 'Collection' } }),
    },
    [SOURCE_GAP_CUSTOMERS.e1NotFound]: {
      kind: 'api-fault',
      status: 404,
      code: 1000,
      description: 'The requested resource was not found.',
    },
    [SOURCE_GAP_CUSTOMERS.e1BadRequest]: {
      kind: 'api-fault',
      status: 400,
      code: 400,
      description: 'The request is not valid.',
    },
  };
  for (const customer of customers) {
    const fault = faults[customer.id];
    if (fault) customer.e1Fault = fault;
  }
}
