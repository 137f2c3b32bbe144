// @ts-check
import { hashSeed } from './history.js';
import { guidFrom, offerNameFor } from './subscription-catalog.js';
import { RESERVED_CURRENCIES, UNBILLED_PRODUCT_NAME } from './subscription-fixtures.js';
import { addMonths, DAY, HOUR, termMonths } from './subscription-time.js';

// One subscription ("plan") with its defaults, and a customer's billing currency: the
// building blocks that the generated plans (subscription-plans.js), the docs' examples
// (subscription-docs.js) and the hand-written customers (subscription-reserved.js) share.

/**
 * @typedef {'P1M' | 'P1Y' | 'P3Y'} Term
 * @typedef {'monthly' | 'annual' | 'triennial'} BillingCycle
 *
 * @typedef {object} Plan  one subscription, before it is written as Partner Center does
 * @property {string} id
 * @property {string} skuId          Entra SKU id: the analytics `productId` of the product
 * @property {string} productName    the analytics name (prices and catalogue ids come from it)
 * @property {string} offerName
 * @property {string} friendlyName
 * @property {'nce' | 'legacy'} commerce
 * @property {Term} term             legacy subscriptions have no termDuration but a term still
 * @property {BillingCycle} billingCycle
 * @property {number} quantity
 * @property {'active' | 'suspended' | 'expired'} status
 * @property {boolean} isTrial
 * @property {boolean} autoRenew
 * @property {number} start          first day of the current term (UTC midnight)
 * @property {number} end            NCE: last day of the term (inclusive); legacy: the day it ends
 * @property {number} created        when the subscription was first bought
 * @property {number} purchased      when the current term's seats were bought (start + hours)
 * @property {{ quantity: number, added: number }[]} batches  seats added mid-term
 * @property {number} discount       0 … 0.15 off the list price (partner discounts, PEC)
 * @property {string} orderId
 * @property {boolean} billed        false: no unbilled line (trials, suspended, expired, free)
 * @property {Record<string, unknown>} [docsBody]  written verbatim (the docs' own examples)
 */

/** A customer's billing currency. @param {string} customerId @returns {'EUR' | 'USD'} */
export function currencyOf(customerId) {
  const reserved = /** @type {Record<string, 'EUR' | 'USD'>} */ (RESERVED_CURRENCIES)[customerId];
  return reserved ?? (hashSeed(`currency|${customerId}`) % 10 < 6 ? 'EUR' : 'USD');
}

/**
 * One plan with sensible defaults for the fields not given.
 * @param {string} customerId @param {{ productId: string, productName: string }} product
 * @param {number} today @param {Partial<Plan> & { endInDays: number, key: string }} fields
 * @returns {Plan}
 */
export function makePlan(customerId, product, today, fields) {
  const { endInDays, key, ...rest } = fields;
  const term = rest.term ?? 'P1Y';
  const commerce = rest.commerce ?? 'nce';
  const end = today + endInDays * DAY;
  // NCE ends are inclusive: a P1Y term ending 2027-01-13 started 2026-01-14.
  const start = addMonths(commerce === 'nce' ? end + DAY : end, -termMonths(term));
  const seed = hashSeed(`${customerId}|${key}`);
  const offerName = offerNameFor(product.productName);
  const status = rest.status ?? 'active';
  const created = start + (8 + (seed % 10)) * HOUR + (seed % 3541) * 1000;
  return {
    id: guidFrom(`subscription|${customerId}|${key}`),
    skuId: product.productId,
    productName: product.productName,
    offerName,
    friendlyName: offerName,
    commerce,
    term,
    billingCycle: term === 'P1M' ? 'monthly' : 'annual',
    quantity: 1,
    status,
    isTrial: false,
    autoRenew: status === 'active',
    start,
    end,
    created,
    purchased: created,
    batches: [],
    discount: 0,
    orderId:
      commerce === 'nce'
        ? seed.toString(16).padStart(8, '0') + (seed % 65536).toString(16).padStart(4, '0')
        : guidFrom(`order|${customerId}|${key}`).toUpperCase(),
    billed: status === 'active' && !rest.isTrial && product.productName !== UNBILLED_PRODUCT_NAME,
    ...rest,
  };
}
