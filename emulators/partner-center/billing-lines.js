// @ts-check
import { PARTNER_TENANT_ID } from '../common/identities.js';

import { catalogIds, guidFrom, monthlyListPrice } from './subscription-catalog.js';
import { currencyOf, plansOf } from './subscription-plans.js';
import { addMonths, DAY, dayOf, isoDay, isoInstant } from './subscription-time.js';

// The unbilled one-time (NCE) billing lines of one customer for the current period: one
// line per billed subscription and charge period (the cycle that holds today), plus one
// `addQuantity` line per batch of seats added during that cycle, prorated. What is not
// billed here has no line: legacy subscriptions (billed by the `office` provider, not
// `onetime`), trials, suspended and expired subscriptions, and UNBILLED_PRODUCT_NAME.

/** @typedef {import('./subscription-plans.js').Plan} Plan */

const PARTNER_MPN_ID = '6123456';

const TERM_AND_CYCLE = Object.freeze({
  P1M: 'One-Month commitment for monthly/yearly billing',
  P1Y: 'One-Year commitment for monthly/yearly billing',
  P3Y: 'Three-Years commitment for monthly/yearly/triennial billing',
});

const FREQUENCY = Object.freeze({ monthly: 'Monthly', annual: 'Annual', triennial: 'Triennial' });

/** @param {number} value */
const money = (value) => Math.round(value * 100) / 100;

/**
 * The charge period holding `today` and the price of one seat for all of it.
 * @param {Plan} plan @param {number} today @param {'EUR' | 'USD'} currency
 */
export function chargeOf(plan, today, currency) {
  const months = plan.billingCycle === 'monthly' ? 1 : plan.billingCycle === 'annual' ? 12 : 36;
  let n = 0;
  while (addMonths(plan.start, (n + 1) * months) <= today) n++;
  const start = addMonths(plan.start, n * months);
  const end = Math.min(addMonths(start, months) - DAY, plan.end);
  // A monthly term costs 20 % more than an annual one (the NCE premium).
  const perMonth = monthlyListPrice(plan.productName, currency) * (plan.term === 'P1M' ? 1.2 : 1);
  const unitPrice = money(perMonth * months);
  return { start, end, unitPrice, effectiveUnitPrice: money(unitPrice * (1 - plan.discount)) };
}

/**
 * The customer's lines on `today`, in a stable order; empty when it is billed in another
 * currency. The seed customer's numbers are strings, as in the docs' example.
 * @param {import('./dataset.js').Customer} customer @param {number} today @param {'EUR' | 'USD'} currency
 * @returns {Record<string, unknown>[]}
 */
export function billingLinesOf(customer, today, currency) {
  if (currencyOf(customer.id) !== currency) return [];
  const number = customer.documentedShape ? String : (/** @type {number} */ n) => n;
  /** @type {Record<string, unknown>[]} */
  const lines = [];
  for (const plan of plansOf(customer, today)) {
    if (!plan.billed || plan.commerce !== 'nce') continue;
    const charge = chargeOf(plan, today, currency);
    const ids = catalogIds(plan.productName, plan.term, plan.billingCycle);
    const added = plan.batches.filter((b) => b.added >= charge.start);
    const base = plan.quantity - added.reduce((sum, b) => sum + b.quantity, 0);
    const periodDays = (charge.end - charge.start) / DAY + 1;
    const line = (
      /** @type {string} */ chargeType,
      /** @type {number} */ quantity,
      /** @type {number} */ chargeStart,
      /** @type {number} */ effectiveUnitPrice,
      /** @type {string} */ key,
    ) => ({
      partnerId: PARTNER_TENANT_ID,
      customerId: customer.id,
      customerName: customer.companyName,
      customerDomainName: customer.domain,
      customerCountry: currency === 'USD' ? 'US' : 'FR',
      invoiceNumber: '',
      mpnId: PARTNER_MPN_ID,
      resellerMpnId: number(0),
      orderId: plan.orderId,
      orderDate: isoInstant(chargeType === 'addQuantity' ? chargeStart : plan.created),
      productId: ids.productId,
      skuId: ids.skuId,
      availabilityId: ids.availabilityId,
      productName: plan.offerName,
      skuName: plan.offerName,
      productQualifiers: [],
      chargeType,
      unitPrice: number(charge.unitPrice),
      effectiveUnitPrice: number(effectiveUnitPrice),
      unitType: '',
      quantity: number(quantity),
      subtotal: number(money(effectiveUnitPrice * quantity)),
      taxTotal: number(0),
      totalForCustomer: number(money(effectiveUnitPrice * quantity)),
      currency,
      publisherName: 'Microsoft Corporation',
      publisherId: '',
      subscriptionDescription: plan.friendlyName,
      subscriptionId: plan.id,
      subscriptionStartDate: isoDay(plan.start),
      subscriptionEndDate: isoDay(plan.end),
      chargeStartDate: isoDay(chargeStart),
      chargeEndDate: isoDay(charge.end),
      termAndBillingCycle: TERM_AND_CYCLE[plan.term],
      alternateId: plan.orderId,
      referenceId: guidFrom(`reference|${plan.id}|${key}|${charge.start}`),
      priceAdjustmentDescription: JSON.stringify([
        'Price for given billing period',
        ...(plan.discount > 0 ? ['You are getting a discount for being a partner.'] : []),
        'Price for given term',
      ]),
      discountDetails: '',
      pricingCurrency: currency,
      pcToBCExchangeRate: number(1),
      pcToBCExchangeRateDate: `${isoDay(chargeStart).slice(0, 8)}01T00:00:00`,
      billableQuantity: number(quantity),
      meterDescription: '',
      billingFrequency: FREQUENCY[plan.billingCycle],
      invoiceLineItemType: 'billing_line_items',
      billingProvider: 'one_time',
      promotionId: '',
      attributes: { objectType: 'OneTimeInvoiceLineItem' },
    });
    const renewed = plan.created < plan.start - DAY;
    const firstType = charge.start === plan.start ? (renewed ? 'renew' : 'new') : 'cycleCharge';
    if (base > 0)
      lines.push(line(firstType, base, charge.start, charge.effectiveUnitPrice, 'base'));
    added.forEach((batch, index) => {
      const from = dayOf(batch.added);
      const share = ((charge.end - from) / DAY + 1) / periodDays;
      lines.push(
        line(
          'addQuantity',
          batch.quantity,
          from,
          money(charge.effectiveUnitPrice * share),
          `add${index}`,
        ),
      );
    });
  }
  return lines;
}
