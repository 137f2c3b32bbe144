// @ts-check
import { productId } from './catalogue.js';
import { docsPlans } from './subscription-docs.js';
import { SUBSCRIPTION_CUSTOMERS as C, SUBSCRIPTION_IDS as ID } from './subscription-fixtures.js';
import { makePlan } from './subscription-plan.js';
import { addMonths, DAY, HOUR } from './subscription-time.js';

// The hand-written subscriptions of the reserved customers (subscription-fixtures.js): each
// customer shows one situation the right-size view must handle, with dates relative to
// the emulator's clock so "renews in 9 days" and "refund until …" hold on any day.

/** @typedef {import('./subscription-plan.js').Plan} Plan */
/** @typedef {import('./dataset.js').Customer} Customer */

/**
 * @param {Customer} customer @param {string} name
 * @returns {{ productId: string, productName: string }}
 */
function product(customer, name) {
  const row = customer.licenses.find((l) => l.productName === name);
  // A product the customer's analytics rows do not have (the deliberately unmatched ones).
  return row ?? { productId: productId(name), productName: name };
}

/** @type {Record<string, (customer: Customer, today: number) => Plan[]>} */
const RESERVED = {
  [C.docsExamples]: (customer, today) => [
    ...docsPlans(customer, today),
    makePlan(customer.id, product(customer, 'EXCHANGE ONLINE (PLAN 1)'), today, {
      key: 'docs-parent',
      id: ID.docsLegacyParent,
      commerce: 'legacy',
      quantity: 5,
      billingCycle: 'monthly',
      endInDays: 100,
    }),
    makePlan(customer.id, product(customer, 'OFFICE 365 BUSINESS ESSENTIALS'), today, {
      key: 'docs-essentials',
      // NCE, so the seed customer has a billing line (in the docs' string-number form).
      term: 'P1M',
      quantity: 1,
      endInDays: 15,
    }),
  ],
  [C.overAssigned]: (customer, today) => {
    const p = (/** @type {string} */ name) => product(customer, name);
    const longName = customer.licenses.find((l) => l.productName.length === 120);
    return [
      makePlan(customer.id, p('EXCHANGE ONLINE (PLAN 2)'), today, {
        key: 'exo2',
        id: ID.overAssignedExchange,
        quantity: 10,
        billingCycle: 'monthly',
        endInDays: 45,
      }),
      makePlan(customer.id, p('OFFICE 365 E3'), today, { key: 'e3', quantity: 40, endInDays: 200 }),
      makePlan(customer.id, p('POWER BI PRO'), today, {
        key: 'pbi',
        term: 'P1M',
        quantity: 25,
        endInDays: 12,
      }),
      ...(longName
        ? [
            makePlan(customer.id, longName, today, {
              key: 'long',
              commerce: 'legacy',
              quantity: 12,
              billingCycle: 'monthly',
              autoRenew: false,
              endInDays: 90,
            }),
          ]
        : []),
      makePlan(customer.id, p('DYNAMICS 365 SALES ENTERPRISE'), today, {
        key: 'crm',
        quantity: 15,
        endInDays: 300,
        friendlyName: 'CRM – équipe commerciale',
      }),
      makePlan(customer.id, p('MICROSOFT 365 BUSINESS PREMIUM'), today, {
        key: 'trial',
        id: ID.overAssignedTrial,
        term: 'P1M',
        quantity: 25,
        isTrial: true,
        endInDays: 19,
      }),
      makePlan(customer.id, p('POWER BI PRO'), today, {
        key: 'pbi-suspended',
        id: ID.overAssignedSuspended,
        quantity: 5,
        billingCycle: 'monthly',
        status: 'suspended',
        endInDays: 150,
      }),
      makePlan(customer.id, p('WINDOWS 365 ENTERPRISE 2 VCPU, 8 GB, 128 GB'), today, {
        key: 'w365',
        id: ID.overAssignedUnmatched,
        // Bought this week and not provisioned yet: Entra lists no SKU for it, and no
        // analytics row names it, so nothing joins it (the hand-mapping case).
        skuId: '',
        quantity: 3,
        billingCycle: 'monthly',
        endInDays: 60,
      }),
    ];
  },
  [C.unmatched]: (customer, today) => [
    makePlan(customer.id, product(customer, 'MICROSOFT 365 COPILOT'), today, {
      key: 'copilot',
      id: ID.unmatchedCopilot,
      quantity: 10,
      endInDays: 330,
    }),
    makePlan(customer.id, product(customer, 'WINDOWS 365 BUSINESS 2 VCPU, 4 GB, 64 GB'), today, {
      key: 'w365',
      id: ID.unmatchedWindows365,
      term: 'P1M',
      quantity: 5,
      endInDays: 20,
    }),
  ],
  [C.renewalSoon]: (customer, today) => {
    const p = (/** @type {string} */ name) => product(customer, name);
    return [
      makePlan(customer.id, p('EXCHANGE ONLINE KIOSK'), today, {
        key: 'kiosk-annual',
        id: ID.renewalKioskAnnual,
        quantity: 300,
        endInDays: 9,
      }),
      makePlan(customer.id, p('EXCHANGE ONLINE KIOSK'), today, {
        key: 'kiosk-monthly',
        id: ID.renewalKioskMonthly,
        term: 'P1M',
        quantity: 48,
        endInDays: 17,
        friendlyName: 'Kiosk – saisonniers',
      }),
      makePlan(customer.id, p('PROJECT PLAN 3'), today, {
        key: 'project',
        quantity: 43,
        billingCycle: 'monthly',
        autoRenew: false,
        endInDays: 23,
      }),
      makePlan(customer.id, p('DYNAMICS 365 CUSTOMER INSIGHTS'), today, {
        key: 'insights',
        term: 'P3Y',
        quantity: 7,
        endInDays: 28,
      }),
    ];
  },
  [C.refundWindowOpen]: (customer, today) => {
    const p = (/** @type {string} */ name) => product(customer, name);
    const apps = makePlan(customer.id, p('MICROSOFT 365 APPS FOR BUSINESS'), today, {
      key: 'apps',
      id: ID.refundAppsForBusiness,
      quantity: 15,
      billingCycle: 'monthly',
      endInDays: 140,
    });
    apps.batches = [{ quantity: 4, added: today - 50 * HOUR }];
    // Bought yesterday: the whole subscription is still refundable.
    const sharePoint = makePlan(customer.id, p('SHAREPOINT ONLINE (PLAN 1)'), today, {
      key: 'spo1',
      id: ID.refundSharePointNew,
      term: 'P1M',
      quantity: 1,
      endInDays: 0,
    });
    sharePoint.start = today - DAY;
    sharePoint.end = addMonths(sharePoint.start, 1) - DAY;
    sharePoint.created = sharePoint.start + 10 * HOUR + 42_000;
    sharePoint.purchased = sharePoint.created;
    return [
      apps,
      sharePoint,
      makePlan(customer.id, p('DYNAMICS 365 FIELD SERVICE'), today, {
        key: 'field',
        quantity: 8,
        endInDays: 250,
      }),
      makePlan(customer.id, p('SHAREPOINT ONLINE (PLAN 2)'), today, {
        key: 'spo2',
        quantity: 120,
        billingCycle: 'monthly',
        endInDays: 75,
      }),
      makePlan(customer.id, p('EXCHANGE ONLINE (PLAN 2)'), today, {
        key: 'exo2',
        commerce: 'legacy',
        quantity: 16,
        billingCycle: 'monthly',
        endInDays: 180,
      }),
    ];
  },
};

/**
 * The hand-written subscriptions of a reserved customer, or null for every other one.
 * @param {Customer} customer @param {number} today
 * @returns {Plan[] | null}
 */
export function reservedPlans(customer, today) {
  return RESERVED[customer.id]?.(customer, today) ?? null;
}
