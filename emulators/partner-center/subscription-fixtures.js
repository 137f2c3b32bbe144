// @ts-check
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from './fixtures.js';

// Fixed ids and constants of the subscription, subscribed-SKU and unbilled-billing endpoints
// that tests, demos and the docs rely on. Kept apart from fixtures.js so the analytics side
// stays untouched: every customer below already exists there, so its analytics rows do too.

/**
 * Customers whose subscriptions are written by hand (subscription-plans.js) to show one
 * thing each. The first four are fixed customers and exist in both datasets; the last three
 * are generated customers of the standard dataset (seed 20261124), so they exist in the
 * demo, Vitest and e2e but not in the large dataset.
 */
export const SUBSCRIPTION_CUSTOMERS = Object.freeze({
  /** Microsoft's own examples: the legacy add-on and its parent, Azure, the NCE ones. USD. */
  docsExamples: SEED_CUSTOMER_ID,
  /** Exchange Online (Plan 2) 10 bought / 13 assigned, Teams Essentials 0 / 4; a trial,
   * a suspended subscription and one subscription no analytics row matches. EUR. */
  overAssigned: EDGE_CUSTOMERS.edgeCases,
  /** Newly onboarded: two subscriptions, no analytics row yet, so neither matches. EUR. */
  unmatched: EDGE_CUSTOMERS.noLicenses,
  /** 200 products, 212 subscriptions: the list is paged by 100 with links.next. USD. */
  manySubscriptions: EDGE_CUSTOMERS.twoHundredProducts,
  /** Alpine Architects: every term ends within 30 days, auto-renew on and off, and one
   * product held as two subscriptions (annual + monthly). EUR. */
  renewalSoon: 'fb76d504-2126-48d0-85f6-6cf5801c4880',
  /** Boulangerie Noël SAS: seats added 2 days ago, still inside their 7-day refund window,
   * and a subscription bought 1 day ago (all of it refundable). EUR. */
  refundWindowOpen: '56d333c3-ae32-4452-81bd-de18cde824df',
  /** Adventure Architects: `subscribedskus` answers 403 (the GDAP role is missing). USD. */
  subscribedSkusForbidden: '07d1e753-19cf-4085-85ce-dbc76fe0beef',
});

/** Billing currency of the reserved customers; others get EUR or USD from their id. */
export const RESERVED_CURRENCIES = Object.freeze({
  [SUBSCRIPTION_CUSTOMERS.docsExamples]: 'USD',
  [SUBSCRIPTION_CUSTOMERS.overAssigned]: 'EUR',
  [SUBSCRIPTION_CUSTOMERS.unmatched]: 'EUR',
  [SUBSCRIPTION_CUSTOMERS.manySubscriptions]: 'USD',
  [SUBSCRIPTION_CUSTOMERS.renewalSoon]: 'EUR',
  [SUBSCRIPTION_CUSTOMERS.refundWindowOpen]: 'EUR',
  [SUBSCRIPTION_CUSTOMERS.subscribedSkusForbidden]: 'USD',
});

/** The currencies customers are billed in. */
export const BILLING_CURRENCIES = /** @type {const} */ (['EUR', 'USD']);

/** A product Partner Center never bills on this partner's invoice: it has no unbilled line. */
export const UNBILLED_PRODUCT_NAME = 'EXCHANGE ONLINE PROTECTION';

/** NCE seats can be reduced with a refund for 7 days after they were added (UNVERIFIED: 168 h). */
export const REFUND_WINDOW_HOURS = 168;

/** Page size of the subscription list where it is paged (only the many-subscriptions customer). */
export const SUBSCRIPTION_PAGE_SIZE = 100;

/** Unbilled line items: default and largest page, as the docs say (`size` defaults to 2000). */
export const BILLING_PAGE_SIZE = 2000;

/** Ids of the hand-written subscriptions tests and demos refer to. */
export const SUBSCRIPTION_IDS = Object.freeze({
  /** Docs: the legacy add-on "Exchange Online Archiving for Exchange Online", 2 seats. */
  docsLegacyAddOn: '968BA1CF-C146-4ADF-A300-308DCF718EEE',
  /** Docs: its parent (only its id is in the docs), here Exchange Online (Plan 1), 5 seats. */
  docsLegacyParent: '1C2B75C1-74A5-472A-A729-7F8CEFC477F9',
  /** Docs: the Azure plan (usage-based, not a seat subscription). */
  docsAzure: 'A356AC8C-E310-44F4-BF85-C7F29044AF99',
  /** Docs: the expired NCE Microsoft 365 Business Basic, 15 seats, 10 refundable. */
  docsNceExpired: 'a4c1340d-6911-4758-bba3-0c4c6007d161',
  /** Docs: the triennial SQL Server software subscription. */
  docsSoftware: '924671ba-eab9-45d7-95ed-dbd9477f182b',
  overAssignedExchange: 'b1a7c0de-0001-4e3a-9c5d-0000000000e2',
  overAssignedTrial: 'b1a7c0de-0002-4e3a-9c5d-0000000071a1',
  overAssignedSuspended: 'b1a7c0de-0003-4e3a-9c5d-00000000005d',
  overAssignedUnmatched: 'b1a7c0de-0004-4e3a-9c5d-000000000365',
  unmatchedCopilot: 'b1a7c0de-0005-4e3a-9c5d-00000000c0b1',
  unmatchedWindows365: 'b1a7c0de-0006-4e3a-9c5d-000000000365',
  renewalKioskAnnual: 'b1a7c0de-0007-4e3a-9c5d-0000000000a1',
  renewalKioskMonthly: 'b1a7c0de-0008-4e3a-9c5d-0000000000b1',
  refundAppsForBusiness: 'b1a7c0de-0009-4e3a-9c5d-0000000000f1',
  refundSharePointNew: 'b1a7c0de-000a-4e3a-9c5d-0000000000f2',
});

/**
 * Subscriptions no analytics row of their customer matches, by SKU or by name, on purpose:
 * the app must list them with a control to map them by hand. Everything else joins.
 */
export const UNMATCHED_SUBSCRIPTION_IDS = Object.freeze([
  SUBSCRIPTION_IDS.docsNceExpired, // Business Basic: the analytics row says "Office 365 Business Essentials"
  SUBSCRIPTION_IDS.docsSoftware, // software has no license-deployment row
  SUBSCRIPTION_IDS.overAssignedUnmatched,
  SUBSCRIPTION_IDS.unmatchedCopilot,
  SUBSCRIPTION_IDS.unmatchedWindows365,
]);
